// Verdicts of criteria sets on one run as Markdown: the "success criteria" table of a review report.
import { mdText } from '../format/markdown-text';
import { criterionText, currentText, metricLabel, scopeLabel, targetText } from './describe';
import type { Criterion, Verdict } from './types';

const MARK: Record<Verdict['verdict'], string> = { GO: '🟢 GO', CONDITIONAL: '🟡 CONDITIONAL', 'NO-GO': '🔴 NO-GO' };
/** Names, labels and endpoint scopes come from data (file names, Locust output): escaped, one line. */
const cell = mdText;
const met = (m: boolean | null) => (m === true ? '✅' : m === false ? '❌' : '— not evaluable');

/** `sets`: each set's criteria (same order as its verdict's results) and verdict on `runLabel`. */
export function verdictsMarkdown(runLabel: string, sets: { criteria: Criterion[]; verdict: Verdict }[]): string {
  if (sets.length === 0) return '';
  const out = [`## Success criteria on ${cell(runLabel)}`, ''];
  for (const { criteria, verdict } of sets) {
    out.push(
      `### ${cell(verdict.name)}: ${MARK[verdict.verdict]}`,
      '',
      '| Metric | Scope | Current | Target | Met |',
      '|---|---|---|---|---|',
    );
    verdict.results.forEach((r, i) => {
      const c = criteria[i]!;
      out.push(
        `| ${metricLabel(c.metric)} | ${cell(scopeLabel(c.scope))} | ${currentText(c, r.current)} | ${targetText(c)} ` +
          `| ${met(r.met)} |`,
      );
    });
    const failing = verdict.results.flatMap((r, i) =>
      r.met === true ? [] : [`- ${cell(criterionText(criteria[i]!))}${r.reason ? `: ${cell(r.reason)}` : ''}`],
    );
    if (failing.length > 0) out.push('', '**Not met:**', ...failing);
    out.push('');
  }
  return out.join('\n');
}
