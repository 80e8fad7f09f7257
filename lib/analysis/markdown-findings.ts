// "Failures by area" of the Markdown report: endpoint groups, endpoints with failures (rates per
// request, Holm-adjusted "Real?"), failure messages by rate per request of their endpoint, how
// concentrated the failures are, and which endpoints explain the change in the failure count.
import { formatCount, formatMs, formatPercent } from '../format/format';
import { mdText } from '../format/markdown-text';
import { endpointName, failureCell, STATUS, tableHead } from './markdown-cells';
import { pText } from './significance';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { Comparison, EndpointComparison } from './types';
import type { FailureDiff } from './failure-analysis';

const TOP = 15;
const points = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)} pts`);

/** "yes (p < 0.001)" / "inconclusive (p = 0.062)" / "insufficient data" from the Holm-adjusted p-value. */
export function realText(e: EndpointComparison, alpha = DEFAULT_THRESHOLDS.alpha): string {
  if (e.insufficientData) return 'insufficient data';
  const p = e.failurePValueAdjusted;
  if (p === null) return '—';
  return p < alpha ? `yes (${pText(p)})` : `inconclusive (${pText(p)})`;
}

function groupsMarkdown(c: Comparison, names: string[]): string[] {
  const [base, target] = [c.baselineIndex, c.targetIndex];
  const groups = c.groups.filter((g) => g.runs[base] || g.runs[target]);
  if (groups.length <= 1) return [];
  const arrow = `(${names[base]} → ${names[target]})`;
  const out = ['', '### Endpoint groups', '', `| Group | Requests ${arrow} | Failures | Failure rate | Average | Max endpoint P95 |`, '|---|---:|---:|---:|---:|---:|'];
  for (const g of groups) {
    const [b, t] = [g.runs[base], g.runs[target]];
    out.push(`| ${mdText(g.name)} | ${formatCount(b?.requests)} → ${formatCount(t?.requests)} | ${formatCount(b?.failures)} → ${formatCount(t?.failures)} | ${formatPercent(b?.failureRate)} → ${formatPercent(t?.failureRate)} | ${formatMs(b?.avgMs)} → ${formatMs(t?.avgMs)} | ${formatMs(b?.maxEndpointP95Ms)} → ${formatMs(t?.maxEndpointP95Ms)} |`);
  }
  out.push('', '_Group P95 is the largest endpoint P95 (percentiles cannot be merged: an upper bound); averages are exact._');
  return out;
}

function endpointsMarkdown(c: Comparison, names: string[]): string[] {
  const failing = c.endpoints.filter((e) => e.runs.some((r) => r !== null && r.failures > 0));
  if (failing.length === 0) return ['', 'No endpoint recorded a failure in any run.'];
  failing.sort((a, b) => Number(b.newFailures) - Number(a.newFailures) || (b.failureRateChange ?? -1) - (a.failureRateChange ?? -1));
  const out = ['', '### Endpoints with failures', '', ...tableHead('Endpoint', names, ['Change', 'Status', 'Real?'])];
  for (const e of failing.slice(0, TOP)) {
    out.push(`| ${endpointName(e)}${e.newFailures ? ' 🆕' : ''} | ${c.runs.map((_, i) => failureCell(e, i)).join(' | ')} | ${points(e.failureRateChange)} | ${STATUS[e.failureStatus]} | ${realText(e)} |`);
  }
  if (failing.length > TOP) out.push('', `…and ${failing.length - TOP} more.`);
  out.push('', '_Failures / requests (failure rate per request). Change: target minus baseline rate. Real?: the Holm-adjusted p-value of the rate change._');
  return out;
}

const ORDER: Record<NonNullable<FailureDiff['status']>, number> = { new: 0, grown: 1, shrunk: 2, resolved: 3, 'not-comparable': 4, same: 5 };

function diffStatusText(d: FailureDiff, c: Comparison, names: string[]): string {
  if (d.status !== 'not-comparable') return d.status ?? '—';
  const absent = d.rates[c.baselineIndex] === null ? names[c.baselineIndex] : names[c.targetIndex];
  return `not comparable (${absent} never called it)`;
}

function messagesMarkdown(c: Comparison, names: string[]): string[] {
  const [base, target] = [c.baselineIndex, c.targetIndex];
  const changed = c.failureDiffs.filter((d) => d.status !== null && d.status !== 'same');
  if (changed.length === 0) return [];
  const rate = (d: FailureDiff) => d.rates[target] ?? d.rates[base] ?? 0;
  changed.sort((a, b) => ORDER[a.status!] - ORDER[b.status!] || rate(b) - rate(a));
  const cell = (d: FailureDiff, i: number) => (d.occurrences[i] == null && d.rates[i] == null ? '—' : `${formatCount(d.occurrences[i] ?? 0)} (${formatPercent(d.rates[i] ?? null)})`);
  const out = ['', '### Failure messages', '', `| Status | Endpoint | Error | ${names[base]} | ${names[target]} | Kind |`, '|---|---|---|---:|---:|---|'];
  for (const d of changed.slice(0, TOP + 5)) {
    const kind = d.statusCode !== null ? `${d.category} (${d.statusCode})` : d.category;
    out.push(`| ${diffStatusText(d, c, names)} | ${endpointName(d)} | ${mdText(d.example.slice(0, 120))} | ${cell(d, base)} | ${cell(d, target)} | ${kind} |`);
  }
  if (changed.length > TOP + 5) out.push('', `…and ${changed.length - TOP - 5} more.`);
  out.push('', '_Occurrences (share of the endpoint\'s requests): grown / shrunk when that rate changed by 25% or more; "not comparable" when a run never called the endpoint._');
  return out;
}

function concentrationMarkdown(c: Comparison, names: string[]): string[] {
  const shown = c.failureConcentration.map((f, i) => ({ f, i })).filter(({ f }) => f.verdict !== 'none');
  if (shown.length === 0) return [];
  return ['', '### Where the failures are', '', ...shown.map(({ f, i }) => `- ${names[i]}: ${mdText(f.evidence)}`)];
}

function attributionMarkdown(c: Comparison): string[] {
  const fa = c.failureAttribution;
  if (fa.totalChange === 0 || fa.endpoints.length === 0) return [];
  const out = ['', `### What explains the change in the failure count (${formatCount(fa.failures.baseline)} → ${formatCount(fa.failures.target)})`, '', '| Endpoint | Change in failures | Share |', '|---|---:|---:|'];
  for (const e of fa.endpoints.slice(0, 10)) out.push(`| ${endpointName(e)} | ${e.change > 0 ? '+' : ''}${formatCount(e.change)} | ${formatPercent(e.share, 1)} |`);
  return out;
}

export function failuresMarkdown(c: Comparison, names: string[]): string[] {
  return [
    '', '## Failures by area',
    ...groupsMarkdown(c, names), ...endpointsMarkdown(c, names), ...messagesMarkdown(c, names),
    ...concentrationMarkdown(c, names), ...attributionMarkdown(c),
  ];
}
