// When a request may be sent again: only methods that change nothing (GET, HEAD), only after no
// answer or a gateway/outage status, and at most MAX_ATTEMPTS times in all.

export const MAX_ATTEMPTS = 3;
const SAFE_METHODS = new Set(['GET', 'HEAD']);
const RETRY_STATUSES = new Set([502, 503, 504]);

/** `attempt` counts from 1 (the first try); `status` 0 means no answer. */
export function shouldRetry(method: string, attempt: number, status: number): boolean {
  if (attempt >= MAX_ATTEMPTS || !SAFE_METHODS.has(method.toUpperCase())) return false;
  return status === 0 || RETRY_STATUSES.has(status);
}

/** Wait in ms before attempt `attempt + 1`: 300, 900, … (×3 each time). */
export function backoffMs(attempt: number): number {
  return 300 * 3 ** (attempt - 1);
}
