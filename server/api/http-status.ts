/**
 * How an answer's errors become its HTTP status, and what a caller may read of them. A request
 * GraphQL refused before running (syntax, validation, a shape limit) is the caller's: 400. A
 * request that ran out of time is 504 whatever it had gathered. One whose every error is the
 * caller's (a bad argument, a missing key) and that has no data takes that error's status;
 * partial answers stay 200, as GraphQL over HTTP has it. Messages of the caller's errors are
 * kept; the store's and unforeseen ones become fixed words, their details logged, so that no
 * engine text, stack or path reaches a response.
 */
import type { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, HTTP_STATUS } from '../errors/index.ts';

const REFUSED_BEFORE_RUNNING = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  ErrorCode.LIMIT_EXCEEDED,
]);

/** Failures whose own text is the engine's or the code's, not something the caller can act on. */
const PUBLIC_MESSAGE: Partial<Record<ErrorCode, string>> = {
  STORE_FAILED: 'The store failed to answer; the error is in the server log',
  STORE_CONFLICT: 'The store was busy with a conflicting write; try again',
  STORE_UNAVAILABLE: 'The store cannot be reached',
  MISSING_QUERY: 'The server is missing a statement; the error is in the server log',
  INTERNAL_SERVER_ERROR: 'Internal error; the error is in the server log',
};

export function statusFor(
  errors: readonly GraphQLFormattedError[] | undefined,
  hasData: boolean,
): number | undefined {
  if (!errors?.length) return undefined;
  const codes = errors.map((e) => String(e.extensions?.code ?? ''));
  if (codes.includes(ErrorCode.TIMEOUT)) return 504;
  if (!hasData) {
    if (codes.every((c) => REFUSED_BEFORE_RUNNING.has(c))) return 400;
    const statuses = codes.map((c) => HTTP_STATUS[c as ErrorCode]);
    if (statuses.every((s) => s !== undefined && s < 500)) return statuses[0];
    if (codes.includes(ErrorCode.SHUTTING_DOWN) || codes.includes(ErrorCode.STORE_UNAVAILABLE))
      return 503;
  }
  return undefined;
}

/** The error as the caller sees it: the code always, the message when it is meant for them. */
export function publicError(
  formatted: GraphQLFormattedError,
  cause: unknown,
  log: (message: string) => void,
): GraphQLFormattedError {
  const { locations, path } = formatted;
  const base = { ...(locations ? { locations } : {}), ...(path ? { path } : {}) };
  if (cause instanceof AppError) {
    const hidden = PUBLIC_MESSAGE[cause.code];
    if (hidden) log(`[api] ${cause.code}: ${cause.message}`);
    return { ...base, message: hidden ?? cause.message, extensions: { code: cause.code } };
  }
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL);
  if (code === ErrorCode.INTERNAL) {
    log(`[api] ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    return { ...base, message: PUBLIC_MESSAGE.INTERNAL_SERVER_ERROR!, extensions: { code } };
  }
  // GraphQL's own errors (syntax, validation, variables) are about the request: kept as said.
  return { ...base, message: formatted.message, extensions: { code } };
}
