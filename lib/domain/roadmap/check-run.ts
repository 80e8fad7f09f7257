// "Check against run X": what one chosen run says about a roadmap item — each linked criterion's
// result on it, or why its set does not judge that run — without changing anything. Pure.
import type { ProjectEvaluation, RunToEvaluate } from '../criteria/project-evaluation';
import type { StoredCriteriaSet } from '../criteria/types';
import type { ItemRunCheck } from './types';

/**
 * `sets`: the item's project sets (those without a linked criterion may be left out); `evaluation`:
 * `run` evaluated against them. Linked criteria no longer in any set are left out.
 */
export function checkItemOnRun(
  item: { id: string; criterionIds: readonly string[] },
  run: RunToEvaluate,
  sets: readonly StoredCriteriaSet[],
  evaluation: ProjectEvaluation,
): ItemRunCheck {
  const results = evaluation.resultsByRun[run.id] ?? {};
  const criteria: ItemRunCheck['criteria'] = [];
  for (const criterionId of item.criterionIds) {
    const set = sets.find((s) => s.criteria.some((c) => c.id === criterionId));
    if (!set) continue;
    const outOfScope = evaluation.sets.find((s) => s.setId === set.id)?.outOfScope[0] ?? null;
    const result = results[criterionId];
    if (outOfScope !== null || !result) {
      const why = outOfScope ?? `${set.name} did not judge this run`;
      criteria.push({ criterionId, setName: set.name, result: null, outOfScope: why });
    } else {
      criteria.push({ criterionId, setName: set.name, result, outOfScope: null });
    }
  }
  const judged = criteria.length > 0 && criteria.every((c) => c.result !== null && c.result.judged !== false);
  const outcome = !judged ? 'not-judged' : criteria.every((c) => c.result?.met === true) ? 'meets-all' : 'fails';
  const checked = { runId: run.id, label: run.label, startTime: run.run.meta.startTime };
  return { itemId: item.id, run: checked, criteria, outcome };
}
