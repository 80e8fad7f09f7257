// Endpoint × run heatmap of the P95 change against the baseline: which endpoint regressed in which
// run. Colour steps follow the latency thresholds (±20% steady, +50% critical) so a cell's colour
// and the headline statuses speak the same language; every cell also carries its text.
import { formatChange, formatMs } from '../../domain/format/format';
import type { EndpointView } from './endpoints';
import { relativeChange } from '../../domain/report/metric-format';

export interface HeatCell {
  /** P95 change against the baseline; null when the run or the baseline lacks the endpoint's P95. */
  change: number | null;
  p95Ms: number | null;
  /** Why there is no change: the endpoint is absent from the run, or has no P95. */
  missing: 'absent' | 'no-p95' | 'no-baseline' | null;
}

export interface HeatRow {
  id: string;
  label: string;
  search: string;
  baselineP95: number | null;
  cells: HeatCell[];
  /** Largest absolute log-change across runs (sort key; null without any change). */
  score: number | null;
}

export function heatmapRows(rows: readonly EndpointView[], baseline: number): HeatRow[] {
  return rows
    .map((r) => {
      const base = r.runs[baseline]?.p95Ms ?? null;
      const cells = r.runs.map((run): HeatCell => {
        if (!run) return { change: null, p95Ms: null, missing: 'absent' };
        if (run.p95Ms === null) return { change: null, p95Ms: null, missing: 'no-p95' };
        const change = relativeChange(base, run.p95Ms);
        return { change, p95Ms: run.p95Ms, missing: change === null ? 'no-baseline' : null };
      });
      const changes = cells.map((c) => c.change).filter((c): c is number => c !== null && c > -1);
      const score = changes.length === 0 ? null : Math.max(...changes.map((c) => Math.abs(Math.log1p(c))));
      return { id: r.id, label: r.label, search: r.search, baselineP95: base, cells, score };
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.label.localeCompare(b.label));
}

export interface HeatStep {
  /** Upper bound of the step (exclusive), as a relative change. */
  below: number;
  label: string;
  background: string;
  text: string;
}

/** From much faster (blue) through steady (grey) to much slower (dark red). */
export const HEAT_STEPS: HeatStep[] = [
  { below: -0.5, label: '≤ −50%', background: '#1d4ed8', text: '#ffffff' },
  { below: -0.2, label: '−50% to −20%', background: '#bfdbfe', text: '#1e3a8a' },
  { below: 0.2, label: '±20%', background: '#f1f5f9', text: '#334155' },
  { below: 0.5, label: '+20% to +50%', background: '#fde68a', text: '#78350f' },
  { below: 1, label: '+50% to +100%', background: '#fb923c', text: '#431407' },
  { below: 3, label: '+100% to +300%', background: '#dc2626', text: '#ffffff' },
  { below: Infinity, label: '≥ +300%', background: '#7f1d1d', text: '#ffffff' },
];

export function heatStep(change: number): HeatStep {
  // Steps are closed on the steady side: exactly −20% and +20% count as steady.
  if (Math.abs(change) <= 0.2 + 1e-12) return HEAT_STEPS[2] as HeatStep;
  return HEAT_STEPS.find((s) => change < s.below) ?? (HEAT_STEPS[HEAT_STEPS.length - 1] as HeatStep);
}

/** What a screen reader and the tooltip say about a cell. */
export function heatCellLabel(row: Pick<HeatRow, 'label' | 'baselineP95'>, cell: HeatCell, runName: string): string {
  if (cell.missing === 'absent') return `${row.label}, ${runName}: not in this run`;
  if (cell.missing === 'no-p95') return `${row.label}, ${runName}: no P95`;
  if (cell.missing === 'no-baseline')
    return `${row.label}, ${runName}: P95 ${formatMs(cell.p95Ms)}; the baseline has no P95 to compare with`;
  return (
    `${row.label}, ${runName}: P95 ${formatMs(cell.p95Ms)} vs ${formatMs(row.baselineP95)} in the baseline ` +
    `(${formatChange(cell.change)})`
  );
}

/** Short cell text: "+45%", "−12%", "0%", "+12×" beyond +999%. */
export function heatCellText(change: number): string {
  if (change >= 9.995) return `×${Number((change + 1).toFixed(0))}`;
  return formatChange(change);
}
