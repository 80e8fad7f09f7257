// History columns -> points for the time-series charts.
// Invariants: x is elapsed seconds since `originS`; rates per second; percentiles in ms;
// null stays null (a gap in the line, never 0); at most `maxPoints` points.
import type { SeriesWindow } from '../locust/types';
import { bucketPoints } from './downsample';
import { percentileDataKey, sortPercentileKeys } from './percentile-keys';
import type { SeriesColumns } from './series-columns';

/** `t` elapsed s, `ts` epoch s, `users`, `rps`, `failuresPerS`, and `p50`, `p99_9`, … (ms). */
export type TimelinePoint = { t: number; ts: number } & Record<string, number | null>;

export interface TimelineSeriesInfo {
  key: string;
  dataKey: string;
  /** Points where this percentile is known. */
  known: number;
}

export interface Timeline {
  points: TimelinePoint[];
  originS: number | null;
  /** Elapsed seconds of the last point (0 without points). */
  endS: number;
  percentiles: TimelineSeriesInfo[];
  hasUsers: boolean;
  hasFailures: boolean;
  /** Rows per point after downsampling (1 = every row kept). */
  rowsPerPoint: number;
  /** Elapsed seconds of stats resets inside the plotted range. */
  resetsS: number[];
}

export interface TimelineOptions {
  window: SeriesWindow;
  /** Epoch seconds of x = 0; defaults to the first timestamp (pass the aggregated one to align endpoint charts). */
  originS?: number | null;
  maxPoints?: number;
  resetsAtS?: readonly number[];
}

export const DEFAULT_MAX_POINTS = 1200;

export function prepareTimeline(columns: SeriesColumns, options: TimelineOptions): Timeline {
  const keys = sortPercentileKeys(Object.keys(columns.percentiles));
  const firstTs = columns.timestampsS.find((v): v is number => v !== null && Number.isFinite(v)) ?? null;
  const originS = options.originS ?? firstTs;
  const rows: TimelinePoint[] = [];
  columns.timestampsS.forEach((ts, i) => {
    if (ts === null || originS === null) return;
    const point: TimelinePoint = {
      t: ts - originS,
      ts,
      users: columns.userCount[i] ?? null,
      rps: columns.rps[i] ?? null,
      failuresPerS: columns.failuresPerS[i] ?? null,
    };
    for (const key of keys) {
      const v = columns.percentiles[key]?.[i] ?? null;
      // locust-formats §9.8.4: 0 in a current-window percentile means "no window yet", not 0 ms.
      point[percentileDataKey(key)] = v === 0 && options.window === 'current-window' ? null : v;
    }
    rows.push(point);
  });
  const maxPoints = Math.max(2, options.maxPoints ?? DEFAULT_MAX_POINTS);
  const rowsPerPoint = Math.max(1, Math.ceil(rows.length / maxPoints));
  const pctKeys = keys.map(percentileDataKey);
  const points =
    rowsPerPoint > 1
      ? bucketPoints(rows, rowsPerPoint, { mean: ['rps', 'failuresPerS'], max: ['users', ...pctKeys] })
      : rows;
  const endS = points.length > 0 ? (points[points.length - 1] as TimelinePoint).t : 0;
  const known = (k: string) => points.reduce((n, p) => (p[k] === null || p[k] === undefined ? n : n + 1), 0);
  return {
    points,
    originS,
    endS,
    percentiles: keys
      .map((key) => ({ key, dataKey: percentileDataKey(key), known: known(percentileDataKey(key)) }))
      .filter((p) => p.known > 0),
    hasUsers: known('users') > 0,
    hasFailures: points.some((p) => (p.failuresPerS ?? 0) > 0),
    rowsPerPoint,
    resetsS:
      originS === null ? [] : (options.resetsAtS ?? []).map((s) => s - originS).filter((s) => s >= 0 && s <= endS),
  };
}
