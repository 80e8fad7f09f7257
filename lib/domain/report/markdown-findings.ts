// "Failures by area" of the Markdown report: endpoint groups, endpoints with failures (rates per
// request, Holm-adjusted "Real?"), failure messages by rate per request of their endpoint, how
// concentrated the failures are, and which endpoints explain the change in the failure count.
import { formatCount, formatMs, formatPercent } from '../format/format';
import { mdText } from '../format/markdown-text';
import type { FailureDiff } from '../analysis/failure-diff';
import { arrow, endpointName, failureCell, signedCount, STATUS, tableHead, tableRow } from './markdown-cells';
import { pText } from '../analysis/significance';
import { DEFAULT_THRESHOLDS } from '../analysis/thresholds';
import type { Comparison, EndpointComparison } from '../analysis/types';

const TOP = 15;
const MESSAGES = 20;
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
  const out = [
    '',
    '### Endpoint groups',
    '',
    tableRow([
      'Group',
      `Requests (${arrow(names[base]!, names[target]!)})`,
      'Failures',
      'Failure rate',
      'Average',
      'Max endpoint P95',
    ]),
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const g of groups) {
    const [b, t] = [g.runs[base], g.runs[target]];
    out.push(
      tableRow([
        mdText(g.name),
        arrow(formatCount(b?.requests), formatCount(t?.requests)),
        arrow(formatCount(b?.failures), formatCount(t?.failures)),
        arrow(formatPercent(b?.failureRate), formatPercent(t?.failureRate)),
        arrow(formatMs(b?.avgMs), formatMs(t?.avgMs)),
        arrow(formatMs(b?.maxEndpointP95Ms), formatMs(t?.maxEndpointP95Ms)),
      ]),
    );
  }
  out.push(
    '',
    '_Group P95 is the largest endpoint P95 (percentiles cannot be merged: an upper bound); ' + 'averages are exact._',
  );
  return out;
}

function endpointsMarkdown(c: Comparison, names: string[]): string[] {
  const failing = c.endpoints.filter((e) => e.runs.some((r) => r !== null && r.failures > 0));
  if (failing.length === 0) return ['', 'No endpoint recorded a failure in any run.'];
  const growth = (e: EndpointComparison) => e.failureRateChange ?? -1;
  failing.sort((a, b) => Number(b.newFailures) - Number(a.newFailures) || growth(b) - growth(a));
  const out = ['', '### Endpoints with failures', '', ...tableHead('Endpoint', names, ['Change', 'Status', 'Real?'])];
  for (const e of failing.slice(0, TOP)) {
    const name = `${endpointName(e)}${e.newFailures ? ' 🆕' : ''}`;
    const runs = c.runs.map((_, i) => failureCell(e, i));
    out.push(tableRow([name, ...runs, points(e.failureRateChange), STATUS[e.failureStatus], realText(e)]));
  }
  if (failing.length > TOP) out.push('', `…and ${failing.length - TOP} more.`);
  out.push(
    '',
    '_Failures / requests (failure rate per request). Change: target minus baseline rate. ' +
      'Real?: the Holm-adjusted p-value of the rate change._',
  );
  return out;
}

const ORDER: Record<NonNullable<FailureDiff['status']>, number> = {
  new: 0,
  grown: 1,
  shrunk: 2,
  resolved: 3,
  'not-comparable': 4,
  same: 5,
};

function diffStatusText(d: FailureDiff, c: Comparison, names: string[]): string {
  if (d.status !== 'not-comparable') return d.status ?? '—';
  const absent = d.rates[c.baselineIndex] === null ? names[c.baselineIndex] : names[c.targetIndex];
  return `not comparable (${absent} never called it)`;
}

/** "5 (4.81%)": occurrences and their share of the endpoint's requests in run i. */
function messageCell(d: FailureDiff, i: number): string {
  if (d.occurrences[i] == null && d.rates[i] == null) return '—';
  return `${formatCount(d.occurrences[i] ?? 0)} (${formatPercent(d.rates[i] ?? null)})`;
}

function messagesMarkdown(c: Comparison, names: string[]): string[] {
  const [base, target] = [c.baselineIndex, c.targetIndex];
  const changed = c.failureDiffs.filter((d) => d.status !== null && d.status !== 'same');
  if (changed.length === 0) return [];
  const rate = (d: FailureDiff) => d.rates[target] ?? d.rates[base] ?? 0;
  changed.sort((a, b) => ORDER[a.status!] - ORDER[b.status!] || rate(b) - rate(a));
  const out = [
    '',
    '### Failure messages',
    '',
    tableRow(['Status', 'Endpoint', 'Error', names[base]!, names[target]!, 'Kind']),
    '|---|---|---|---:|---:|---|',
  ];
  for (const d of changed.slice(0, MESSAGES)) {
    const kind = d.statusCode !== null ? `${d.category} (${d.statusCode})` : d.category;
    const error = mdText(d.example.slice(0, 120));
    const status = diffStatusText(d, c, names);
    out.push(tableRow([status, endpointName(d), error, messageCell(d, base), messageCell(d, target), kind]));
  }
  if (changed.length > MESSAGES) out.push('', `…and ${changed.length - MESSAGES} more.`);
  out.push(
    '',
    "_Occurrences (share of the endpoint's requests): grown / shrunk when that rate changed by 25% or " +
      'more; "not comparable" when a run never called the endpoint._',
  );
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
  const total = arrow(formatCount(fa.failures.baseline), formatCount(fa.failures.target));
  const out = [
    '',
    `### What explains the change in the failure count (${total})`,
    '',
    '| Endpoint | Change in failures | Share |',
    '|---|---:|---:|',
  ];
  for (const e of fa.endpoints.slice(0, 10)) {
    out.push(tableRow([endpointName(e), signedCount(e.change), formatPercent(e.share, 1)]));
  }
  return out;
}

export function failuresMarkdown(c: Comparison, names: string[]): string[] {
  return [
    '',
    '## Failures by area',
    ...groupsMarkdown(c, names),
    ...endpointsMarkdown(c, names),
    ...messagesMarkdown(c, names),
    ...concentrationMarkdown(c, names),
    ...attributionMarkdown(c),
  ];
}
