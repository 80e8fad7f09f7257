// Helpers shared by the legacy and React readers for request-statistics rows.
import { unwrapDoubleRepr } from '../error-text';
import type { EndpointStats, FailureEntry } from '../types';

/** Key of a (method, name) pair; method null and "" are the same (the Aggregated row). */
export function endpointKey(method: string | null, name: string): string {
  return `${method ?? ''}\u0000${name}`;
}

/** Method cell/field -> method, null when empty (Aggregated) or absent. */
export function methodOrNull(method: string | null | undefined): string | null {
  return method === undefined || method === null || method.trim() === '' ? null : method;
}

/**
 * Splits rows into the total and the endpoints: the total is the LAST row named "Aggregated"
 * with no method; every other row (an endpoint literally named "Aggregated" included) is an endpoint.
 */
export function splitAggregated(rows: EndpointStats[]): {
  aggregated: EndpointStats | null;
  endpoints: EndpointStats[];
} {
  let at = -1;
  rows.forEach((r, i) => {
    if (r.name === 'Aggregated' && r.method === null) at = i;
  });
  return { aggregated: rows[at] ?? null, endpoints: rows.filter((_, i) => i !== at) };
}

/** Adds `extra` percentiles whose keys are not yet present. */
export function addMissingPercentiles(
  target: Record<string, number | null>,
  extra: Record<string, number | null>,
): void {
  for (const [k, v] of Object.entries(extra)) if (!(k in target)) target[k] = v;
}

/** Unwraps double-repr'd error texts in place (locust-formats §9.8 item 9) and notes how many there were. */
export function noteUnwrapped(failures: FailureEntry[], warnings: string[]): void {
  let n = 0;
  for (const f of failures) {
    const error = unwrapDoubleRepr(f.error);
    if (error !== f.error) n++;
    f.error = error;
  }
  if (n > 0) warnings.push(`${n} error text(s) were double-quoted by a Locust 2.10–2.27 master; unwrapped.`);
}
