// Route-handler plumbing: JSON responses and the one mapping from thrown errors to statuses.
import { ZodError } from 'zod';
import { LocustInputError } from '../../domain/locust/errors';
import { asMutation } from '../services/read-cache';
import { classifyDbFault } from '../db/faults';
import { writeErrorKind } from '../db/write-errors';
import { AppError, databaseUnavailable, DB_RETRY_AFTER_S } from '../services/errors';
import { auditRequest } from './audit-request';
import { PER_CALLER_HEADERS } from './security-headers';

/** Methods that change nothing; any other request raises the data revision when it ends. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

export function errorResponse(e: unknown): Response {
  const err = toAppError(e);
  // A database outage fails every request: one line each (what the driver said), not a stack.
  if (err.code === 'database_unavailable' || err.code === 'storage_full')
    console.error(
      `swarmlens: ${err.code} (${String((err.details as { reason?: string }).reason)}): ${driverMessage(e)}`,
    );
  else if (err.status >= 500) console.error(e);
  const body = {
    error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) },
  };
  // A database outage is usually short: clients may retry (GET /api/health says when it is back);
  // a throttled client may retry once its wait is over.
  return Response.json(body, { status: err.status, headers: retryAfter(err) });
}

function retryAfter(err: AppError): Record<string, string> | undefined {
  if (err.status === 503) return { 'Retry-After': String(DB_RETRY_AFTER_S) };
  const wait = (err.details as { retryAfterS?: unknown } | undefined)?.retryAfterS;
  return err.status === 429 && typeof wait === 'number' ? { 'Retry-After': String(wait) } : undefined;
}

/** The innermost message of an error chain (Prisma wraps the driver's in several layers). */
function driverMessage(e: unknown): string {
  let cur = e;
  for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
    const o = cur as { cause?: unknown; meta?: { driverAdapterError?: unknown }; message?: unknown };
    const next = o.meta?.driverAdapterError ?? o.cause;
    if (typeof next !== 'object' || next === null) break;
    cur = next;
  }
  const m = (cur as { message?: unknown; kind?: unknown } | null)?.message ?? (cur as { kind?: unknown } | null)?.kind;
  return typeof m === 'string' ? m : String(e);
}

function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof LocustInputError) {
    const details = { file: e.file, line: e.line, reason: e.reason };
    return e.code === 'not_locust'
      ? new AppError(415, 'not_locust_output', e.message, details)
      : new AppError(422, 'invalid_locust_file', e.message, details);
  }
  if (e instanceof ZodError)
    return new AppError(
      400,
      'bad_request',
      'invalid request',
      e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const fault = classifyDbFault(e);
  if (fault !== null) return databaseUnavailable(fault);
  const kind = writeErrorKind(e);
  if (kind === 'duplicate') return new AppError(409, 'conflict', 'that already exists (a unique name or key is taken)');
  if (kind === 'missing-reference') return new AppError(400, 'bad_request', 'a referenced record does not exist');
  if (kind === 'not-found') return new AppError(404, 'not_found', 'record not found');
  return new AppError(500, 'internal', 'internal error');
}

export interface RouteOptions {
  /** Whether a request may change project data (runs, projects, criteria, roadmap, notes, shares): when it
   *  ends, whatever its outcome, every cached view is outdated. Default: every method but GET, HEAD and
   *  OPTIONS. Sign-in, sign-out and API tokens write sessions, tokens and throttle rows only: false. */
  changesData?: boolean;
  /** Whether the answer depends on who asks (default true): then it carries PER_CALLER_HEADERS (private,
   *  no-store; Vary: Cookie, Authorization). False only for public answers (health, OpenAPI document). */
  perCaller?: boolean;
}

/** Sign-in, sign-out, API tokens: they write no project data, so cached views stay valid. */
export const NO_DATA_CHANGE: RouteOptions = { changesData: false };
/** Health and the OpenAPI document: the same for everyone. */
export const PUBLIC_ANSWER: RouteOptions = { perCaller: false };

/** Wraps a route handler so that every thrown error becomes the error envelope, a request that may have
 *  changed project data outdates every cached view, every request but GET, HEAD and OPTIONS is recorded in
 *  the audit log once it has ended (audit-request.ts: after asMutation, so that write outdates nothing),
 *  and an answer per caller is kept by no shared cache. */
export function withErrors<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
  options: RouteOptions = {},
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    const request = args[0];
    const mutating = options.changesData ?? (request instanceof Request && !SAFE_METHODS.has(request.method));
    let response: Response;
    try {
      response = await (mutating ? asMutation(() => handler(...args)) : handler(...args));
    } catch (e) {
      response = errorResponse(e);
    }
    if (request instanceof Request && !SAFE_METHODS.has(request.method)) await auditRequest(request, response);
    return options.perCaller === false ? response : privateToCaller(response);
  };
}

/** The response with PER_CALLER_HEADERS (a copy when its headers are immutable, as a redirect's are). */
function privateToCaller(response: Response): Response {
  const vary = [response.headers.get('Vary'), PER_CALLER_HEADERS.Vary].filter(Boolean).join(', ');
  const mark = (r: Response) => {
    r.headers.set('Cache-Control', PER_CALLER_HEADERS['Cache-Control']!);
    r.headers.set('Vary', vary);
    return r;
  };
  try {
    return mark(response);
  } catch {
    return mark(new Response(response.body, response));
  }
}
