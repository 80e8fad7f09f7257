// One time series as plain nullable columns (null = unknown), whichever side it comes from:
// the stored run's history (Float64Array, NaN = unknown) or the series API (JSON arrays).
import { columnValues } from '../locust/numbers';
import type { HistorySeries } from '../locust/types';
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
