export * from './types.ts';
export * from './ids.ts';
export * from './validate-extraction.ts';
export * from './limits.ts';
