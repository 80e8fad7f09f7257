// The app's JSON error envelope `{ error: { code, message, details? } }` (lib/server/http/respond.ts) read
// into one error class, and the form view of it (one message, errors keyed by field path).

/** A request that got no answer carries status 0 and code NETWORK. */
export const NETWORK = 'network';

export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The envelope's code (`bad_request`, `conflict`, …); null when the body was no envelope. */
    readonly code: string | null,
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Validation details `[{ path, message }]` by path (first message per path; "" -> "form"). */
  get fields(): FieldErrors {
    const fields: FieldErrors = {};
    for (const d of pathDetails(this.details)) fields[d.path === '' ? 'form' : d.path] ??= d.message;
    return fields;
  }
}

interface Envelope {
  code?: unknown;
  message?: unknown;
  details?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function envelopeOf(body: unknown): Envelope | null {
  return isRecord(body) && isRecord(body.error) ? body.error : null;
}

function pathDetails(details: unknown): { path: string; message: string }[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) =>
    isRecord(d) && typeof d.path === 'string' && typeof d.message === 'string'
      ? [{ path: d.path, message: d.message }]
      : [],
  );
}

/** "Line 12: …" when the details name a line (a Markdown or Locust file) the message does not mention. */
function withLine(message: string, details: unknown): string {
  const line = isRecord(details) ? details.line : undefined;
  if (typeof line !== 'number' || new RegExp(`\\bline ${line}\\b`, 'i').test(message)) return message;
  return `Line ${line}: ${message}`;
}

/** A failed response (status >= 400, body already parsed or null) -> ApiError. */
export function errorFromResponse(status: number, statusText: string, body: unknown): ApiError {
  const error = envelopeOf(body);
  const fallback = `The server answered ${status} ${statusText}`.trim();
  const message = typeof error?.message === 'string' && error.message !== '' ? error.message : fallback;
  const code = typeof error?.code === 'string' ? error.code : null;
  return new ApiError(status, code, withLine(message, error?.details), error?.details);
}

/** fetch rejected without an answer (offline, DNS, connection reset). */
export function networkError(cause: unknown): ApiError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ApiError(0, NETWORK, `Could not reach the server: ${reason}`);
}

/** What to show for anything a request threw. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface FormProblem {
  message: string;
  fields: FieldErrors;
}

/** For forms that show each error beside its field: validation details become a count in the
 *  message; a 409 (a name taken) puts the message on `conflictField`. */
export function formProblem(e: unknown, conflictField = 'name'): FormProblem {
  if (!(e instanceof ApiError)) return { message: errorMessage(e), fields: {} };
  const fields = e.fields;
  const count = pathDetails(e.details).length;
  if (e.status === 409) fields[conflictField] = e.message;
  if (count === 0) return { message: e.message, fields };
  return { message: `Check the highlighted fields (${count} ${count === 1 ? 'problem' : 'problems'}).`, fields };
}
