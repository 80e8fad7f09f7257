// A comparison made elsewhere (the server's, of stored runs) with more criteria sets' verdicts on its target added,
// each as `compare --criteria` would have put it: a verdict in `criteria` (results with how each criterion reads),
// or, for a set whose appliesTo leaves the target out, a line in `criteriaOutOfScope`; and the headline latencies
// beyond a limit of the sets that apply marked as the comparison marks those of its own sets. Pure.
import { beyondLimit } from '../analysis/summary-judge';
import type { Comparison } from '../analysis/types';
import { normaliseAppliesTo } from './applies-to';
import type { OutOfScopeVerdict } from './check';
import { latencyLimitsOf, withReading } from './compare';
import type { CriteriaSet, Verdict } from './types';

export function withVerdicts(
  c: Comparison,
  checked: readonly { set: CriteriaSet; verdict: Verdict | OutOfScopeVerdict }[],
): Comparison {
  const criteria = [...c.criteria];
  const criteriaOutOfScope = [...c.criteriaOutOfScope];
  const applying: CriteriaSet[] = [];
  for (const { set, verdict } of checked) {
    if (verdict.verdict === null) {
      const appliesTo = normaliseAppliesTo(set.appliesTo) ?? {};
      criteriaOutOfScope.push({ name: set.name, appliesTo, reason: verdict.outOfScope });
    } else {
      const results = verdict.results.map((r, i) => (set.criteria[i] ? withReading(r, set.criteria[i]) : r));
      criteria.push({ name: verdict.name, verdict: verdict.verdict, results });
      applying.push(set);
    }
  }
  const limits = latencyLimitsOf(applying);
  // A row the comparison already marks keeps its own set's limit (both limits are missed; either names one).
  const summary = c.summary.map((row) => {
    const targetMs = row.values[c.targetIndex];
    return row.beyondCriterion || typeof targetMs !== 'number' ? row : beyondLimit(row, targetMs, limits[row.metric]);
  });
  return { ...c, summary, criteria, criteriaOutOfScope };
}
