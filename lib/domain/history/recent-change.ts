// How much a series moved lately, to sort the endpoint trend matrix (issue 19: "sorted by recent change"):
// the median of the newest `window` values against the median of the `window` before them, as a relative
// change (for the failure rate, the difference). Medians, so one odd run does not reorder the matrix. Pure.
import { WORSE_WHEN_HIGHER } from './regression';
import type { TrendMetric } from './run-figures';

export const RECENT_WINDOW = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** null with fewer than 2 · window values (nulls left out), or a relative change from a median of 0. */
export function recentChange(
  metric: TrendMetric,
  values: readonly (number | null)[],
  window = RECENT_WINDOW,
): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2 * window) return null;
  const before = median(known.slice(-2 * window, -window));
  const now = median(known.slice(-window));
  if (metric === 'failureRate') return now - before;
  return before === 0 ? null : now / before - 1;
}

/** Worst recent change first: a change for the worse by its size, then changes for the better, then
 *  series too short to say. */
export function byRecentChange(metric: TrendMetric) {
  const worse = (c: number) => (WORSE_WHEN_HIGHER[metric] ? c : -c);
  return (a: number | null, b: number | null): number => {
    if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
    return worse(b) - worse(a);
  };
}
