// The response-time distribution in words, one sentence per percentile, runs side by side. Pure.
//
// Wording. Locust's p-th percentile of N timed requests is the bucket of the (m+1)-th smallest
// sample, m = floor(N·p) (locust-formats §9.2), and buckets keep about two significant digits (§9.1: 3,100
// means 3,050–3,150 ms). So at least p of the requests took no longer than that sample, which is
// within half a bucket of the value shown: "80% of requests took at most about 3,100 ms". "Under"
// would be wrong twice: the (m+1)-th sample itself is counted, and it can sit above the bucket value.
import { AT_CEILING } from './latency-ceiling';
import { formatMs } from '../format/format';

/** Percentiles described, as Locust labels them (PercentilesMs keys). */
export const DESCRIBED_PERCENTILES = ['50', '80', '95', '99'] as const;

export interface DistributionRun {
  /** How the run is named in the sentence, after "at": e.g. "40 users". */
  label: string;
  /** Percentile label -> ms (PercentilesMs); null or missing = no data. */
  percentiles: Record<string, number | null>;
  /** The run's latency ceiling (ms), if any: "at most" a value at it is true of the responses, which were cut
   *  off there, not of the service, so the sentence says so. */
  ceilingMs?: number | null;
}

/** Finds a percentile whatever its label spelling ("80", "80.0"). */
function valueAt(percentiles: Record<string, number | null>, p: string): number | null {
  if (p in percentiles) return percentiles[p] ?? null;
  const hit = Object.keys(percentiles).find((k) => Number(k) === Number(p));
  return hit === undefined ? null : (percentiles[hit] ?? null);
}

/** One sentence per percentile (p50, p80, p95, p99) present in some run: "80% of requests took at most about 3,100 ms
 *  at 40 users, 320 ms at 20 users." Times in ms, formatted. */
export function describeDistribution(runs: DistributionRun[]): string[] {
  const sentences: string[] = [];
  for (const p of DESCRIBED_PERCENTILES) {
    const values = runs.map((r) => valueAt(r.percentiles, p));
    if (values.every((v) => v === null)) continue;
    const capped = (r: DistributionRun, v: number) => r.ceilingMs != null && v >= AT_CEILING * r.ceilingMs;
    const known = runs.flatMap((r, i) => {
      const v = values[i];
      if (v == null) return [];
      return [
        capped(r, v)
          ? `${formatMs(v)} at ${r.label} (the ceiling: slower requests were cut off there)`
          : `${formatMs(v)} at ${r.label}`,
      ];
    });
    const missing = runs.filter((_, i) => values[i] == null).map((r) => r.label);
    const gap = missing.length > 0 ? ` (no data at ${missing.join(', ')})` : '';
    sentences.push(`${p}% of requests took at most about ${known.join(', ')}${gap}.`);
  }
  return sentences;
}
