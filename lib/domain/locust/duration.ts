// How long a run lasted at least, from its Aggregated row. Locust's whole-run Requests/s is
// requests / (last request − start) (locust-formats §9.4, start = the last stats reset), so requests / rps
// is that span in seconds. A history that stops early (its last row written seconds before the
// last request, or a run killed before its final flush) spans less: the run's duration is the
// larger of the two.
import type { EndpointStats } from './types';

/**
 * Seconds from the start (last stats reset) to the last request, as a lower bound: the rps as
 * written may be rounded (0.1 in legacy HTML tables, `%.2f` in 0.12–1.0.3 CSVs), so it is taken
 * at the top of its rounding interval (+ half a unit of its last decimal). Null without requests
 * or a whole-run rate.
 */
export function minDurationS(aggregated: EndpointStats): number | null {
  const { requests, rps } = aggregated;
  if (rps === null || !(rps > 0) || requests <= 0) return null;
  return requests / (rps + halfUnitOfLastDecimal(rps));
}

/** 5.3 -> 0.05, 3.33 -> 0.005, 9.332691997642101 -> 5e-16; exponent forms are full floats (0). */
function halfUnitOfLastDecimal(x: number): number {
  const text = String(x);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  const decimals = dot === -1 ? 0 : text.length - dot - 1;
  return 0.5 * 10 ** -decimals;
}
