// The banner at the top of the compare page: the target run against the baseline in a few
// sentences a review meeting can read ("P95 4,200 ms vs 1,900 ms (+121%), goodput +39% for 2× users:
// saturated (−30% against linear from 20 to 40 users)"). Statuses mean what they say: improved is not
// "OK", inconclusive is neither good nor bad, and what must be read first (headlineNotes) comes first.
import { STATUS_RANK } from '../analysis/summary-judge';
import type { Comparison, Status } from '../analysis/types';
import { ALPHA, endpointLabel, formatMetricValue, formatPValue, listWords } from './metric-format';
import { runNames } from './runs';
import { flaggedPhrase, metricPhrase, rowOf, throughputPhrase } from './verdict-phrases';

export { metricPhrase, throughputPhrase } from './verdict-phrases';

export interface Verdict {
  status: Status;
  baselineName: string;
  targetName: string;
  /** "40 users vs 20 users: critical regression". */
  title: string;
  /** The one sentence to read aloud: P95 then goodput and scaling. */
  headline: string;
  /** Supporting facts: flagged metrics (with their reasons), inconclusive and improved ones, success rate,
   *  new failures. */
  facts: string[];
  /** Endpoints that had no failures in the baseline and some in the target. */
  newFailures: { label: string; significant: boolean }[];
  /** What must be read before the verdict (Comparison.headlineNotes): every request failed, identical inputs, … */
  notes: string[];
}

export function worstStatus(rows: readonly { status: Status }[]): Status {
  return rows.reduce<Status>((worst, r) => (STATUS_RANK[r.status] > STATUS_RANK[worst] ? r.status : worst), 'ok');
}

/** The worst status; `improved` when nothing is worse or inconclusive and something improved. */
export function verdictStatus(rows: readonly { status: Status }[]): Status {
  const worst = worstStatus(rows);
  return worst === 'ok' && rows.some((r) => r.status === 'improved') ? 'improved' : worst;
}

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function titleOf(c: Comparison, status: Status, pair: string): string {
  const flagged = c.summary.filter((r) => r.status === status);
  if (status === 'critical' || status === 'warning') {
    // Only the scaling row is flagged: say what is wrong (the target itself did not regress).
    const curve = c.scalingCurve;
    if (c.scaling && curve && curve.points.length > 1 && flagged.every((r) => r.metric === 'goodputRps')) {
      const [lo, hi] = [curve.points[0]!.users, curve.points[curve.points.length - 1]!.users];
      return `${pair}: ${status} — goodput scaling ${curve.verdict} from ${lo} to ${hi} users`;
    }
    return status === 'critical' ? `${pair}: critical regression` : `${pair}: worse, within warning limits`;
  }
  if (status === 'inconclusive') {
    const changes = flagged.length === 1 ? '1 change' : `${flagged.length} changes`;
    return `${pair}: no confirmed regression; ${changes} inconclusive`;
  }
  if (status === 'improved') return `${pair}: improved, no regression beyond the thresholds`;
  return `${pair}: no regression beyond the thresholds`;
}

export function verdictOf(c: Comparison): Verdict {
  const names = runNames(c);
  const b = c.baselineIndex;
  const t = c.targetIndex;
  const baselineName = names[b] as string;
  const targetName = names[t] as string;
  const status = verdictStatus(c.summary);
  const title = titleOf(c, status, `${targetName} vs ${baselineName}`);

  const p95 = rowOf(c, 'p95Ms');
  const latency = p95 && p95.change !== null ? p95 : rowOf(c, 'medianMs');
  const parts = [
    latency && latency.change !== null ? metricPhrase(latency, b, t, c) : null,
    throughputPhrase(c),
  ].filter((p): p is string => p !== null);
  const headline =
    parts.length > 0 ? `${capitalize(parts.join(', '))}.` : 'No comparable latency or throughput figures.';

  const facts: string[] = [];
  for (const level of ['critical', 'warning'] as const) {
    const rows = c.summary.filter((r) => r.status === level);
    if (rows.length > 0) facts.push(`${capitalize(level)}: ${rows.map((r) => flaggedPhrase(r, c)).join(', ')}.`);
  }
  const unsure = c.summary.filter((r) => r.status === 'inconclusive');
  if (unsure.length > 0) {
    const each = unsure.map((r) => `${flaggedPhrase(r, c)} — ${r.reason}`);
    facts.push(`Inconclusive (the data cannot confirm these): ${each.join('; ')}.`);
  }
  const better = c.summary.filter((r) => r.status === 'improved');
  if (better.length > 0) facts.push(`Improved: ${better.map((r) => flaggedPhrase(r, c)).join(', ')}.`);
  const success = rowOf(c, 'successRate');
  const [sb, st] = [success?.values[b] ?? null, success?.values[t] ?? null];
  if (success && sb !== null && sb === st) {
    facts.push(`Success rate unchanged at ${formatMetricValue('successRate', sb)}.`);
  } else if (success && success.change !== null) {
    const p = success.pValue;
    const real = p === null ? '' : `; ${p < ALPHA ? 'significant' : 'not significant'}, ${formatPValue(p)}`;
    facts.push(`${capitalize(metricPhrase(success, b, t)).replace(/\)$/, `${real})`)}.`);
  }
  // Judged on the Holm-adjusted p-value: many endpoints are tested at once.
  const fresh = c.endpoints.filter((e) => e.newFailures);
  const newFailures = fresh.map((e) => ({
    label: endpointLabel(e.method, e.name),
    significant: !e.insufficientData && e.failurePValueAdjusted !== null && e.failurePValueAdjusted < ALPHA,
  }));
  if (newFailures.length === 0) {
    facts.push('No endpoint started failing.');
  } else {
    const sig = newFailures.filter((n) => n.significant).length;
    const real = `${sig === 0 ? 'none' : sig === newFailures.length ? 'all' : sig} statistically significant`;
    const what = `${newFailures.length === 1 ? '1 endpoint' : `${newFailures.length} endpoints`} with new failures`;
    facts.push(`${what} (${real}): ${listWords(newFailures.map((n) => n.label))}.`);
  }
  return { status, baselineName, targetName, title, headline, facts, newFailures, notes: [...(c.headlineNotes ?? [])] };
}
