/**
 * One JSON error shape for everything the HTTP layer refuses before GraphQL runs, the same
 * shape GraphQL answers with: `{"errors":[{"message","extensions":{"code"}}]}`. Express's own
 * error page carries a stack trace and the server's absolute paths; nothing here ever does:
 * what the caller did wrong is said in words, anything else is logged and answered with a
 * fixed message.
 */
import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode, HTTP_STATUS } from '../errors/index.ts';

/** Answers with the error alone; Node's response is enough, so it serves before Express too. */
export function sendError(res: ServerResponse, code: ErrorCode, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = HTTP_STATUS[code] ?? 500;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** GraphQL is spoken in JSON: a POST of anything else is refused before it is read. */
export const requireJson: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  sendError(
    res,
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'POST /graphql takes a JSON body: send content-type: application/json',
  );
};

/** A JSON body that is not an object (`null`, `[]`, `3`) carries no operation. */
export const requireObjectBody: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (req.method !== 'POST' || (typeof body === 'object' && body !== null && !Array.isArray(body)))
    return next();
  sendError(res, ErrorCode.BAD_REQUEST, 'The body must be a JSON object with a "query"');
};

/** Errors raised by body parsing (and anything else that reaches Express's error handling). */
export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      const limit = (error as { limit?: number }).limit;
      sendError(
        res,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The body is over ${limit ? `${Math.floor(limit / 1024 / 1024)} MB` : 'the limit'}`,
      );
    } else if (type === 'entity.parse.failed') {
      sendError(res, ErrorCode.BAD_REQUEST, 'The body is not valid JSON');
    } else if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      sendError(res, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'The body must be UTF-8 JSON');
    } else if ((error as { status?: number }).status === 400) {
      sendError(res, ErrorCode.BAD_REQUEST, 'The request could not be read');
    } else {
      log(`[http] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendError(res, ErrorCode.INTERNAL, 'Internal error');
    }
  };
}

export const notFound: RequestHandler = (req, res) =>
  sendError(res, ErrorCode.NOT_FOUND, `Nothing at ${req.method} ${req.path}`);
