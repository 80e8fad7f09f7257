// Goodput: successful requests per second. Locust counts a failed request both as a request and
// as a failure (locust-formats §9.3), so successes = requests − failures, and the whole-run rate of successes
// is rps × (requests − failures) / requests (the same denominator as rps).

/** The fields goodput needs (an EndpointStats, or a steady-state window's counts). */
export interface GoodputInput {
  requests: number;
  failures: number;
  /** Whole-run (or window) requests per second; null when unknown. */
  rps: number | null;
}

/** Successful requests per second; null when rps is unknown or there are no requests. */
export function goodputRps(stats: GoodputInput): number | null {
  if (stats.rps === null || !(stats.requests > 0)) return null;
  const successes = Math.max(0, stats.requests - stats.failures);
  return (stats.rps * successes) / stats.requests;
}
