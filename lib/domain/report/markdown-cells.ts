// Cells shared by the Markdown report's sections: run and endpoint names, headline values (a value
// at a latency ceiling is a lower bound: "≥ 9,000 ms"), changes, and statuses with their reason when
// the change and the status point different ways. Every text from the data goes through mdText.
import { formatChange, formatCount, formatMs, formatPercent, formatRate } from '../format/format';
import { mdText } from '../format/markdown-text';
import { AT_CEILING } from '../analysis/latency-ceiling';
import type { Comparison, EndpointComparison, Status, SummaryMetric, SummaryRow } from '../analysis/types';

export const LABELS: Record<SummaryMetric, string> = {
  successRate: 'Success rate',
  failures: 'Failures',
  requests: 'Requests',
  rps: 'Throughput (all requests)',
  goodputRps: 'Goodput (successful req/s)',
  medianMs: 'Median',
  p75Ms: 'P75',
  p90Ms: 'P90',
  p95Ms: 'P95',
  p99Ms: 'P99',
  maxMs: 'Max',
};

export const STATUS: Record<Status, string> = {
  improved: '✅ Improved',
  ok: 'OK',
  warning: '⚠️ Warning',
  critical: '❌ Critical',
  inconclusive: '❔ Inconclusive',
};

/** Higher is better (+1), lower is better (−1), neither (0: the count of requests depends on the duration). */
const BETTER: Record<SummaryMetric, 1 | -1 | 0> = {
  successRate: 1,
  failures: -1,
  requests: 0,
  rps: 1,
  goodputRps: 1,
  medianMs: -1,
  p75Ms: -1,
  p90Ms: -1,
  p95Ms: -1,
  p99Ms: -1,
  maxMs: -1,
};

/** A change in the worse direction at least this large (relative; success rate: half a point) "looks bad":
 *  with an OK or improved status, its reason is shown beside the status. */
export const LOOKS_BAD_CHANGE = 0.1;
export const LOOKS_BAD_POINTS = 0.005;

const isLatency = (m: SummaryMetric) => m.endsWith('Ms');

export const runName = (c: Comparison, i: number): string => {
  const r = c.runs[i];
  return mdText(r?.label ?? (r?.userCount != null ? `${r.userCount} users` : `Run ${i + 1}`));
};

export const endpointName = (e: { method: string | null; name: string }): string =>
  mdText(`${e.method ? `${e.method} ` : ''}${e.name}`);

/** Is run i's value of a latency row at that run's latency ceiling (a lower bound)? */
export function atCeiling(c: Comparison, row: SummaryRow, i: number): boolean {
  if (!isLatency(row.metric)) return false;
  if (row.atCeiling && i === c.baselineIndex) return row.atCeiling.baseline;
  if (row.atCeiling && i === c.targetIndex) return row.atCeiling.target;
  const ceiling = c.latencyCeilingsMs[i] ?? null;
  const v = row.values[i] ?? null;
  return ceiling !== null && v !== null && v >= AT_CEILING * ceiling;
}

export function metricValue(metric: SummaryMetric, v: number | null): string {
  if (metric === 'successRate') return formatPercent(v);
  if (metric === 'failures' || metric === 'requests') return formatCount(v);
  if (metric === 'rps' || metric === 'goodputRps') return formatRate(v);
  return formatMs(v);
}

/** Run i's value of a headline row; "≥ 9,000 ms" at a latency ceiling. */
export function rowValue(c: Comparison, row: SummaryRow, i: number): string {
  const text = metricValue(row.metric, row.values[i] ?? null);
  return atCeiling(c, row, i) ? `≥ ${text}` : text;
}

export function rowChange(row: SummaryRow): string {
  if (row.change === null) return '—';
  if (row.metric === 'successRate') return `${row.change >= 0 ? '+' : '−'}${Math.abs(row.change * 100).toFixed(2)} pts`;
  return formatChange(row.change);
}

/** Why the status says something the change alone does not: a good-looking change with a bad status,
 *  a bad-looking one judged OK, anything inconclusive, a ceiling or a criterion limit. */
export function needsReason(row: SummaryRow): boolean {
  if (row.status === 'inconclusive' || row.beyondCriterion) return true;
  if (row.atCeiling?.target || row.atCeiling?.baseline) return true;
  const dir = BETTER[row.metric];
  if (row.change === null || dir === 0 || row.change === 0) return false;
  const better = Math.sign(row.change) === dir;
  if (better) return row.status === 'warning' || row.status === 'critical';
  const size = Math.abs(row.change);
  const big = row.metric === 'successRate' ? size >= LOOKS_BAD_POINTS : size >= LOOKS_BAD_CHANGE;
  return big && (row.status === 'ok' || row.status === 'improved');
}

export function rowStatus(row: SummaryRow): string {
  return needsReason(row) && row.reason ? `${STATUS[row.status]} — ${mdText(row.reason)}` : STATUS[row.status];
}

/** One table row of a headline metric: label, each run's value, change, status (with reason). */
export function rowLine(c: Comparison, row: SummaryRow, label = LABELS[row.metric]): string {
  const values = c.runs.map((_, i) => rowValue(c, row, i));
  return `| ${label} | ${values.join(' | ')} | ${rowChange(row)} | ${rowStatus(row)} |`;
}

/** Header and alignment rows: numbers right-aligned, the Status and Real? columns left. */
export function tableHead(first: string, names: string[], rest: string[]): string[] {
  const align = (col: string) => (col === 'Status' || col === 'Real?' ? '---' : '---:');
  return [`| ${first} | ${[...names, ...rest].join(' | ')} |`, `|---|${[...names, ...rest].map(align).join('|')}|`];
}

/** Endpoint run figures "2/71 (2.82%)": failures of requests and the rate per request; "—" when absent. */
export function failureCell(e: EndpointComparison, i: number): string {
  const r = e.runs[i];
  return r ? `${formatCount(r.failures)}/${formatCount(r.requests)} (${formatPercent(r.failureRate)})` : '—';
}

/** One table row from its cells. */
export const tableRow = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

/** "a → b" of two formatted values. */
export const arrow = (a: string, b: string): string => `${a} → ${b}`;

/** A signed count: +5, −2, 0. */
export const signedCount = (n: number): string => (n > 0 ? `+${formatCount(n)}` : n < 0 ? `−${formatCount(-n)}` : '0');
