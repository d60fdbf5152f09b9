/**
 * Caps on what one request may ask for, checked before the store is touched, with an error
 * that says which argument is over and what the cap is. Query shape (depth, aliases, cost) is
 * capped by graphql-armor in create-api.ts.
 */
import { AppError, ErrorCode } from '../errors/index.ts';

export const LIMITS = {
  /** Hops a neighbourhood may span: past three, a news graph is most of the graph. */
  neighborhoodDepth: 3,
  /** Relations a path may have. */
  pathLength: 6,
  /** Nodes one subgraph may carry: a 10,000-element view is about 4,000 nodes. */
  subgraphNodes: 5000,
  /** Events drawn beside one subgraph. */
  subgraphEvents: 5000,
  /** Relations whose evidence one request may ask for (an export asks in batches). */
  evidenceRelations: 2000,
  /** Items in one page of any list. */
  pageSize: 100,
  /** Parties in one mediations or brokers question. */
  parties: 10,
  /** Aliased fields in one operation. */
  aliases: 50,
  /** Nesting depth of one operation. */
  queryDepth: 12,
  /** Cost of one operation as graphql-armor counts it. */
  queryCost: 20_000,
} as const;

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError(
      ErrorCode.LIMIT_EXCEEDED,
      `${name} must be between ${min} and ${max}; got ${value}`,
    );
  }
  return value;
}
