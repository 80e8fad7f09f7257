// Route-handler plumbing: JSON responses and the one mapping from thrown errors to statuses.
import { ZodError } from 'zod';
import { LocustInputError } from '../locust/errors';
import { AppError } from './errors';

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

export function errorResponse(e: unknown): Response {
  const err = toAppError(e);
  if (err.status >= 500) console.error(e);
  const body = { error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) } };
  return Response.json(body, { status: err.status });
}

function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof LocustInputError) {
    const details = { file: e.file, line: e.line, reason: e.reason };
    return e.code === 'not_locust'
      ? new AppError(415, 'not_locust_output', e.message, details)
      : new AppError(422, 'invalid_locust_file', e.message, details);
  }
  if (e instanceof ZodError) return new AppError(400, 'bad_request', 'invalid request', e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return new AppError(500, 'internal', 'internal error');
}

/** Wraps a route handler so that every thrown error becomes the error envelope. */
export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (e) {
      return errorResponse(e);
    }
  };
}
