/**
 * Caps on what one request may ask for, checked before the store is touched, with an error
 * that says which argument is over and what the cap is.
 */
import { AppError, ErrorCode } from '../errors/index.ts';

export const LIMITS = {
  /** Hops a neighbourhood may span: past three, a news graph is most of the graph. */
  neighborhoodDepth: 3,
  /** Nodes one subgraph may carry; the explorer stays interactive well past it. */
  subgraphNodes: 2000,
  searchResults: 100,
  mediationParties: 10,
} as const;

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError(ErrorCode.LIMIT_EXCEEDED, `${name} must be between ${min} and ${max}; got ${value}`);
  }
  return value;
}
