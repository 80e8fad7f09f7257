// The capacity curve of one ramp or stepped run from its Aggregated history: goodput (successful
// requests per second) and P95 against users, the peak, and the user count from which P95 stays above
// a limit. Rules and thresholds: README "Ramp runs: capacity curve". Pure, no I/O.
import type { HistoryData, ParsedRun } from '../locust/types';
import { loadProfile } from './load-shape';
import { loadPlateaus, median, WINDOW_S } from './load-steps';

/** Users in req/s and ms; goodputRps = (requests − failures) / s. */
export interface CapacityPoint {
  users: number;
  goodputRps: number | null;
  p95Ms: number | null;
}

export interface Capacity {
  peakGoodputRps: number | null;
  peakUsers: number | null;
  p95LimitMs: number | null;
  /** Smallest users from which P95 stays above the limit; null if never, unknown or no limit. */
  usersAtP95Limit: number | null;
  points: CapacityPoint[];
}

/** Ramp buckets are this share of the peak user count wide (at least 1 user). */
export const RAMP_BUCKET_SHARE = 0.05;
/** P95 must be above the limit in this many consecutive ramp buckets (a step is one ≥ 30 s plateau: 1). */
export const RAMP_BUCKETS_ABOVE = 2;

/** Rows of one bucket: `counts` rows k contribute the interval (k − 1, k]; `latency` rows their window P95. */
interface Bucket {
  users: number;
  counts: number[];
  latency: number[];
}

/** Goodput over the bucket's intervals from the cumulative counters (a reset restarts the base); else window rates. */
function goodputOf(h: HistoryData, rows: number[]): number | null {
  const a = h.aggregated;
  const [t, R, F] = [a.timestampsS, a.totalRequests, a.totalFailures];
  let good = 0;
  let seconds = 0;
  let exact = rows.length > 0;
  for (const k of rows) {
    const [r0, r1, f0, f1] = [R[k - 1], R[k], F[k - 1], F[k]] as [number, number, number, number];
    if ([r0, r1, f0, f1].some((v) => Number.isNaN(v))) exact = false;
    const reset = r1 < r0 || f1 < f0;
    good += reset ? r1 - f1 : r1 - r0 - (f1 - f0);
    seconds += (t[k] as number) - (t[k - 1] as number);
  }
  if (exact && seconds > 0) return good / seconds;
  const rates = rows.map((k) => (a.rps[k] as number) - (a.failuresPerS[k] as number)).filter((v) => Number.isFinite(v));
  return rates.length === 0 ? null : rates.reduce((x, y) => x + y, 0) / rates.length;
}

function p95Of(h: HistoryData, rows: number[]): number | null {
  const col = h.aggregated.percentiles['95'];
  if (h.percentileWindow !== 'current-window' || col === undefined) return null;
  return median(rows.map((k) => col[k] as number).filter((v) => v > 0)); // 0 = "no window yet" (locust-formats §3.3)
}

/** Steps: one bucket per distinct user count over its plateaus; latency from WINDOW_S into each plateau. */
function stepBuckets(run: Pick<ParsedRun, 'history'>, h: HistoryData): Bucket[] {
  const t = h.aggregated.timestampsS;
  const byUsers = new Map<number, Bucket>();
  for (const p of loadPlateaus(run)) {
    const b = byUsers.get(p.users) ?? { users: p.users, counts: [], latency: [] };
    t.forEach((s, k) => {
      if (s > p.startS && s <= p.endS) b.counts.push(k);
      if (s >= p.startS + WINDOW_S && s <= p.endS) b.latency.push(k);
    });
    byUsers.set(p.users, b);
  }
  return [...byUsers.values()];
}

/** Ramp: rows up to the last one at the peak (the ramp-down is left out), bucketed by user count. */
function rampBuckets(h: HistoryData, peakUsers: number): Bucket[] {
  const u = h.aggregated.userCount;
  const width = Math.max(1, Math.round(peakUsers * RAMP_BUCKET_SHARE));
  const byIndex = new Map<number, number[]>();
  for (let k = 1; k <= u.lastIndexOf(peakUsers); k++) {
    const users = u[k] as number;
    if (!(users > 0)) continue;
    const index = Math.ceil(users / width);
    const rows = byIndex.get(index) ?? [];
    rows.push(k);
    byIndex.set(index, rows);
  }
  return [...byIndex.values()].map((rows) => ({
    users: Math.round(rows.reduce((s, k) => s + (u[k] as number), 0) / rows.length),
    counts: rows,
    latency: rows,
  }));
}

/** The capacity curve of a ramp or stepped run; null for other shapes. */
export function capacityOf(run: Pick<ParsedRun, 'history'>, p95LimitMs: number | null): Capacity | null {
  const profile = loadProfile(run);
  const h = run.history;
  if (h === null || profile.peakUsers === null || (profile.shape !== 'ramp' && profile.shape !== 'steps')) return null;
  const buckets = profile.shape === 'steps' ? stepBuckets(run, h) : rampBuckets(h, profile.peakUsers);
  const points = buckets
    .map((b) => ({ users: b.users, goodputRps: goodputOf(h, b.counts), p95Ms: p95Of(h, b.latency) }))
    .sort((x, y) => x.users - y.users);
  if (points.length === 0) return null;
  let peak: CapacityPoint | null = null;
  for (const p of points) {
    if (p.goodputRps !== null && (peak === null || p.goodputRps > (peak.goodputRps as number))) peak = p;
  }
  const needed = profile.shape === 'steps' ? 1 : RAMP_BUCKETS_ABOVE;
  return {
    peakGoodputRps: peak?.goodputRps ?? null,
    peakUsers: peak?.users ?? null,
    p95LimitMs,
    usersAtP95Limit: p95LimitMs === null ? null : crossing(points, p95LimitMs, needed),
    points,
  };
}

/** Users of the first point from which P95 is above the limit for `needed` consecutive points. */
function crossing(points: CapacityPoint[], limitMs: number, needed: number): number | null {
  for (let i = 0; i + needed <= points.length; i++) {
    const above = points.slice(i, i + needed).every((p) => p.p95Ms !== null && p.p95Ms > limitMs);
    if (above) return (points[i] as CapacityPoint).users;
  }
  return null;
}
