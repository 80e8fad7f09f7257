// Locust's response-time histogram algorithms (locust-formats §9.1, 9.2), on bucket -> count histograms.
// Bucket keys and results are milliseconds; counts are numbers of timed requests.

export type Histogram = ReadonlyMap<number, number> | Readonly<Record<string, number>>;

function entries(hist: Histogram): [number, number][] {
  const list: [number, number][] =
    hist instanceof Map
      ? [...hist.entries()]
      : Object.entries(hist as Record<string, number>).map(([k, v]) => [Number(k), v]);
  return list.sort((a, b) => a[0] - b[0]);
}

/** Number of timed requests in the histogram. */
export function histogramTotal(hist: Histogram): number {
  let total = 0;
  for (const [, count] of entries(hist)) total += count;
  return total;
}

/** Sums histograms; keys "120" and "120.0" are the same bucket. */
export function mergeHistograms(hists: Iterable<Histogram>): Map<number, number> {
  const out = new Map<number, number>();
  for (const hist of hists) {
    for (const [bucket, count] of entries(hist)) out.set(bucket, (out.get(bucket) ?? 0) + count);
  }
  return out;
}

/**
 * `calculate_response_time_percentile`: with N timed requests and m = floor(N * fraction), the
 * bucket of the (m+1)-th smallest sample, capped at the largest bucket. Null when empty
 * (Locust writes 0 / N/A). Walks buckets from the largest down, as Locust does.
 */
export function percentileFromHistogram(hist: Histogram, fraction: number): number | null {
  const sorted = entries(hist);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total <= 0) return null;
  const wanted = Math.trunc(total * fraction);
  let processed = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const [bucket, count] = sorted[i] as [number, number];
    processed += count;
    if (total - processed <= wanted) return bucket;
  }
  return null;
}

/**
 * `median_from_dict`: the bucket of the sample at 0-based position floor((N - 1) / 2), i.e. the
 * lower median. Null when empty. Callers clamp it into [min, max] like Locust does.
 */
export function medianFromHistogram(hist: Histogram): number | null {
  const sorted = entries(hist);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total <= 0) return null;
  let pos = (total - 1) / 2;
  for (const [bucket, count] of sorted) {
    if (pos < count) return bucket;
    pos -= count;
  }
  return null;
}
