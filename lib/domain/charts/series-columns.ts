// One time series as plain nullable columns (null = unknown), whichever side it comes from:
// the stored run's history (Float64Array, NaN = unknown) or the series API (JSON arrays).
import { columnValues } from '../locust/numbers';
import type { HistoryData, HistorySeries } from '../locust/types';
import { percentileKeyFromColumn } from './percentile-keys';

export type NullableColumn = (number | null)[];

export interface SeriesColumns {
  /** Unix epoch seconds. */
  timestampsS: NullableColumn;
  userCount: NullableColumn;
  /** Per second. */
  rps: NullableColumn;
  failuresPerS: NullableColumn;
  /** Percentile key ("95", "99.9") -> ms. */
  percentiles: Record<string, NullableColumn>;
}

export function columnsFromHistory(series: HistorySeries): SeriesColumns {
  const percentiles: Record<string, NullableColumn> = {};
  for (const [key, column] of Object.entries(series.percentiles)) percentiles[key] = columnValues(column);
  return {
    timestampsS: columnValues(series.timestampsS),
    userCount: columnValues(series.userCount),
    rps: columnValues(series.rps),
    failuresPerS: columnValues(series.failuresPerS),
    percentiles,
  };
}

/** A run's aggregated time series as plain columns, with the window its percentiles are over. */
export interface RunHistoryColumns {
  percentileWindow: 'current-window' | 'cumulative';
  /** Why the percentile window is what it is, for this run's Locust era. */
  semantics: string;
  columns: SeriesColumns;
}

/** A run's aggregated history as plain columns; null without history. */
export function runHistoryColumns(history: HistoryData | null): RunHistoryColumns | null {
  if (!history) return null;
  const { percentileWindow, semanticsNote: semantics, aggregated } = history;
  return { percentileWindow, semantics, columns: columnsFromHistory(aggregated) };
}

/** Columns of `GET /api/runs/:id/series?name=…` (percentiles named "p50", "p99.9"). */
export function columnsFromApi(columns: Record<string, NullableColumn | undefined>): SeriesColumns {
  const length = columns.timestampsS?.length ?? 0;
  const orNulls = (c: NullableColumn | undefined): NullableColumn => c ?? new Array<number | null>(length).fill(null);
  const percentiles: Record<string, NullableColumn> = {};
  for (const [name, column] of Object.entries(columns)) {
    const key = percentileKeyFromColumn(name);
    if (key !== null && column) percentiles[key] = column;
  }
  return {
    timestampsS: orNulls(columns.timestampsS),
    userCount: orNulls(columns.userCount),
    rps: orNulls(columns.rps),
    failuresPerS: orNulls(columns.failuresPerS),
    percentiles,
  };
}
