// The report's answer first: one status line, each criteria set's verdict with the criteria it misses and the
// endpoints that drive each miss, then what must be read before any figure (headline notes) as a blockquote.
// With criteria sets the status is their verdict on the target run (GO / CONDITIONAL / NO-GO: absolute
// levels) with the change beside it; without, the worst headline status and "No success criteria apply to
// this run — change status only". Every text from the data goes through mdText.
import { formatChange } from '../format/format';
import { mdText } from '../format/markdown-text';
import { comparisonMeetingVerdict, type MeetingVerdict } from './meeting-verdict';
import { runNames } from './runs';
import { verdictStatus } from './verdict';
import { LABELS, rowChange, runName } from './markdown-cells';
import type { Comparison, ComparisonCriteria, Status, SummaryRow } from '../analysis/types';

/** Metrics named in the status line before "and N more". */
const NAMED = 4;
export const READINESS: Record<ComparisonCriteria['verdict'], string> = {
  'NO-GO': '🔴 NOT READY (NO-GO)',
  CONDITIONAL: '🟡 CONDITIONAL',
  GO: '🟢 READY (GO)',
};

/** "Median +225%"; goodput under another load by its gap against linear scaling ("Goodput −30% against linear"). */
function short(c: Comparison, r: SummaryRow): string {
  const gap = c.scaling?.goodputGap;
  if (r.metric === 'goodputRps' && gap != null) return `Goodput ${formatChange(gap)} against linear`;
  const label = r.metric === 'goodputRps' ? 'Goodput' : r.metric === 'rps' ? 'Throughput' : LABELS[r.metric];
  return `${label} ${rowChange(r)}`;
}

function named(c: Comparison, rows: SummaryRow[]): string {
  const list = rows
    .slice(0, NAMED)
    .map((r) => short(c, r))
    .join(', ');
  return rows.length > NAMED ? `${list} and ${rows.length - NAMED} more` : list;
}

const having = (c: Comparison, ...statuses: Status[]) => c.summary.filter((r) => statuses.includes(r.status));

/** The change of the target against the baseline in a few words: `[headline, details]`. */
export function changeVerdict(c: Comparison): [string, string] {
  const [critical, warning] = [having(c, 'critical'), having(c, 'warning')];
  const [improved, inconclusive] = [having(c, 'improved'), having(c, 'inconclusive')];
  const also = [
    improved.length > 0 ? `better: ${named(c, improved)}` : '',
    inconclusive.length > 0 ? `not confirmed by the data: ${named(c, inconclusive)}` : '',
  ].filter((t) => t !== '');
  const tail = also.length > 0 ? `; ${also.join('; ')}` : '';
  if (critical.length > 0) {
    const warn = warning.length > 0 ? `; warning: ${named(c, warning)}` : '';
    return ['❌ Regression', `critical: ${named(c, critical)}${warn}${tail}`];
  }
  if (warning.length > 0) return ['⚠️ Regression (warning level)', `worse: ${named(c, warning)}${tail}`];
  if (inconclusive.length > 0) {
    return [
      '❔ Inconclusive',
      `changes large enough to matter that the data cannot confirm: ${named(c, inconclusive)}` +
        (improved.length > 0 ? `; better: ${named(c, improved)}` : '') +
        '; nothing is worse beyond the thresholds',
    ];
  }
  if (improved.length > 0) {
    return ['✅ Improved', `better: ${named(c, improved)}; nothing is worse beyond the thresholds`];
  }
  return ['OK (unchanged)', 'no change beyond the thresholds'];
}

const VERDICT_MARK: Record<ComparisonCriteria['verdict'], string> = { GO: '🟢', CONDITIONAL: '🟡', 'NO-GO': '🔴' };

function criteriaStatus(c: Comparison, v: MeetingVerdict, baseline: string): string {
  const sets = v.sets.map((s) => `${mdText(s.name)} ${s.verdict} (${s.met} of ${s.total} met)`);
  const [change, details] = changeVerdict(c);
  return (
    `**Status: ${READINESS[v.overall ?? 'GO']}** — ${mdText(v.judgedRun)} against the criteria: ` +
    `${sets.join(', ')}. Against ${baseline}: ${change} (${details}).`
  );
}

/** Each set's verdict, and under it each criterion missed with the endpoints that drive the miss. */
export function setsMarkdown(v: MeetingVerdict): string[] {
  return v.sets.flatMap((s) => [
    `- ${VERDICT_MARK[s.verdict]} **${mdText(s.name)}: ${s.verdict}** (${s.met} of ${s.total} met)` +
      (s.missed.length > 0 ? '. Not met:' : ''),
    ...s.missed.map((m) => `  - ${mdText(m.line)}`),
  ]);
}

/** The comparison's meeting verdict (lib/domain/report/meeting-verdict.ts): the one the pages show. */
export function comparisonVerdict(c: Comparison): MeetingVerdict {
  const names = runNames(c);
  const pair = { target: names[c.targetIndex] ?? '', baseline: names[c.baselineIndex] ?? '' };
  return comparisonMeetingVerdict(c, pair, verdictStatus(c.summary));
}

/** The report's first lines: the status line (the criteria's verdict, the change beside it), each set with the
 *  criteria it misses and their endpoints, then the headline notes. */
export function statusMarkdown(c: Comparison): string[] {
  const [target, baseline] = [runName(c, c.targetIndex), runName(c, c.baselineIndex)];
  const verdict = comparisonVerdict(c);
  let line: string;
  if (c.criteria.length > 0) line = criteriaStatus(c, verdict, baseline);
  else {
    const [change, details] = changeVerdict(c);
    line = `**Status: ${change}** — ${target} against ${baseline}: ${details}. ${mdText(verdict.headline)}`;
  }
  const out = [line, ...(c.criteria.length > 0 ? ['', ...setsMarkdown(verdict)] : [])];
  if (c.headlineNotes.length > 0) {
    out.push('', '> **Read first**', '>', ...c.headlineNotes.map((n) => `> - ${mdText(n)}`));
  }
  return out;
}
