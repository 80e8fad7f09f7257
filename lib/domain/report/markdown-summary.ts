// The executive summary (the runs, their users and durations, and the headline table) and the
// percentiles table of the Markdown report, as the seed report has them.
import { formatCount, formatDuration, formatPercent } from '../format/format';
import { mdText } from '../format/markdown-text';
import { provenanceLine } from '../locust/provenance';
import { atCeiling, LABELS, rowLine, runName, tableHead } from './markdown-cells';
import type { Comparison, SummaryMetric, SummaryRow } from '../analysis/types';

/** The seed's "critical findings" rows; every percentile is in the percentiles table. */
const HEADLINE: SummaryMetric[] = [
  'successRate',
  'failures',
  'requests',
  'rps',
  'goodputRps',
  'medianMs',
  'p95Ms',
  'maxMs',
];
const PERCENTILES: SummaryMetric[] = ['medianMs', 'p75Ms', 'p90Ms', 'p95Ms', 'p99Ms', 'maxMs'];
const PERCENTILE_LABELS: Partial<Record<SummaryMetric, string>> = { medianMs: 'P50 (median)' };

const rowsOf = (c: Comparison, metrics: SummaryMetric[]) =>
  metrics.flatMap((m) => c.summary.filter((r) => r.metric === m));

/** The run's duration in s when the comparison carries it (Comparison.runs[].durationS), else null. */
function durationOf(run: Comparison['runs'][number] | undefined): number | null {
  if (run === undefined || !('durationS' in run)) return null;
  return typeof run.durationS === 'number' ? run.durationS : null;
}

function role(c: Comparison, i: number): string {
  if (i === c.baselineIndex) return 'baseline';
  if (i === c.targetIndex) return 'target (changes below are its)';
  return 'compared';
}

const ORIGIN_HEAD = ' Branch @ commit · environment |';

export function executiveSummaryMarkdown(c: Comparison, names: string[]): string[] {
  const value = (m: SummaryMetric, i: number) => c.summary.find((r) => r.metric === m)?.values[i] ?? null;
  const out = ['', '## Executive summary', ''];
  out.push(`Baseline: **${names[c.baselineIndex]}**. Changes are ${names[c.targetIndex]} against the baseline.`, '');
  // Where each run came from (branch @ commit · environment), only when an uploader said it for some run.
  const origins = c.runs.map((r) => provenanceLine(r));
  const withOrigin = origins.some((o) => o !== null);
  out.push(
    `| Run | Role | Users | Duration | Requests | Success rate |${withOrigin ? ORIGIN_HEAD : ''}`,
    `|---|---|---:|---:|---:|---:|${withOrigin ? '---|' : ''}`,
  );
  c.runs.forEach((r, i) => {
    const users = r.userCount === null ? '—' : formatCount(r.userCount);
    const cells = [
      names[i],
      role(c, i),
      users,
      formatDuration(durationOf(r)),
      formatCount(value('requests', i)),
      formatPercent(value('successRate', i)),
      ...(withOrigin ? [origins[i] === null ? '—' : mdText(origins[i] as string)] : []),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  });
  out.push('', ...tableHead('Metric', names, ['Change', 'Status']));
  for (const row of rowsOf(c, HEADLINE)) out.push(rowLine(c, row));
  return out;
}

function ceilingNote(c: Comparison, rows: SummaryRow[]): string[] {
  const marked = c.runs.map((_, i) => i).filter((i) => rows.some((r) => atCeiling(c, r, i)));
  if (marked.length === 0) return [];
  // "~" escaped: two of them in one line would be GFM strikethrough.
  const about = (i: number) => formatCount(Math.round((c.latencyCeilingsMs[i] ?? 0) / 100) * 100);
  const where = marked.map((i) => `${runName(c, i)} (\\~${about(i)} ms)`);
  return [
    '',
    `_≥: the value is at the latency ceiling of ${where.join(', ')}, likely a timeout: ` +
      'a lower bound, the real value is higher._',
  ];
}

export function percentilesMarkdown(c: Comparison, names: string[]): string[] {
  const rows = rowsOf(c, PERCENTILES);
  if (rows.length === 0) return [];
  const out = ['', '## Response-time percentiles', '', ...tableHead('Percentile', names, ['Change', 'Status'])];
  for (const row of rows) out.push(rowLine(c, row, PERCENTILE_LABELS[row.metric] ?? LABELS[row.metric]));
  const evidence = rows.filter((r) => r.real !== undefined && r.real !== null && r.evidence);
  if (evidence.length > 0) {
    out.push('', ...evidence.map((r) => `- ${LABELS[r.metric]}: ${mdText(r.evidence as string)}.`));
  }
  return [...out, ...ceilingNote(c, rows)];
}
