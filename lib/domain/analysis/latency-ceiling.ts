// A latency ceiling: many endpoints' maxima (and high percentiles) stopping at one value, as a timeout
// does. Values at the ceiling are lower bounds: the real latency is unknown and higher. Rules and the
// thresholds, chosen on real runs: README "Latency ceilings". Pure, no I/O.
import type { EndpointStats, HistoryData, ParsedRun } from '../locust/types';
import { DEFAULT_THRESHOLDS } from './thresholds';

/** A latency within 5% below a run's ceiling counts as at it, a lower bound
 *  (Locust buckets to 2 significant digits). */
export const AT_CEILING = 0.95;

export interface LatencyCeiling {
  /** The ceiling in ms, rounded as Locust buckets it (two significant digits). */
  ceilingMs: number;
  endpointsAtCeiling: number;
  /** Endpoints with at least minRequests requests and a known max. */
  endpointsConsidered: number;
  evidence: string;
}

/** A ceiling is at least this high, ms (faster maxima are ordinary latency). */
export const CEILING_MIN_MS = 1000;
/** Maxima at one ceiling lie within [low, low + band], band = the smaller of this share of low … */
export const CEILING_BAND_SHARE = 0.03;
/** … and this many ms. */
export const CEILING_BAND_MS = 150;
/** At least this many endpoints stop at the ceiling … */
export const CEILING_MIN_ENDPOINTS = 3;
/** … and at least this share of the endpoints considered (0..1). */
export const CEILING_MIN_SHARE = 0.4;

const bandOf = (lowMs: number) => Math.min(CEILING_BAND_SHARE * lowMs, CEILING_BAND_MS);

/** Locust's response-time bucketing (locust-formats §9.1): exact below 100 ms, then two significant digits. */
export function locustBucketMs(ms: number): number {
  if (ms < 100) return Math.round(ms);
  const step = 10 ** (Math.floor(Math.log10(ms)) - 1);
  return Math.round(ms / step) * step;
}

/** The P99 (else P95) an endpoint at a ceiling with floor `lowMs` reaches at least: the bucket of the band's floor
 *  (requests pile up at the top, not one outlier). */
const topBucketMs = (lowMs: number) => locustBucketMs(lowMs - bandOf(lowMs));
const highOf = (e: EndpointStats) => e.percentiles['99'] ?? e.percentiles['95'] ?? null;

const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
const seconds = (v: number) => (v / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 });
const approx = (v: number) => (v >= 1000 ? `~${seconds(v)} s` : `~${ms(v)}`);

/** How many rows' Aggregated ~10 s window maximum sit in the ceiling's buckets [fromMs, toMs], ms; null for
 *  cumulative histories. */
function flatWindows(h: HistoryData | null, fromMs: number, toMs: number): string | null {
  if (h?.percentileWindow !== 'current-window') return null;
  const col = h.aggregated.percentiles['100'] ?? h.aggregated.percentiles['99'];
  if (col === undefined) return null;
  const known = Array.from(col).filter((v) => v > 0);
  const at = known.filter((v) => locustBucketMs(v) >= fromMs && locustBucketMs(v) <= toMs).length;
  if (known.length === 0) return null;
  const where = fromMs === toMs ? ms(fromMs) : `${Math.round(fromMs).toLocaleString('en-US')}–${ms(toMs)}`;
  return `the ~10 s window maximum sits at ${where} in ${at} of ${known.length} history rows`;
}

/** The ceiling most endpoints' maxima stop at, or null when there is none (see README). */
export function latencyCeiling(
  run: Pick<ParsedRun, 'endpoints' | 'history'>,
  minRequests = DEFAULT_THRESHOLDS.minRequests,
): LatencyCeiling | null {
  const maxOf = (e: EndpointStats) => e.maxMs as number;
  const considered = run.endpoints.filter((e) => e.requests >= minRequests && Number.isFinite(e.maxMs ?? NaN));
  const tops = considered.filter((e) => maxOf(e) >= CEILING_MIN_MS).sort((a, b) => maxOf(a) - maxOf(b));
  let best: EndpointStats[] = [];
  // Each distinct maximum is a candidate floor; its band is tops[start, end): start is the floor's first
  // index, end only grows (floor + band grows with the floor). O(n log n + the bands' sizes), not O(n²).
  let end = 0;
  for (let start = 0; start < tops.length; start++) {
    const lowMs = maxOf(tops[start]!);
    if (start > 0 && maxOf(tops[start - 1]!) === lowMs) continue; // the same band as the floor before
    const highMs = lowMs + bandOf(lowMs);
    while (end < tops.length && maxOf(tops[end]!) <= highMs) end++;
    if (end - start <= best.length) continue; // cannot beat the best band found
    const minHighMs = topBucketMs(lowMs);
    let reaching = 0;
    for (let i = start; i < end; i++) if ((highOf(tops[i]!) ?? -Infinity) >= minHighMs) reaching++;
    if (reaching > best.length) best = tops.slice(start, end).filter((e) => (highOf(e) ?? -Infinity) >= minHighMs);
  }
  if (best.length < CEILING_MIN_ENDPOINTS || best.length < CEILING_MIN_SHARE * considered.length) return null;
  const maxima = best.map(maxOf);
  const [lowest, highest] = [Math.min(...maxima), Math.max(...maxima)];
  const ceilingMs = locustBucketMs(lowest);
  const history = flatWindows(run.history, ceilingMs, locustBucketMs(highest));
  const evidence =
    `responses capped at ${approx(ceilingMs)}, likely a timeout; values there are lower bounds: ` +
    `maxima of ${best.length} of ${considered.length} endpoints (≥ ${minRequests} requests) end within ` +
    `${Math.round(lowest).toLocaleString('en-US')}–${ms(highest)} and their P99 is in the top bucket` +
    `${history === null ? '' : `; ${history}`}`;
  return { ceilingMs, endpointsAtCeiling: best.length, endpointsConsidered: considered.length, evidence };
}
