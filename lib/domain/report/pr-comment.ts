// `swarmlens compare --format pr`: the comparison as a short pull-request / merge-request comment. Answer first:
// the verdict (the criteria sets' GO / CONDITIONAL / NO-GO on the target, else the change status), the headline
// deltas (success rate, median, P95, throughput, goodput) with the criteria limits on them, the criteria missed,
// then the most regressed endpoints, and a link to the comparison page when the runs are stored on a server.
// The first line is the hidden marker PR_MARKER, so CI can find and update its own comment.
// Whatever the input, the comment stays under MAX_COMMENT_CHARS (GitHub refuses bodies of 65,536 characters or
// more): names are clipped, lists capped, and a last resort cuts whole lines. Every text from the data goes
// through mdText. Pure.
import { mdText } from '../format/markdown-text';
import { targetText } from '../criteria/describe';
import type { Criterion } from '../criteria/types';
import type { Comparison, SummaryMetric, SummaryRow } from '../analysis/types';
import { LABELS, rowChange, rowValue, STATUS } from './markdown-cells';
import { changeVerdict, comparisonVerdict, READINESS } from './markdown-status';
import { runNames } from './runs';
import { regressedEndpoints } from './pr-regressions';
import { clip } from './pr-text';

export { regressions, TOP_ENDPOINTS } from './pr-regressions';
export { clip } from './pr-text';

export const PR_MARKER = '<!-- swarmlens -->';
/** UTF-16 code units; GitHub's limit is 65,536 characters, and a code unit is never less than a character. */
export const MAX_COMMENT_CHARS = 60_000;
const NAME_CHARS = 120;
const LINE_CHARS = 400;
const SETS_SHOWN = 5;
const MISSED_SHOWN = 8;
const NOTES_SHOWN = 3;
const HEADLINE: SummaryMetric[] = ['successRate', 'medianMs', 'p95Ms', 'rps', 'goodputRps'];

export interface PrCommentOptions {
  /** The comparison page (https://host/compare?runs=...), null for runs read from files. */
  compareUrl: string | null;
  /** How the baseline was chosen ("latest:branch=main"), shown beside its name; null: not said. */
  baselineSpec?: string | null;
}

const md = (text: string, max = NAME_CHARS) => mdText(clip(text, max));
/** A Markdown link target: characters that would end it or break the line percent-encoded. */
const linkTarget = (url: string) =>
  url.replace(/[()<>\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

export function prComment(c: Comparison, options: PrCommentOptions): string {
  const names = runNames(c).map((n) => clip(n, NAME_CHARS));
  const [target, baseline] = [names[c.targetIndex] ?? 'this run', names[c.baselineIndex] ?? 'the baseline'];
  const spec = options.baselineSpec ? ` (${md(options.baselineSpec, 200)})` : '';
  const link = options.compareUrl ? ` · [Full comparison](${linkTarget(options.compareUrl)})` : '';
  const lines = [
    PR_MARKER,
    `### ${verdictLine(c)}`,
    '',
    `**${mdText(target)}** against baseline **${mdText(baseline)}**${spec}${link}`,
    ...notes(c),
    '',
    ...deltaTable(c),
    ...missedCriteria(c),
    ...regressedEndpoints(c),
    '',
    options.compareUrl
      ? '<sub>Swarmlens load-test comparison; the link has every endpoint, chart and the full report.</sub>'
      : '<sub>Swarmlens load-test comparison of runs read from files (no server: no link).</sub>',
    '',
  ];
  return capLines(lines.map(wellFormed), options.compareUrl);
}

/** Lone surrogates (half a character, from names cut elsewhere) as U+FFFD: GitHub and GitLab take UTF-8. */
function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else out += high || (c >= 0xdc00 && c <= 0xdfff) ? '\ufffd' : text[i]!;
  }
  return out;
}

function verdictLine(c: Comparison): string {
  if (c.criteria.length > 0) {
    const v = comparisonVerdict(c);
    return `${READINESS[v.overall ?? 'GO']} — ${md(v.summary, LINE_CHARS)}`;
  }
  const [change, details] = changeVerdict(c);
  return `${change} — ${md(details, LINE_CHARS)} (no success criteria apply)`;
}

function notes(c: Comparison): string[] {
  if (c.headlineNotes.length === 0) return [];
  const shown = c.headlineNotes.slice(0, NOTES_SHOWN).map((n) => `> - ${md(n, LINE_CHARS)}`);
  const more = c.headlineNotes.length - NOTES_SHOWN;
  return ['', '> **Read first**', ...shown, ...(more > 0 ? [`> - and ${more} more`] : [])];
}

/** The limits the criteria sets put on a headline metric of all requests: "< 3,000 ms (Release)". */
function limitsOf(c: Comparison, metric: SummaryMetric): string {
  const limits = c.criteria.flatMap((set) =>
    set.results
      .filter((r) => r.scope === 'aggregate' && r.metric === metric)
      .map((r) => `${targetText(r as Criterion)} (${md(set.name, 40)})`),
  );
  if (limits.length === 0) return '—';
  return limits.length > 2 ? `${limits.slice(0, 2).join('; ')} and ${limits.length - 2} more` : limits.join('; ');
}

function deltaTable(c: Comparison): string[] {
  const rows = HEADLINE.map((m) => c.summary.find((r) => r.metric === m)).filter((r): r is SummaryRow => !!r);
  if (rows.length === 0) return [];
  const hasLimits = c.criteria.length > 0;
  const head = ['Metric', 'Baseline', 'This run', 'Change', ...(hasLimits ? ['Limit'] : []), 'Status'];
  return [
    `| ${head.join(' | ')} |`,
    `|---|---:|---:|---:|${hasLimits ? '---|' : ''}---|`,
    ...rows.map((r) => {
      const cells = [
        r.metric === 'rps' ? 'Throughput' : r.metric === 'goodputRps' ? 'Goodput' : LABELS[r.metric],
        rowValue(c, r, c.baselineIndex),
        rowValue(c, r, c.targetIndex),
        rowChange(r),
        ...(hasLimits ? [limitsOf(c, r.metric)] : []),
        STATUS[r.status],
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

function missedCriteria(c: Comparison): string[] {
  if (c.criteria.length === 0) return [];
  const v = comparisonVerdict(c);
  const out = ['', '**Success criteria**', ''];
  for (const s of v.sets.slice(0, SETS_SHOWN)) {
    out.push(`- **${md(s.name, 80)}: ${s.verdict}** (${s.met} of ${s.total} met)${s.missed.length ? ':' : ''}`);
    for (const m of s.missed.slice(0, MISSED_SHOWN)) out.push(`  - ${md(m.line, LINE_CHARS)}`);
    if (s.missed.length > MISSED_SHOWN) out.push(`  - and ${s.missed.length - MISSED_SHOWN} more not met`);
  }
  if (v.sets.length > SETS_SHOWN) out.push(`- and ${v.sets.length - SETS_SHOWN} more sets`);
  return out;
}

/** Whole lines while they fit, then one line saying the rest was cut (and where to read it). */
function capLines(lines: string[], compareUrl: string | null): string {
  const text = lines.join('\n');
  if (text.length < MAX_COMMENT_CHARS) return text;
  const where = compareUrl ? ': the full comparison is at the link' : '';
  const tail = `\n\n_Comment cut to stay under GitHub's limit${where}._\n`;
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length + 1 + tail.length >= MAX_COMMENT_CHARS) break;
    kept.push(line);
    size += line.length + 1;
  }
  return kept.join('\n') + tail;
}
