// The percentile overlay: P50..P99.9 and the maximum of every run (aggregated), one series per run.
import { percentileLabel, sortPercentileKeys } from '../../domain/charts/percentile-keys';
import { runKey } from '../../domain/report/runs';

export interface PercentileOverlayRow {
  /** Percentile key ("50", "99.9") or "max". */
  key: string;
  label: string;
  /** ms per run (null where the run lacks it). */
  values: (number | null)[];
}

const LOW = 50;
const HIGH = 99.9;

export function percentileOverlay(
  runs: readonly { percentiles: Record<string, number | null>; maxMs: number | null }[],
): PercentileOverlayRow[] {
  const keys = sortPercentileKeys(runs.flatMap((r) => Object.keys(r.percentiles))).filter(
    (k) => Number(k) >= LOW && Number(k) <= HIGH,
  );
  const known = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? null : v);
  const rows = keys.map((key) => ({
    key,
    label: percentileLabel(key),
    values: runs.map((r) => known(r.percentiles[key])),
  }));
  if (runs.some((r) => known(r.maxMs) !== null))
    rows.push({ key: 'max', label: 'Max', values: runs.map((r) => known(r.maxMs)) });
  return rows;
}

/** Rows for the percentile chart: { label, r0: ms, r1: ms, … }. */
export function percentileChartRows(rows: readonly PercentileOverlayRow[]): Record<string, string | number | null>[] {
  return rows.map((r) => {
    const out: Record<string, string | number | null> = { label: r.label };
    r.values.forEach((v, i) => (out[runKey(i)] = v));
    return out;
  });
}
