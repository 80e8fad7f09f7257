// Verdicts of criteria sets on one run as Markdown: the "success criteria" table of a review report.
import type { Comparison, ComparisonCriteria } from '../analysis/types';
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

type JsonResult = ComparisonCriteria['results'][number] & Partial<Pick<Criterion, 'relative' | 'floorMs' | 'minRequests' | 'severity'>>;

/** The criterion a result of the comparison JSON was evaluated from (compare.ts keeps its reading fields). */
function criterionOf(r: JsonResult): Criterion {
  const c: Criterion = { metric: r.metric, scope: r.scope, op: r.op as Criterion['op'], target: r.target };
  if (r.relative !== undefined) c.relative = r.relative;
  if (r.floorMs !== undefined) c.floorMs = r.floorMs;
  if (r.minRequests !== undefined) c.minRequests = r.minRequests;
  if (r.severity !== undefined) c.severity = r.severity;
  return c;
}

/**
 * The success-criteria section of a comparison report, from the comparison JSON alone: each set of
 * `c.criteria` on the target run ('' without sets). Same layout as the project's verdicts. `runLabel`:
 * the judged run's name when it is not the target's (load steps are judged as their whole run).
 */
export function comparisonCriteriaMarkdown(c: Pick<Comparison, 'criteria' | 'runs' | 'targetIndex'>, runLabel?: string): string {
  const label = runLabel ?? c.runs[c.targetIndex]?.label ?? `run ${c.targetIndex + 1}`;
  return verdictsMarkdown(label, c.criteria.map((set) => {
    const results = set.results as JsonResult[];
    return { criteria: results.map(criterionOf), verdict: { name: set.name, verdict: set.verdict, results: results.map((r) => ({ ...r, op: r.op as Criterion['op'] })) } };
  }));
}

/**
 * A comparison report followed by its criteria section (`markdown` unchanged without sets). The one
 * place the section is added (CLI and server report): drop it once lib/analysis/markdown.ts renders
 * `comparison.criteria` itself, or the verdicts would be written twice.
 */
export function withCriteriaSection(markdown: string, c: Pick<Comparison, 'criteria' | 'runs' | 'targetIndex'>, runLabel?: string): string {
  const section = comparisonCriteriaMarkdown(c, runLabel);
  return section === '' ? markdown : `${markdown.trimEnd()}\n\n${section.trimEnd()}\n`;
}
