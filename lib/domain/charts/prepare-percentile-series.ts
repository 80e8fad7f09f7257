// Endpoint percentiles -> rows for the percentile chart: one row per percentile (x, in numeric
// order), one value per compared series (y, ms; null where that series lacks the percentile).
import { percentileKeysOf, percentileLabel } from './percentile-keys';

export interface PercentileSource {
  /** Data key of this series in every row. */
  id: string;
  percentiles: Record<string, number | null>;
}

export interface PercentileRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
}

export function preparePercentileSeries(sources: readonly PercentileSource[]): PercentileRow[] {
  return percentileKeysOf(sources).map((key) => {
    const values: Record<string, number | null> = {};
    for (const s of sources) {
      const v = s.percentiles[key];
      values[s.id] = v === undefined || v === null || !Number.isFinite(v) ? null : v;
    }
    return { key, label: percentileLabel(key), values };
  });
}

/** Flattened for Recharts: { label, [id]: ms | null }. */
export function toChartRows(rows: readonly PercentileRow[]): Record<string, string | number | null>[] {
  return rows.map((r) => ({ label: r.label, ...r.values }));
}
