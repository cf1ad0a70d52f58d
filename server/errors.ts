import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';

/** The few errors the API answers with; tests assert the class and status, not the wording. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class BadRequestError extends HttpError {
  constructor(message: string) {
    super(400, 'bad_request', message);
  }
}
export class UnauthorizedError extends HttpError {
  constructor(message: string) {
    super(401, 'unauthorized', message);
  }
}
export class QueryRefusedError extends HttpError {
  constructor(message: string) {
    super(403, 'query_refused', message);
  }
}
export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}
export class QueryTimeoutError extends HttpError {
  constructor(message: string) {
    super(408, 'query_timeout', message);
  }
}
/** Too many reads already waiting: the client should come back in a moment (sent with Retry-After). */
export class ServerBusyError extends HttpError {
  constructor(message: string) {
    super(503, 'busy', message);
  }
}
export class DatabaseUnavailableError extends HttpError {
  constructor(message: string) {
    super(503, 'database_unavailable', message);
  }
}

export function zodMessage(where: string, err: ZodError): string {
  return err.issues.map((i) => `${where}.${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** One error middleware: known errors keep their status and message; anything else is a bare 500. */
export const errorHandler: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  const body = (status: number, code: string, message: string) =>
    res.status(status).json({ error: { code, message } });
  if (err instanceof HttpError) {
    if (err instanceof ServerBusyError) res.setHeader('Retry-After', '1');
    body(err.status, err.code, err.message);
    return;
  }
  if (err instanceof ZodError) {
    body(400, 'bad_request', zodMessage('request', err));
    return;
  }
  const e = err as { type?: string; status?: number; message?: string };
  // body-parser's own errors: malformed JSON, too large, bad charset.
  if (e?.type === 'entity.too.large')
    return void body(413, 'payload_too_large', 'The request body is too large');
  if (e?.type === 'entity.parse.failed')
    return void body(400, 'bad_request', 'The request body is not valid JSON');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return void body(e.status, 'bad_request', 'The request could not be read');
  }
  console.error('Unhandled error:', err);
  body(500, 'internal', 'Internal error');
};
