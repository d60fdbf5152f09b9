export * from './types.ts';
export { applyCorrections, type AppliedCorrections } from './apply.ts';
