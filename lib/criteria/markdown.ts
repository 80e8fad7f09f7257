// Verdicts of criteria sets on one run as Markdown: the "success criteria" table of a review report.
import type { Comparison } from '../analysis/types';
import { mdText } from '../format/markdown-text';
import { comparedVerdict } from './compare';
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
    out.push(`### ${cell(verdict.name)}: ${MARK[verdict.verdict]}`, '', '| Metric | Scope | Current | Target | Met |', '|---|---|---|---|---|');
    verdict.results.forEach((r, i) => {
      const c = criteria[i]!;
      out.push(`| ${metricLabel(c.metric)} | ${cell(scopeLabel(c.scope))} | ${currentText(c, r.current)} | ${targetText(c)} | ${met(r.met)} |`);
    });
    const failing = verdict.results.flatMap((r, i) => (r.met === true ? [] : [`- ${cell(criterionText(criteria[i]!))}${r.reason ? `: ${cell(r.reason)}` : ''}`]));
    if (failing.length > 0) out.push('', '**Not met:**', ...failing);
    out.push('');
  }
  return out.join('\n');
}

/**
 * The success-criteria section of a comparison report, from the comparison JSON alone: each set of
 * `c.criteria` on the target run ('' without sets). Same layout as the project's verdicts. `runLabel`:
 * the judged run's name when it is not the target's (load steps are judged as their whole run).
 */
type Judged = Pick<Comparison, 'criteria' | 'runs' | 'targetIndex'>;

export function comparisonCriteriaMarkdown(c: Judged, runLabel?: string): string {
  const label = runLabel ?? c.runs[c.targetIndex]?.label ?? `run ${c.targetIndex + 1}`;
  return verdictsMarkdown(label, c.criteria.map(comparedVerdict));
}

/**
 * A comparison report followed by its criteria section (`markdown` unchanged without sets). The one
 * place the section is added (CLI and server report): drop it once lib/analysis/markdown.ts renders
 * `comparison.criteria` itself, or the verdicts would be written twice.
 */
export function withCriteriaSection(markdown: string, c: Judged, runLabel?: string): string {
  const section = comparisonCriteriaMarkdown(c, runLabel);
  return section === '' ? markdown : `${markdown.trimEnd()}\n\n${section.trimEnd()}\n`;
}
