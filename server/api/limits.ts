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
  /** Cost of one operation as graphql-armor counts it; `brokers` alone spends all of it. */
  queryCost: 20_000,
  /**
   * Actors `brokers` ranks without parties: betweenness walks from each of them, so the time
   * grows with the square of this (1,000: about a second of one worker thread).
   */
  brokerNodes: 1000,
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

/**
 * A date bound as the API takes it, an ISO prefix of a day that exists (2022, 2022-08,
 * 2022-08-15): dates are compared as strings in the store, so "2022-8" or "2024-02-31" would
 * silently cut the wrong window.
 */
export function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const [year, month, day] = (match?.slice(1) ?? []).map((part) => Number(part ?? 1));
  const parsed = match ? new Date(Date.UTC(year!, month! - 1, day!)) : null;
  if (
    !parsed ||
    parsed.getUTCFullYear() !== year ||
    parsed.getUTCMonth() !== month! - 1 ||
    parsed.getUTCDate() !== day
  ) {
    throw new AppError(
      ErrorCode.BAD_INPUT,
      `${name} must be a date such as 2022, 2022-08 or 2022-08-15; got "${value.slice(0, 40)}"`,
    );
  }
  return value;
}

/**
 * A time window as the API takes it: both bounds checked, and `from` not after `to`, compared
 * on the shorter of the two as the store compares a fact with a bound ("2022-10" to "2022" is
 * a window; "2023" to "2022-12" is not).
 */
export function checkWindow(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  const window = { from: checkDate('from', from), to: checkDate('to', to) };
  if (window.from && window.to) {
    const length = Math.min(window.from.length, window.to.length);
    if (window.from.slice(0, length) > window.to.slice(0, length)) {
      throw new AppError(
        ErrorCode.BAD_INPUT,
        `from ("${window.from}") comes after to ("${window.to}"): the window would be empty`,
      );
    }
  }
  return window;
}
