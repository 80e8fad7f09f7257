// Field errors keyed by path ("name", "criteria.2.target", from the API's validation details)
// -> the errors of one criterion row.
import type { FieldErrors } from './form-row';

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
