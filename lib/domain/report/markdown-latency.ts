// "Slowest endpoints" (by maximum and by P95, with each endpoint's max), "Response-time distribution"
// and "What held up" of the Markdown report. An endpoint value at its run's latency ceiling is a lower
// bound ("≥ 9,000 ms") and never counts as holding up.
import { formatChange, formatCount, formatMs, formatPercent } from '../format/format';
import { mdText } from '../format/markdown-text';
import { arrow, endpointName, LABELS, rowChange, rowValue, tableRow } from './markdown-cells';
import { AT_CEILING } from '../analysis/latency-ceiling';
import { DEFAULT_THRESHOLDS } from '../analysis/thresholds';
import type { Comparison, EndpointComparison } from '../analysis/types';

const TOP = 10;
const HELD_UP_SHOWN = 15;
/** "What held up": P95 growth below the latency warning threshold, or within the noise floor (ms). */
const HELD_UP_GROWTH = DEFAULT_THRESHOLDS.latencyGrowth.warning;
const HELD_UP_FLOOR_MS = DEFAULT_THRESHOLDS.latencyFloorMs;

const relative = (b: number | null | undefined, t: number | null | undefined) =>
  b == null || t == null || b === 0 ? null : t / b - 1;

/** Run i's value in ms, "≥ …" at that run's latency ceiling. */
function ms(c: Comparison, v: number | null | undefined, i: number): string {
  const ceiling = c.latencyCeilingsMs[i] ?? null;
  const text = formatMs(v);
  return v != null && ceiling !== null && v >= AT_CEILING * ceiling ? `≥ ${text}` : text;
}

function table(c: Comparison, names: string[], by: 'maxMs' | 'p95Ms'): string[] {
  const [bi, t] = [c.baselineIndex, c.targetIndex];
  const at = (e: EndpointComparison) => e.runs[t]?.[by] ?? null;
  const ranked = c.endpoints.filter((e) => at(e) !== null).sort((a, b) => (at(b) as number) - (at(a) as number));
  if (ranked.length === 0) return [];
  const what = by === 'maxMs' ? 'max' : 'P95';
  const extra = by === 'p95Ms' ? ['Median', `Max (${names[t]})`] : [];
  const out = [
    '',
    `### By ${by === 'maxMs' ? 'maximum' : 'P95'} at ${names[t]}`,
    '',
    tableRow(['Endpoint', ...names.map((n) => `${n} ${what}`), 'Change', ...extra]),
    `|---|${[...names, 'Change', ...extra].map(() => '---:').join('|')}|`,
  ];
  for (const e of ranked.slice(0, TOP)) {
    const [b, l] = [e.runs[bi], e.runs[t]];
    const cells = c.runs.map((_, i) => ms(c, e.runs[i]?.[by], i));
    const change = formatChange(by === 'p95Ms' ? e.p95Change : relative(b?.maxMs, l?.maxMs));
    const more = by === 'p95Ms' ? [arrow(ms(c, b?.medianMs, bi), ms(c, l?.medianMs, t)), ms(c, l?.maxMs, t)] : [];
    out.push(tableRow([endpointName(e), ...cells, change, ...more]));
  }
  return out;
}

function attributionMarkdown(c: Comparison): string[] {
  const la = c.latencyAttribution;
  if (la.totalChangeMs === null || la.totalChangeMs === 0 || la.endpoints.length === 0) return [];
  const total = arrow(formatMs(la.reportedMs.baseline), formatMs(la.reportedMs.target));
  const out = [
    '',
    `### What explains the change in average response time (${total})`,
    '',
    '| Endpoint | Contribution | Share | Own slowdown | Traffic mix |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const e of la.endpoints.slice(0, TOP)) {
    out.push(
      tableRow([
        endpointName(e),
        formatMs(e.contributionMs),
        formatPercent(e.share, 1),
        formatMs(e.slowdownMs),
        formatMs(e.mixMs),
      ]),
    );
  }
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

/** No failure in the baseline or the target, failure status OK or improved, P95 not worse (growth below
 *  HELD_UP_GROWTH or within HELD_UP_FLOOR_MS), and the target's P95 not at a latency ceiling. */
export function heldUp(c: Comparison, e: EndpointComparison): boolean {
  const [b, t] = [e.runs[c.baselineIndex], e.runs[c.targetIndex]];
  if (!b || !t || b.failures > 0 || t.failures > 0 || !(t.requests > 0)) return false;
  if (e.failureStatus !== 'ok' && e.failureStatus !== 'improved') return false;
  if (b.p95Ms === null || t.p95Ms === null || e.p95Change === null) return false;
  const ceiling = c.latencyCeilingsMs[c.targetIndex] ?? null;
  if (ceiling !== null && t.p95Ms >= AT_CEILING * ceiling) return false;
  return e.p95Change < HELD_UP_GROWTH || Math.abs(t.p95Ms - b.p95Ms) < HELD_UP_FLOOR_MS;
}

export function heldUpMarkdown(c: Comparison, names: string[]): string[] {
  const [bi, ti] = [c.baselineIndex, c.targetIndex];
  const held = c.endpoints.filter((e) => heldUp(c, e));
  const limit = `a P95 no worse than +${Math.round(HELD_UP_GROWTH * 100)}%`;
  const out = ['', '## What held up', ''];
  if (held.length === 0) {
    out.push(`No endpoint was free of failures in both ${names[bi]} and ${names[ti]} with ${limit}.`);
  } else {
    out.push(`Endpoints with no failure in either run and ${limit} (or within ${HELD_UP_FLOOR_MS} ms):`, '');
    for (const e of held.slice(0, HELD_UP_SHOWN)) {
      const [b, t] = [e.runs[bi]!, e.runs[ti]!];
      const requests = arrow(formatCount(b.requests), formatCount(t.requests));
      out.push(
        `- ${endpointName(e)}: 0 failures in ${requests} requests; ` +
          `P95 ${arrow(formatMs(b.p95Ms), formatMs(t.p95Ms))} (${formatChange(e.p95Change)})`,
      );
    }
    if (held.length > HELD_UP_SHOWN) out.push(`- …and ${held.length - HELD_UP_SHOWN} more.`);
  }
  const improved = c.summary.filter((r) => r.status === 'improved');
  if (improved.length === 0) return [...out, '', 'No headline metric improved beyond the thresholds.'];
  out.push('', 'Headline metrics that improved:', '');
  for (const r of improved) {
    out.push(`- ${LABELS[r.metric]}: ${arrow(rowValue(c, r, bi), rowValue(c, r, ti))} (${rowChange(r)})`);
  }
  return out;
}
