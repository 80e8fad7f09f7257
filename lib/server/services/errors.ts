// Errors that leave the HTTP API as `{ error: { code, message, details? } }` with their status.
import type { DbFault } from '../db/faults';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details?: unknown) => new AppError(400, 'bad_request', message, details);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
export const payloadTooLarge = (limitBytes: number) =>
  new AppError(
    413,
    'payload_too_large',
    `upload larger than the limit of ${Number((limitBytes / 1048576).toFixed(2))} MiB (SWARMLENS_UPLOAD_MAX_MB)`,
    { limitBytes },
  );
export const unsupportedMedia = (message: string, details?: unknown) =>
  new AppError(415, 'not_locust_output', message, details);
export const unprocessable = (message: string, details?: unknown) =>
  new AppError(422, 'invalid_locust_file', message, details);
export const conflict = (message: string) => new AppError(409, 'conflict', message);

/** The database is down, unreachable, read-only or locked (503), or its disk is full (507). */
/** Seconds a client is told to wait before retrying after a database outage (503). */
export const DB_RETRY_AFTER_S = 5;

export const databaseUnavailable = (fault: DbFault) =>
  fault.kind === 'full'
    ? new AppError(507, 'storage_full', fault.message, { reason: fault.kind })
    : new AppError(503, 'database_unavailable', fault.message, { reason: fault.kind });
