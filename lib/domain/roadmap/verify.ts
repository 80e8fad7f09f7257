// Verification of roadmap items by runs: any run of the project, whenever it was uploaded, taken in
// the order the tests ran (run-order.ts). A run counts for an item when every linked criterion judged
// it (its set applies to the run, and there were enough requests); the item is verified when the
// latest counted run meets every linked criterion, and "regressed" when an earlier one met them and a
// later one broke them again (naming both runs). Pure.
import type { CriterionResult } from '../criteria/types';
import type { ItemVerification, RoadmapItem } from './types';
import type { TimedRun } from './run-order';

export interface RunRef extends TimedRun {
  label: string;
}

export type ResultsByRun = Readonly<Record<string, Readonly<Record<string, CriterionResult>>>>;

/** The linked criteria's results on a run, in criterionIds order; null when the run does not count
 *  (a linked criterion has no result there — its set does not apply — or had too few requests). */
export function countedResults(
  criterionIds: readonly string[],
  runId: string,
  resultsByRun: ResultsByRun,
): (CriterionResult & { criterionId: string })[] | null {
  const byCriterion = resultsByRun[runId];
  const out: (CriterionResult & { criterionId: string })[] = [];
  for (const criterionId of criterionIds) {
    const result = byCriterion?.[criterionId];
    if (!result || result.judged === false) return null;
    out.push({ ...result, criterionId });
  }
  return out;
}

const meetsAll = (results: readonly CriterionResult[]) => results.every((x) => x.met === true);

/** `runs` in test order (inTestOrder); `resultsByRun`: runId -> criterionId -> result
 *  (lib/domain/criteria/project-evaluation). */
export function verifyItem(
  item: Pick<RoadmapItem, 'criterionIds'>,
  runs: readonly RunRef[],
  resultsByRun: ResultsByRun,
): ItemVerification {
  const none = { verifiedBy: null, brokenBy: null, latestRun: null, latest: [] };
  if (item.criterionIds.length === 0) return { state: 'unlinked', ...none };
  const counted = runs.flatMap((run) => {
    const results = countedResults(item.criterionIds, run.id, resultsByRun);
    return results ? [{ run, results }] : [];
  });
  const latest = counted.at(-1);
  if (!latest) return { state: 'awaiting-run', ...none };
  const ref = (r: RunRef) => ({ runId: r.id, label: r.label });
  const seen = { latestRun: ref(latest.run), latest: latest.results };
  if (meetsAll(latest.results)) return { state: 'verified', verifiedBy: ref(latest.run), brokenBy: null, ...seen };
  const lastMet = counted.findLastIndex((c) => meetsAll(c.results));
  if (lastMet < 0) return { state: 'not-met', verifiedBy: null, brokenBy: null, ...seen };
  const [met, broke] = [counted[lastMet]!.run, counted[lastMet + 1]!.run];
  return { state: 'regressed', verifiedBy: ref(met), brokenBy: ref(broke), ...seen };
}
