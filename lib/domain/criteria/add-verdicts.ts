// A comparison made elsewhere (the server's, of stored runs) with more criteria sets' verdicts on its target added,
// each as `compare --criteria` would have put it: a verdict in `criteria` (results with how each criterion reads),
// or, for a set whose appliesTo leaves the target out, a line in `criteriaOutOfScope`. Pure.
import type { Comparison } from '../analysis/types';
import { normaliseAppliesTo } from './applies-to';
import type { OutOfScopeVerdict } from './check';
import { withReading } from './compare';
import type { CriteriaSet, Verdict } from './types';

export function withVerdicts(
  c: Comparison,
  checked: readonly { set: CriteriaSet; verdict: Verdict | OutOfScopeVerdict }[],
): Comparison {
  const criteria = [...c.criteria];
  const criteriaOutOfScope = [...c.criteriaOutOfScope];
  for (const { set, verdict } of checked) {
    if (verdict.verdict === null) {
      const appliesTo = normaliseAppliesTo(set.appliesTo) ?? {};
      criteriaOutOfScope.push({ name: set.name, appliesTo, reason: verdict.outOfScope });
    } else {
      const results = verdict.results.map((r, i) => (set.criteria[i] ? withReading(r, set.criteria[i]) : r));
      criteria.push({ name: verdict.name, verdict: verdict.verdict, results });
    }
  }
  return { ...c, criteria, criteriaOutOfScope };
}
