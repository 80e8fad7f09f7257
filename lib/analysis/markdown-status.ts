// The report's answer first: one status line, then what must be read before any figure (headline
// notes) as a blockquote. With criteria sets the status is their verdict on the target run (GO /
// CONDITIONAL / NO-GO: absolute levels); without, it is the worst headline status (a change only, so
// it says that readiness was not judged). Every text from the data goes through mdText.
import { formatChange } from '../format/format';
import { mdText } from '../format/markdown-text';
import { criterionLine } from './markdown-criteria';
import { LABELS, rowChange, runName } from './markdown-cells';
import type { Comparison, ComparisonCriteria, Status, SummaryRow } from './types';

/** Metrics named in the status line before "and N more". */
const NAMED = 4;
const VERDICT_RANK: Record<ComparisonCriteria['verdict'], number> = { GO: 0, CONDITIONAL: 1, 'NO-GO': 2 };
const READINESS: Record<ComparisonCriteria['verdict'], string> = {
  'NO-GO': '🔴 NOT READY (NO-GO)', CONDITIONAL: '🟡 CONDITIONAL', GO: '🟢 READY (GO)',
};

/** "Median +225%"; goodput under another load by its gap against linear scaling ("Goodput −30% against linear"). */
function short(c: Comparison, r: SummaryRow): string {
  const gap = c.scaling?.goodputGap;
  if (r.metric === 'goodputRps' && gap != null) return `Goodput ${formatChange(gap)} against linear`;
  const label = r.metric === 'goodputRps' ? 'Goodput' : r.metric === 'rps' ? 'Throughput' : LABELS[r.metric];
  return `${label} ${rowChange(r)}`;
}

function named(c: Comparison, rows: SummaryRow[]): string {
  const list = rows.slice(0, NAMED).map((r) => short(c, r)).join(', ');
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
    return ['❔ Inconclusive', `changes large enough to matter that the data cannot confirm: ${named(c, inconclusive)}` +
      (improved.length > 0 ? `; better: ${named(c, improved)}` : '') + '; nothing is worse beyond the thresholds'];
  }
  if (improved.length > 0) {
    return ['✅ Improved', `better: ${named(c, improved)}; nothing is worse beyond the thresholds`];
  }
  return ['OK (unchanged)', 'no change beyond the thresholds'];
}

function criteriaStatus(c: Comparison, target: string, baseline: string): string {
  const worst = c.criteria.reduce((a, s) => (VERDICT_RANK[s.verdict] > VERDICT_RANK[a.verdict] ? s : a));
  const sets = c.criteria.map((s) => {
    const met = s.results.filter((r) => r.met === true).length;
    return `${mdText(s.name)} ${s.verdict} (${met} of ${s.results.length} met)`;
  });
  const missed = c.criteria.flatMap((s) => s.results.filter((r) => r.met !== true)).map(criterionLine);
  const list = missed.slice(0, NAMED).join('; ') + (missed.length > NAMED ? `; and ${missed.length - NAMED} more` : '');
  const [change, details] = changeVerdict(c);
  return `**Status: ${READINESS[worst.verdict]}** — ${target} against the criteria: ${sets.join(', ')}` +
    `${missed.length > 0 ? `. Not met: ${list}` : ''}. Against ${baseline}: ${change} (${details}).`;
}

/** The status line and the headline notes, as the report's first lines. */
export function statusMarkdown(c: Comparison): string[] {
  const [target, baseline] = [runName(c, c.targetIndex), runName(c, c.baselineIndex)];
  let line: string;
  const judged = c.criteria[0]?.judgedRun;
  if (c.criteria.length > 0) line = criteriaStatus(c, judged === undefined ? target : mdText(judged), baseline);
  else {
    const [change, details] = changeVerdict(c);
    line = `**Status: ${change}** — ${target} against ${baseline}: ${details}. ` +
      'No criteria set given: readiness is not judged.';
  }
  const out = [line];
  if (c.headlineNotes.length > 0) {
    out.push('', '> **Read first**', '>', ...c.headlineNotes.map((n) => `> - ${mdText(n)}`));
  }
  return out;
}
