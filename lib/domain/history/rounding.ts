// How finely Locust reports a response time: it keeps times in buckets (exact below 100 ms, to 10 ms below
// 1 s, to 100 ms below 10 s, then to 1 s; locust/stats.py `proper_round` and the response-time cache), so
// medians and percentiles move in those steps. Two parts of a series of equal rounded values have no spread,
// and any step between them would look certain (p = 0): 140, 140, 140 → 130, 130, 130 ms is a −7% "change"
// that is within one bucket. Each part's spread is taken as at least that of a value rounded to the step
// (Sheppard: w² / 12). Pure.

/** The width of Locust's rounding step at a response time near `ms`. */
export function locustRoundingMs(ms: number): number {
  const a = Math.abs(ms);
  return a < 100 ? 1 : a < 1000 ? 10 : a < 10_000 ? 100 : 1000;
}

/** A part's variance, at least the rounding's at its mean. */
export function varianceWithRounding(sd: number, mean: number, resolution: ((mean: number) => number) | null): number {
  if (resolution === null) return sd * sd;
  const w = resolution(mean);
  return Math.max(sd * sd, (w * w) / 12);
}
