// "Slowest endpoints" (by maximum and by P95, with each endpoint's max), "Response-time distribution"
// and "What held up" of the Markdown report. An endpoint value at its run's latency ceiling is a lower
// bound ("≥ 9,000 ms") and never counts as holding up.
import { formatChange, formatCount, formatMs, formatPercent } from '../format/format';
import { mdText } from '../format/markdown-text';
import { endpointName, LABELS, rowChange, rowValue } from './markdown-cells';
import { AT_CEILING } from './summary-judge';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { Comparison, EndpointComparison } from './types';

const TOP = 10;
const HELD_UP_SHOWN = 15;

const relative = (b: number | null | undefined, t: number | null | undefined) =>
  b == null || t == null || b === 0 ? null : t / b - 1;

function ms(c: Comparison, v: number | null | undefined, i: number): string {
  const ceiling = c.latencyCeilingsMs[i] ?? null;
  const text = formatMs(v);
  return v != null && ceiling !== null && v >= AT_CEILING * ceiling ? `≥ ${text}` : text;
}

function table(c: Comparison, names: string[], by: 'maxMs' | 'p95Ms'): string[] {
  const t = c.targetIndex;
  const ranked = c.endpoints.filter((e) => e.runs[t]?.[by] != null).sort((a, b) => (b.runs[t]![by] as number) - (a.runs[t]![by] as number));
  if (ranked.length === 0) return [];
  const what = by === 'maxMs' ? 'max' : 'P95';
  const extra = by === 'p95Ms' ? ['Median', `Max (${names[t]})`] : [];
  const out = [
    '', `### By ${by === 'maxMs' ? 'maximum' : 'P95'} at ${names[t]}`, '',
    `| Endpoint | ${[...names.map((n) => `${n} ${what}`), 'Change', ...extra].join(' | ')} |`,
    `|---|${[...names, 'Change', ...extra].map(() => '---:').join('|')}|`,
  ];
  for (const e of ranked.slice(0, TOP)) {
    const b = e.runs[c.baselineIndex];
    const cells = c.runs.map((_, i) => ms(c, e.runs[i]?.[by], i));
    const change = formatChange(by === 'p95Ms' ? e.p95Change : relative(b?.maxMs, e.runs[t]?.maxMs));
    const more = by === 'p95Ms' ? [`${ms(c, b?.medianMs, c.baselineIndex)} → ${ms(c, e.runs[t]?.medianMs, t)}`, ms(c, e.runs[t]?.maxMs, t)] : [];
    out.push(`| ${endpointName(e)} | ${[...cells, change, ...more].join(' | ')} |`);
  }
  return out;
}

function attributionMarkdown(c: Comparison): string[] {
  const la = c.latencyAttribution;
  if (la.totalChangeMs === null || la.totalChangeMs === 0 || la.endpoints.length === 0) return [];
  const out = ['', `### What explains the change in average response time (${formatMs(la.reportedMs.baseline)} → ${formatMs(la.reportedMs.target)})`, '', '| Endpoint | Contribution | Share | Own slowdown | Traffic mix |', '|---|---:|---:|---:|---:|'];
  for (const e of la.endpoints.slice(0, TOP)) out.push(`| ${endpointName(e)} | ${formatMs(e.contributionMs)} | ${formatPercent(e.share, 1)} | ${formatMs(e.slowdownMs)} | ${formatMs(e.mixMs)} |`);
  return out;
}

export function slowestMarkdown(c: Comparison, names: string[]): string[] {
  const out = [...table(c, names, 'maxMs'), ...table(c, names, 'p95Ms')];
  if (out.length === 0) return [];
  return ['', '## Slowest endpoints', ...out, ...attributionMarkdown(c)];
}

export function distributionMarkdown(c: Comparison): string[] {
  if (c.distributionWords.length === 0) return [];
  return ['', '## Response-time distribution', '', ...c.distributionWords.map((s) => `- ${mdText(s)}`)];
}

/** No failure in the baseline or the target, failure status OK or improved, P95 not worse (below the
 *  latency warning threshold or within the noise floor), P95 not at a latency ceiling. */
export function heldUp(c: Comparison, e: EndpointComparison): boolean {
  const [b, t] = [e.runs[c.baselineIndex], e.runs[c.targetIndex]];
  if (!b || !t || b.failures > 0 || t.failures > 0 || !(t.requests > 0)) return false;
  if (e.failureStatus !== 'ok' && e.failureStatus !== 'improved') return false;
  if (b.p95Ms === null || t.p95Ms === null || e.p95Change === null) return false;
  const ceiling = c.latencyCeilingsMs[c.targetIndex] ?? null;
  if (ceiling !== null && t.p95Ms >= AT_CEILING * ceiling) return false;
  const t0 = DEFAULT_THRESHOLDS;
  return e.p95Change < t0.latencyGrowth.warning || Math.abs(t.p95Ms - b.p95Ms) < t0.latencyFloorMs;
}

export function heldUpMarkdown(c: Comparison, names: string[]): string[] {
  const [bi, ti] = [c.baselineIndex, c.targetIndex];
  const held = c.endpoints.filter((e) => heldUp(c, e));
  const out = ['', '## What held up', ''];
  if (held.length === 0) {
    out.push(`No endpoint was free of failures in both ${names[bi]} and ${names[ti]} with a P95 no worse than +${Math.round(DEFAULT_THRESHOLDS.latencyGrowth.warning * 100)}%.`);
  } else {
    out.push(`Endpoints with no failure in either run and a P95 no worse than +${Math.round(DEFAULT_THRESHOLDS.latencyGrowth.warning * 100)}% (or within ${DEFAULT_THRESHOLDS.latencyFloorMs} ms):`, '');
    for (const e of held.slice(0, HELD_UP_SHOWN)) {
      const [b, t] = [e.runs[bi]!, e.runs[ti]!];
      out.push(`- ${endpointName(e)}: 0 failures in ${formatCount(b.requests)} → ${formatCount(t.requests)} requests; P95 ${formatMs(b.p95Ms)} → ${formatMs(t.p95Ms)} (${formatChange(e.p95Change)})`);
    }
    if (held.length > HELD_UP_SHOWN) out.push(`- …and ${held.length - HELD_UP_SHOWN} more.`);
  }
  const improved = c.summary.filter((r) => r.status === 'improved');
  out.push('', improved.length === 0 ? 'No headline metric improved beyond the thresholds.' : 'Headline metrics that improved:');
  if (improved.length > 0) {
    out.push('', ...improved.map((r) => `- ${LABELS[r.metric]}: ${rowValue(c, r, bi)} → ${rowValue(c, r, ti)} (${rowChange(r)})`));
  }
  return out;
}
