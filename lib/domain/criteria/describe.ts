// Criteria in words, as a review meeting reads them: "Success rate ≥ 97.00%", "p95 < 3,000 ms",
// "Median ≤ +10% vs baseline (or within 50 ms)". Fractions 0..1 shown as percentages, times in ms.
import { formatChange, formatCount, formatMs, formatPercent, formatRate } from '../format/format';
import type { Criterion } from './types';

const NAMED: Record<string, string> = {
  successRate: 'Success rate',
  failureRate: 'Failure rate',
  failures: 'Failures',
  requests: 'Requests',
  rps: 'Throughput',
  goodputRps: 'Goodput (successful req/s)',
  medianMs: 'Median',
  avgMs: 'Average',
  maxMs: 'Max',
};

export function metricLabel(metric: string): string {
  return NAMED[metric] ?? metric.replace(/^p(.+)Ms$/, 'p$1');
}

/** aggregate -> "all requests"; endpoint:POST /login -> "POST /login"; group:/api/ -> "/api/* (group)". */
export function scopeLabel(scope: string): string {
  if (scope === 'aggregate') return 'all requests';
  if (scope.startsWith('endpoint:')) return scope.slice('endpoint:'.length);
  if (scope.startsWith('group:')) return `${scope.slice('group:'.length)}* (group)`;
  return scope;
}

/** An absolute value of the metric with its unit. */
export function formatMetricValue(metric: string, value: number | null): string {
  if (metric === 'successRate' || metric === 'failureRate') return formatPercent(value);
  if (metric === 'rps' || metric === 'goodputRps') return formatRate(value);
  if (metric === 'failures' || metric === 'requests') return formatCount(value);
  return formatMs(value);
}

const OPS: Record<Criterion['op'], string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '==': '=' };

/** The target side: "≥ 97.00%", "< 3,000 ms", "≤ +10% vs baseline (or within 50 ms)". */
export function targetText(c: Criterion): string {
  const extra = [
    c.floorMs !== undefined ? `or within ${formatMs(c.floorMs)}` : null,
    c.minRequests !== undefined ? `judged from ${formatCount(c.minRequests)} requests` : null,
  ].filter(Boolean);
  const suffix = extra.length > 0 ? ` (${extra.join('; ')})` : '';
  if (c.relative === 'baseline') return `${OPS[c.op]} ${formatChange(c.target, 1)} vs baseline${suffix}`;
  return `${OPS[c.op]} ${formatMetricValue(c.metric, c.target)}${suffix}`;
}

/** The measured side: the value, or for relative criteria the change against the baseline. */
export function currentText(c: Pick<Criterion, 'metric' | 'relative'>, current: number | null): string {
  return c.relative === 'baseline' ? formatChange(current, 1) : formatMetricValue(c.metric, current);
}

/** One line: "p95 of all requests < 3,000 ms". */
export function criterionText(c: Criterion): string {
  return (
    `${metricLabel(c.metric)} of ${scopeLabel(c.scope)} ${targetText(c)}` +
    `${c.severity === 'should' ? ' (should)' : ''}`
  );
}
