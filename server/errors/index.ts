/**
 * One error type for the whole app. Every failure a user can meet carries a code from
 * `ErrorCode`, so the API, the CLI and the tests branch on codes, never on message text.
 */

export const ErrorCode = {
  BAD_CONFIG: 'BAD_CONFIG',
  BAD_INPUT: 'BAD_USER_INPUT',
  BAD_ARTICLE: 'BAD_ARTICLE',
  NOT_FOUND: 'NOT_FOUND',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  STORE_CONFLICT: 'STORE_CONFLICT',
  STORE_FAILED: 'STORE_FAILED',
  MISSING_QUERY: 'MISSING_QUERY',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Whether trying the same thing again may succeed (a write conflict, a lost connection). */
  readonly retriable: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; retriable?: boolean },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.retriable = options?.retriable ?? false;
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
