// The criteria sets' verdicts on the target run (Comparison.criteria), as the seed report's "success
// criteria" tables: each set's verdict, then metric | scope | current | target | met. Names and
// scopes come from data: escaped with mdText.
import { formatRate } from '../format/format';
import { mdText } from '../format/markdown-text';
import { currentText, metricLabel, scopeLabel, targetText } from '../criteria/describe';
import type { Criterion, CriterionOp } from '../criteria/types';
import { runName } from './markdown-cells';
import type { Comparison, ComparisonCriteria } from '../analysis/types';

type Result = ComparisonCriteria['results'][number];

const MARK: Record<ComparisonCriteria['verdict'], string> = {
  GO: '🟢 GO',
  CONDITIONAL: '🟡 CONDITIONAL',
  'NO-GO': '🔴 NO-GO',
};
const OPS: readonly string[] = ['<', '<=', '>', '>=', '=='];
function met(r: Result): string {
  if (r.judged === false) return '✅ (not judged: too few requests)';
  return r.met === true ? '✅' : r.met === false ? '❌' : '— not evaluable';
}

/** The criterion a result was evaluated from; its optional fields (relative, floorMs, …) when the result
 *  carries them. */
function criterionOf(r: Result): Criterion {
  const op = (OPS.includes(r.op) ? r.op : '==') as CriterionOp;
  const c: Criterion = { metric: r.metric, scope: r.scope, op, target: r.target };
  if ('relative' in r && r.relative === 'baseline') c.relative = 'baseline';
  if ('floorMs' in r && typeof r.floorMs === 'number') c.floorMs = r.floorMs;
  if ('minRequests' in r && typeof r.minRequests === 'number') c.minRequests = r.minRequests;
  if ('severity' in r && (r.severity === 'must' || r.severity === 'should')) c.severity = r.severity;
  return c;
}

const isGoodput = (c: Criterion) => c.metric === 'goodputRps' && c.relative !== 'baseline';
const current = (c: Criterion, v: number | null) => (isGoodput(c) ? formatRate(v) : currentText(c, v));
const target = (c: Criterion) => (isGoodput(c) ? targetText({ ...c, metric: 'rps' }) : targetText(c));
const label = (c: Criterion) => (c.metric === 'goodputRps' ? 'Goodput' : metricLabel(c.metric));

/** "P95 of all requests 4,200 ms, target < 2,000 ms" (escaped). */
export function criterionLine(r: Result): string {
  const c = criterionOf(r);
  const now = r.met === null ? (r.reason ?? 'not evaluable') : current(c, r.current);
  return mdText(`${label(c)} of ${scopeLabel(c.scope)} ${now}, target ${target(c)}`);
}

export function criteriaMarkdown(c: Comparison): string[] {
  const left = c.criteriaOutOfScope ?? [];
  if (c.criteria.length === 0 && left.length === 0) return [];
  const judged = c.criteria[0]?.judgedRun;
  const out = ['', `## Success criteria on ${judged === undefined ? runName(c, c.targetIndex) : mdText(judged)}`];
  for (const set of c.criteria) {
    out.push('', `### ${mdText(set.name)}: ${MARK[set.verdict]}`, '');
    out.push('| Metric | Scope | Current | Target | Met |', '|---|---|---:|---|---|');
    for (const r of set.results) {
      const cr = criterionOf(r);
      const cells = [label(cr), scopeLabel(cr.scope), current(cr, r.current), target(cr)].map(mdText);
      out.push(`| ${cells.join(' | ')} | ${met(r)} |`);
    }
    const notMet = set.results.filter((r) => r.met !== true && r.reason);
    if (notMet.length > 0) out.push('', ...notMet.map((r) => `- ${criterionLine(r)}: ${mdText(r.reason as string)}`));
  }
  // Sets whose appliesTo leaves the target run out: said, not silently missing.
  if (left.length > 0) out.push('', ...left.map((o) => `- **Not judged:** ${mdText(o.reason)}.`));
  return out;
}
