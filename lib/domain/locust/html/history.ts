// Chart series (legacy or React) -> HistoryData for the Aggregated row. Columns are Float64Array,
// NaN = unknown; the cumulative total* columns are all NaN (reports chart current-window values only).
import type { HistoryData } from '../types';
import { columnValues, comparePercentileKeys, toColumn } from '../numbers';
import { chartTimesToEpochS } from './time';

/** Chart data as read from a report; every array is indexed by chart point. */
export interface RawChart {
  /** "HH:MM:SS" or ISO strings, as written. */
  times: unknown[];
  userCount: (number | null)[];
  /** Current-window requests/s. */
  rps: (number | null)[];
  failuresPerS: (number | null)[];
  /** Percentile key ("50", "95") -> current-window ms. */
  percentiles: Record<string, (number | null)[]>;
}

export const HTML_SEMANTICS_NOTE =
  'HTML report charts: every value (rates, user count, percentiles) is a current-window value ' +
  'covering roughly the last 10 s, sampled every 5 s; none is cumulative. A 0 percentile can mean ' +
  '"no window yet", and leading points may predate the first request.';

/** Builds the history, or undefined (with a warning) when there are no points or no usable times. */
export function buildHistory(raw: RawChart, anchorS: number | null, warnings: string[]): HistoryData | undefined {
  const n = raw.times.length;
  if (n === 0) return undefined;
  const timestampsS = chartTimesToEpochS(raw.times, anchorS);
  if (!timestampsS) {
    warnings.push('Chart data ignored: its time values could not be placed on a date.');
    return undefined;
  }
  let ragged = false;
  const fit = (values: (number | null)[]): Float64Array => {
    if (values.length !== n) ragged = true;
    return toColumn(Array.from({ length: n }, (_, i) => values[i] ?? null));
  };
  const percentiles: Record<string, Float64Array> = {};
  for (const key of Object.keys(raw.percentiles).sort(comparePercentileKeys)) {
    percentiles[key] = fit(raw.percentiles[key] ?? []);
  }
  const nulls = (): Float64Array => new Float64Array(n).fill(NaN);
  const aggregated = {
    method: null,
    name: 'Aggregated',
    timestampsS: Float64Array.from(timestampsS),
    userCount: fit(raw.userCount),
    rps: fit(raw.rps),
    failuresPerS: fit(raw.failuresPerS),
    percentiles,
    totalRequests: nulls(),
    totalFailures: nulls(),
    totalMedianMs: nulls(),
    totalAvgMs: nulls(),
    totalMinMs: nulls(),
    totalMaxMs: nulls(),
    totalAvgSizeBytes: nulls(),
  };
  if (ragged) warnings.push(`Chart series have different lengths; aligned to ${n} time points.`);
  return {
    source: 'html',
    points: n,
    percentileWindow: 'current-window',
    semanticsNote: HTML_SEMANTICS_NOTE,
    fullHistory: false,
    aggregated,
    endpoints: [],
    resetsAtS: [],
  };
}

/** Peak user count over the chart points; null without any. */
export function peakUsers(history: HistoryData | undefined): number | null {
  let peak: number | null = null;
  for (const u of history ? columnValues(history.aggregated.userCount) : []) {
    if (u !== null && (peak === null || u > peak)) peak = u;
  }
  return peak;
}
