// Markdown sections for the findings beyond the headline: response-time distribution in words,
// endpoint groups, failure messages diffed and how concentrated they are, and attribution.
import { formatCount, formatMs, formatPercent } from '../format/format';
import { mdText } from '../format/markdown-text';
import type { Comparison } from './types';

const TOP = 10;
const cell = mdText;
const who = (method: string | null, name: string) => cell(`${method ? `${method} ` : ''}${name}`);

export function findingsMarkdown(c: Comparison, names: string[]): string[] {
  const lines: string[] = [];
  const base = c.baselineIndex;
  const target = c.targetIndex;
  if (c.distributionWords.length > 0) lines.push('', '## Response-time distribution', '', ...c.distributionWords.map((s) => `- ${mdText(s)}`));

  const groups = c.groups.filter((g) => g.runs[base] || g.runs[target]);
  if (groups.length > 1) {
    lines.push('', '## Endpoint groups', '', `| Group | Requests (${names[base]} → ${names[target]}) | Failure rate | Average | Max endpoint P95 |`, '|---|---:|---:|---:|---:|');
    for (const g of groups) {
      const [b, t] = [g.runs[base], g.runs[target]];
      lines.push(`| ${cell(g.name)} | ${formatCount(b?.requests)} → ${formatCount(t?.requests)} | ${formatPercent(b?.failureRate)} → ${formatPercent(t?.failureRate)} | ${formatMs(b?.avgMs)} → ${formatMs(t?.avgMs)} | ${formatMs(b?.maxEndpointP95Ms)} → ${formatMs(t?.maxEndpointP95Ms)} |`);
    }
    lines.push('', '_Group P95 is the largest endpoint P95 (percentiles cannot be merged); averages are exact._');
  }

  const changed = c.failureDiffs.filter((d) => d.status !== null && d.status !== 'same');
  if (changed.length > 0) {
    lines.push('', '## Failure messages', '', `| Status | Endpoint | Error | ${names[base]} | ${names[target]} | Kind |`, '|---|---|---|---:|---:|---|');
    const order = { new: 0, grown: 1, shrunk: 2, resolved: 3, 'not-comparable': 4, same: 5 };
    changed.sort((a, b) => order[a.status!] - order[b.status!] || (b.occurrences[target] ?? 0) - (a.occurrences[target] ?? 0));
    for (const d of changed.slice(0, TOP * 2)) {
      const kind = d.statusCode !== null ? `${d.category} (${d.statusCode})` : d.category;
      lines.push(`| ${d.status} | ${who(d.method, d.name)} | ${cell(d.example.slice(0, 120))} | ${formatCount(d.occurrences[base])} | ${formatCount(d.occurrences[target])} | ${kind} |`);
    }
  }
  const concentration = c.failureConcentration.map((f, i) => ({ f, i })).filter(({ f }) => f.verdict !== 'none');
  if (concentration.length > 0) {
    lines.push('', '## Where the failures are', '', ...concentration.map(({ f, i }) => `- ${names[i]}: ${mdText(f.evidence)}`));
  }

  const la = c.latencyAttribution;
  if (la.totalChangeMs !== null && la.totalChangeMs !== 0 && la.endpoints.length > 0) {
    lines.push('', `## What explains the change in average response time (${formatMs(la.reportedMs.baseline)} → ${formatMs(la.reportedMs.target)})`, '', '| Endpoint | Contribution | Share | Own slowdown | Traffic mix |', '|---|---:|---:|---:|---:|');
    for (const e of la.endpoints.slice(0, TOP)) {
      lines.push(`| ${who(e.method, e.name)} | ${formatMs(e.contributionMs)} | ${formatPercent(e.share, 1)} | ${formatMs(e.slowdownMs)} | ${formatMs(e.mixMs)} |`);
    }
  }
  const fa = c.failureAttribution;
  if (fa.totalChange !== 0 && fa.endpoints.length > 0) {
    lines.push('', `## What explains the change in failures (${formatCount(fa.failures.baseline)} → ${formatCount(fa.failures.target)})`);
    lines.push('', '| Endpoint | Change in failures | Share |', '|---|---:|---:|');
    for (const e of fa.endpoints.slice(0, TOP)) lines.push(`| ${who(e.method, e.name)} | ${e.change > 0 ? '+' : ''}${formatCount(e.change)} | ${formatPercent(e.share, 1)} |`);
  }
  return lines;
}
