// An API error body `{ error: { code, message, details? } }` -> one message and field errors keyed
// by path ("name", "criteria.2.target"), for forms that show each error beside its field.
import type { FieldErrors } from './form-row';

export interface ApiProblem {
  message: string;
  fields: FieldErrors;
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

const isDetail = (d: unknown): d is { path: string; message: string } =>
  typeof d === 'object' && d !== null && typeof (d as { path?: unknown }).path === 'string' && typeof (d as { message?: unknown }).message === 'string';

/** `status` 409 (a name taken) puts the message on `conflictField`. */
export function readApiProblem(status: number, body: unknown, conflictField = 'name'): ApiProblem {
  const error = (body as ErrorBody | null)?.error;
  const message = error?.message ?? `The server answered ${status}`;
  const fields: FieldErrors = {};
  const details = Array.isArray(error?.details) ? error.details.filter(isDetail) : [];
  for (const d of details) fields[d.path === '' ? 'form' : d.path] ??= d.message;
  if (status === 409) fields[conflictField] = message;
  const summary = details.length > 0 ? `Check the highlighted fields (${details.length} ${details.length === 1 ? 'problem' : 'problems'}).` : message;
  return { message: summary, fields };
}

/** Reads a failed response's body (JSON or not) into an ApiProblem. */
export async function responseProblem(response: Response, conflictField = 'name'): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  return readApiProblem(response.status, body, conflictField);
}

/** Errors of row `index` only, by field: "criteria.2.target" -> { target }. */
export function rowErrors(errors: FieldErrors, index: number): Record<string, string> {
  const prefix = `criteria.${index}.`;
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (!path.startsWith(prefix)) continue;
    const field = path.slice(prefix.length).split('.')[0]!;
    out[field] ??= message;
  }
  return out;
}
