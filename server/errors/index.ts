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
  /** The request's time budget ran out; what it started was stopped or abandoned. */
  TIMEOUT: 'TIMEOUT',
  /** The HTTP request itself was unusable: not JSON, not an object, no query. */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** The server is stopping: it finishes what it started and takes nothing new. */
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  /** A failure the server did not foresee; its details go to the log, never to the caller. */
  INTERNAL: 'INTERNAL_SERVER_ERROR',
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

/**
 * The HTTP status an error code stands for, where it decides the status of the response:
 * the caller's fault is 4xx, a deadline 504, a store that cannot answer 503.
 */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  BAD_ARTICLE: 400,
  BAD_REQUEST: 400,
  LIMIT_EXCEEDED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  STORE_UNAVAILABLE: 503,
  SHUTTING_DOWN: 503,
  TIMEOUT: 504,
};

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
