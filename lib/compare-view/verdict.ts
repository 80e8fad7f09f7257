// The banner at the top of the compare page: the target run against the baseline in a few
// sentences a review meeting can read ("P95 4,200 ms vs 1,900 ms (+121%), throughput +40% for 2×
// users: saturated").
import type { Comparison, Status, SummaryMetric, SummaryRow } from '../analysis/types';
import { formatChange } from '../format/format';
import { ALPHA, endpointLabel, formatFactor, formatMetricChange, formatMetricValue, formatPValue, listWords, METRIC_LABELS } from './format';
import { runNames } from './runs';

export interface Verdict {
  status: Status;
  baselineName: string;
  targetName: string;
  /** "40 users vs 20 users: critical regression". */
  title: string;
  /** The one sentence to read aloud: P95 then throughput and scaling. */
  headline: string;
  /** Supporting facts: flagged metrics, success rate, new failures. */
  facts: string[];
  /** Endpoints that had no failures in the baseline and some in the target. */
  newFailures: { label: string; significant: boolean }[];
}

const RANK: Record<Status, number> = { improved: 0, ok: 1, inconclusive: 2, warning: 3, critical: 4 };

export function worstStatus(rows: readonly { status: Status }[]): Status {
  return rows.reduce<Status>((worst, r) => (RANK[r.status] > RANK[worst] ? r.status : worst), 'ok');
}

const rowOf = (c: Comparison, m: SummaryMetric) => c.summary.find((r) => r.metric === m);

/** "P95 4,200 ms vs 1,900 ms (+121%)". */
export function metricPhrase(row: SummaryRow, baseline: number, target: number): string {
  const label = row.metric === 'successRate' ? 'success rate' : row.metric === 'medianMs' ? 'median' : row.metric === 'maxMs' ? 'max' : row.metric === 'rps' ? 'throughput' : METRIC_LABELS[row.metric];
  const v = (i: number) => formatMetricValue(row.metric, row.values[i] ?? null);
  return `${label} ${v(target)} vs ${v(baseline)} (${formatMetricChange(row.metric, row.change)})`;
}

/** "throughput +40% for 2× users: saturated"; "throughput −3% at the same load (20 users)". */
export function throughputPhrase(c: Comparison): string | null {
  const rps = rowOf(c, 'rps');
  const base = c.runs[c.baselineIndex];
  const last = c.runs[c.targetIndex];
  const change = rps?.change ?? null;
  const s = c.scaling;
  if (s && base?.userCount && last?.userCount) {
    const factor = formatFactor(last.userCount / base.userCount);
    if (s.verdict === 'unknown' || change === null) return `throughput unknown for ${factor} users`;
    return `throughput ${formatChange(change)} for ${factor} users: ${s.verdict}`;
  }
  if (change === null) return null;
  if (base?.userCount != null && base.userCount === last?.userCount) return `throughput ${formatChange(change)} at the same load (${base.userCount} users)`;
  return `throughput ${formatChange(change)}`;
}

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

export function verdictOf(c: Comparison): Verdict {
  const names = runNames(c);
  const b = c.baselineIndex;
  const t = c.targetIndex;
  const baselineName = names[b] as string;
  const targetName = names[t] as string;
  const status = worstStatus(c.summary);
  const title =
    status === 'critical'
      ? `${targetName} vs ${baselineName}: critical regression`
      : status === 'warning'
        ? `${targetName} vs ${baselineName}: worse, within warning limits`
        : `${targetName} vs ${baselineName}: no regression beyond the thresholds`;

  const latency = rowOf(c, 'p95Ms') && rowOf(c, 'p95Ms')!.change !== null ? rowOf(c, 'p95Ms') : rowOf(c, 'medianMs');
  const parts = [latency && latency.change !== null ? metricPhrase(latency, b, t) : null, throughputPhrase(c)].filter((p): p is string => p !== null);
  const headline = parts.length > 0 ? `${capitalize(parts.join(', '))}.` : 'No comparable latency or throughput figures.';

  const facts: string[] = [];
  for (const level of ['critical', 'warning'] as const) {
    const rows = c.summary.filter((r) => r.status === level);
    if (rows.length > 0) facts.push(`${capitalize(level)}: ${rows.map((r) => flaggedPhrase(r, t)).join(', ')}.`);
  }
  const success = rowOf(c, 'successRate');
  const [sb, st] = [success?.values[b] ?? null, success?.values[t] ?? null];
  if (success && sb !== null && sb === st) {
    facts.push(`Success rate unchanged at ${formatMetricValue('successRate', sb)}.`);
  } else if (success && success.change !== null) {
    const p = success.pValue;
    const real = p === null ? '' : p < ALPHA ? `; significant, ${formatPValue(p)}` : `; not significant, ${formatPValue(p)}`;
    facts.push(`${capitalize(metricPhrase(success, b, t)).replace(/\)$/, `${real})`)}.`);
  }
  const fresh = c.endpoints.filter((e) => e.newFailures);
  const newFailures = fresh.map((e) => ({ label: endpointLabel(e.method, e.name), significant: !e.insufficientData && e.failurePValue !== null && e.failurePValue < ALPHA }));
  if (newFailures.length === 0) {
    facts.push('No endpoint started failing.');
  } else {
    const sig = newFailures.filter((n) => n.significant).length;
    const real = sig === 0 ? 'none statistically significant' : sig === newFailures.length ? 'all statistically significant' : `${sig} statistically significant`;
    const what = newFailures.length === 1 ? '1 endpoint with new failures' : `${newFailures.length} endpoints with new failures`;
    facts.push(`${what} (${real}): ${listWords(newFailures.map((n) => n.label))}.`);
  }
  return { status, baselineName, targetName, title, headline, facts, newFailures };
}

/** "P95 +121%"; throughput under another load is measured against linear scaling instead. */
function flaggedPhrase(r: Comparison['summary'][number], target: number): string {
  const actual = r.values[target] ?? null;
  if (r.metric === 'rps' && r.expected != null && actual !== null && r.expected > 0) {
    return `${METRIC_LABELS[r.metric]} ${formatChange(actual / r.expected - 1)} vs linear scaling`;
  }
  return `${METRIC_LABELS[r.metric]} ${formatMetricChange(r.metric, r.change)}`;
}
