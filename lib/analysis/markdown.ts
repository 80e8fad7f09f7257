// The comparison as a Markdown report, numbers formatted as people write them (1,200 ms; 91.72%;
// +567%), readable in a pull request or a wiki.
import { formatChange, formatCount, formatMs, formatPercent, formatRate } from '../format/format';
import { mdText } from '../format/markdown-text';
import { findingsMarkdown } from './markdown-findings';
import { scalingMarkdown } from './markdown-scaling';
import { pText } from './significance';
import type { Comparison, EndpointComparison, SummaryRow } from './types';

const LABELS: Record<SummaryRow['metric'], string> = {
  successRate: 'Success rate', failures: 'Failures', requests: 'Requests', rps: 'Throughput (all requests)',
  goodputRps: 'Goodput (successful req/s)', medianMs: 'Median',
  p75Ms: 'P75', p90Ms: 'P90', p95Ms: 'P95', p99Ms: 'P99', maxMs: 'Max',
};
const STATUS: Record<SummaryRow['status'], string> = {
  improved: '✅ Improved', ok: 'OK', warning: '⚠️ Warning', critical: '❌ Critical', inconclusive: '❔ Inconclusive',
};
const TOP = 15;

function value(metric: SummaryRow['metric'], v: number | null): string {
  if (metric === 'successRate') return formatPercent(v);
  if (metric === 'failures' || metric === 'requests') return formatCount(v);
  if (metric === 'rps' || metric === 'goodputRps') return formatRate(v);
  return formatMs(v);
}

function change(row: SummaryRow): string {
  if (row.change === null) return '—';
  if (row.metric === 'successRate') return `${row.change >= 0 ? '+' : '−'}${Math.abs(row.change * 100).toFixed(2)} pts`;
  return formatChange(row.change);
}

// Every text from the data goes through mdText (names, labels, messages, warnings, evidence).
const runName = (c: Comparison, i: number) => {
  const r = c.runs[i];
  return mdText(r?.label ?? (r?.userCount != null ? `${r.userCount} users` : `Run ${i + 1}`));
};
const endpointName = (e: EndpointComparison) => mdText(`${e.method ? `${e.method} ` : ''}${e.name}`);

export function comparisonMarkdown(c: Comparison): string {
  const names = c.runs.map((_, i) => runName(c, i));
  const last = c.targetIndex;
  const lines: string[] = [`# Load test comparison: ${names.join(' vs ')}`, ''];
  lines.push(`Baseline: **${names[c.baselineIndex]}**. Changes are ${names[last]} against the baseline.`, '');
  lines.push('## Headline', '', `| Metric | ${names.join(' | ')} | Change | Status |`, `|---|${names.map(() => '---:').join('|')}|---:|---|`);
  for (const row of c.summary) {
    lines.push(`| ${LABELS[row.metric]} | ${row.values.map((v) => value(row.metric, v)).join(' | ')} | ${change(row)} | ${STATUS[row.status]} |`);
  }
  const evidence = c.summary.filter((r) => r.real !== undefined && r.real !== null);
  if (evidence.length > 0) {
    lines.push('', ...evidence.map((r) => `- ${LABELS[r.metric]}: ${mdText(r.evidence ?? '')}.`));
  }
  if (c.scaling) {
    const s = c.scaling;
    lines.push('', '## Scaling', '', `${mdText(s.reason)}. Linear scaling of goodput would give ${formatRate(s.expectedGoodputRps)}; actual ${formatRate(s.actualGoodputRps)} (${formatChange(s.goodputGap)}). Scaling across the runs: **${s.verdict}**.`);
  }
  const failing = c.endpoints.filter((e) => e.runs.some((r) => r !== null && r.failures > 0));
  if (failing.length > 0) {
    failing.sort((a, b) => (b.failureRateChange ?? -1) - (a.failureRateChange ?? -1));
    lines.push('', '## Endpoints with failures', '', `| Endpoint | ${names.map((n) => `${n} failures`).join(' | ')} | Failure rate (${names[last]}) | Real? |`, `|---|${names.map(() => '---:').join('|')}|---:|---|`);
    for (const e of failing.slice(0, TOP)) {
      const p = e.failurePValueAdjusted;
      const real = e.insufficientData ? 'insufficient data' : p === null ? '—' : p < 0.05 ? `yes (${pText(p)})` : `inconclusive (${pText(p)})`;
      lines.push(`| ${endpointName(e)}${e.newFailures ? ' 🆕' : ''} | ${e.runs.map((r) => (r ? `${formatCount(r.failures)}/${formatCount(r.requests)}` : '—')).join(' | ')} | ${formatPercent(e.runs[last]?.failureRate ?? null)} | ${real} |`);
    }
    if (failing.length > TOP) lines.push('', `…and ${failing.length - TOP} more.`);
  }
  const slower = c.endpoints.filter((e) => e.p95Change !== null).sort((a, b) => (b.p95Change as number) - (a.p95Change as number)).slice(0, TOP);
  if (slower.length > 0) {
    lines.push('', '## Latency by endpoint (largest P95 growth first)', '', `| Endpoint | Median | P95 | P95 change |`, '|---|---:|---:|---:|');
    for (const e of slower) {
      const b = e.runs[c.baselineIndex];
      const l = e.runs[last];
      lines.push(`| ${endpointName(e)} | ${formatMs(b?.medianMs)} → ${formatMs(l?.medianMs)} | ${formatMs(b?.p95Ms)} → ${formatMs(l?.p95Ms)} | ${formatChange(e.p95Change)} |`);
    }
  }
  lines.push(...scalingMarkdown(c), ...findingsMarkdown(c, names));
  if (c.warnings.length > 0) lines.push('', '## Before drawing conclusions', '', ...c.warnings.map((w) => `- ${mdText(w)}`));
  lines.push('', '_Percentiles are Locust\'s bucketed values (about two significant digits). Failure-rate changes are tested with a two-proportion or Fisher exact test, Holm-adjusted across endpoints; "insufficient data" means fewer than the minimum requests in a run. ' + mdText(c.statisticsNote) + '_', '');
  return lines.join('\n');
}
