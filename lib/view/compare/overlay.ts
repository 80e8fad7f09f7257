// Time series of several runs on one elapsed-time axis. Each run's history is prepared as on the run
// page (lib/domain/charts/prepare-timeline), then put on a shared grid whose step is wider than every run's
// sampling interval, so each cell holds at least one sample of each run (no false gaps) while real
// gaps (no data for longer than a step) stay gaps. Rates are averaged per cell, users and P95 keep
// the cell's maximum (as the run page's downsampling does). Goodput (successful req/s) is rps − failures/s
// at each sample where the history has both (never below 0), averaged like the rates it comes from.
import type { Timeline } from '../../domain/charts/prepare-timeline';

export const OVERLAY_METRICS = ['rps', 'goodputRps', 'failuresPerS', 'p95', 'users'] as const;
export type OverlayMetric = (typeof OVERLAY_METRICS)[number];

/** `{ t, rps_0, p95_0, users_1, … }`: null = no data for that run in that cell. */
export type OverlayPoint = { t: number } & Record<string, number | null>;

export interface Overlay {
  points: OverlayPoint[];
  /** Elapsed seconds of the last cell. */
  endS: number;
  stepS: number;
  /** Per run: whether it has any value of the metric. */
  has: Record<OverlayMetric, boolean[]>;
}

export const overlayKey = (metric: OverlayMetric, run: number) => `${metric}_${run}`;

const NICE_STEPS = [1, 2, 3, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600];
const MEAN = new Set<OverlayMetric>(['rps', 'goodputRps', 'failuresPerS']);

/** Successful req/s of one sample: rps − failures/s (≥ 0), null unless both are known. */
export function sampleGoodput(p: Readonly<Record<string, number | null | undefined>>): number | null {
  const [r, f] = [p['rps'], p['failuresPerS']];
  if (typeof r !== 'number' || typeof f !== 'number' || !Number.isFinite(r) || !Number.isFinite(f)) return null;
  return Math.max(0, r - f);
}

function niceStep(min: number): number {
  return NICE_STEPS.find((s) => s >= min) ?? Math.ceil(min / 3600) * 3600;
}

/** Median distance between consecutive points (the sampling interval after any downsampling). */
export function samplingInterval(timeline: Timeline): number | null {
  const ts = timeline.points.map((p) => p.t);
  if (ts.length < 2) return null;
  const diffs = ts
    .slice(1)
    .map((t, i) => t - (ts[i] as number))
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  return diffs.length === 0 ? null : (diffs[Math.floor(diffs.length / 2)] as number);
}

export function mergeTimelines(timelines: readonly (Timeline | null)[], maxPoints = 600): Overlay {
  const present = timelines.filter((t): t is Timeline => t !== null && t.points.length > 0);
  const endS = present.reduce((m, t) => Math.max(m, t.endS), 0);
  const interval = present.reduce((m, t) => Math.max(m, samplingInterval(t) ?? 0), 0);
  const stepS = niceStep(Math.max(1, interval * 1.5, endS / Math.max(1, maxPoints)));
  const cells = present.length === 0 ? 0 : Math.floor(endS / stepS) + 1;
  const points: OverlayPoint[] = Array.from({ length: cells }, (_, c) => ({ t: c * stepS }) as OverlayPoint);
  const has = Object.fromEntries(OVERLAY_METRICS.map((m) => [m, timelines.map(() => false)])) as Overlay['has'];

  timelines.forEach((timeline, run) => {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const point of timeline?.points ?? []) {
      const cell = points[Math.min(cells - 1, Math.max(0, Math.floor(point.t / stepS)))];
      if (!cell) continue;
      for (const metric of OVERLAY_METRICS) {
        const v = metric === 'goodputRps' ? sampleGoodput(point) : point[metric];
        if (v === null || v === undefined || !Number.isFinite(v)) continue;
        const key = overlayKey(metric, run);
        has[metric][run] = true;
        if (MEAN.has(metric)) {
          const id = `${cell.t}\u0000${key}`;
          const acc = sums.get(id) ?? { sum: 0, n: 0 };
          acc.sum += v;
          acc.n += 1;
          sums.set(id, acc);
          cell[key] = acc.sum / acc.n;
        } else {
          const prev = cell[key];
          cell[key] = prev === null || prev === undefined ? v : Math.max(prev, v);
        }
      }
    }
    for (const cell of points)
      for (const metric of OVERLAY_METRICS)
        if (cell[overlayKey(metric, run)] === undefined) cell[overlayKey(metric, run)] = null;
  });
  return { points, endS: cells > 0 ? (cells - 1) * stepS : 0, stepS, has };
}
