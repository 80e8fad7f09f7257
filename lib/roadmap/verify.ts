// Verification of roadmap items by later runs: an item linked to criteria is verified by the latest
// run uploaded after the item was created when that run meets every linked criterion; a later run
// that breaks them again after one met them shows as "regressed", naming the run that broke them.
import type { CriterionResult } from '../criteria/types';
import type { ItemVerification, RoadmapItem } from './types';

export interface RunRef {
  id: string;
  label: string;
  /** ISO-8601 upload time. */
  createdAt: string;
}

/** `runs` oldest first; `resultsByRun`: runId -> criterionId -> result (lib/criteria/project-evaluation). */
export function verifyItem(
  item: Pick<RoadmapItem, 'criterionIds' | 'createdAt'>,
  runs: readonly RunRef[],
  resultsByRun: Readonly<Record<string, Readonly<Record<string, CriterionResult>>>>,
): ItemVerification {
  const none = { verifiedBy: null, brokenBy: null, latestRun: null, latest: [] };
  if (item.criterionIds.length === 0) return { state: 'unlinked', ...none };
  const resultsOf = (r: RunRef) =>
    item.criterionIds.flatMap((criterionId) => {
      const result = resultsByRun[r.id]?.[criterionId];
      return result ? [{ ...result, criterionId }] : [];
    });
  // Runs where a linked criterion had too few requests to judge neither verify nor break the item.
  const later = runs.filter((r) => r.createdAt > item.createdAt && resultsOf(r).every((x) => x.judged !== false));
  if (later.length === 0) return { state: 'awaiting-run', ...none };
  const meetsAll = (r: RunRef) => {
    const results = resultsOf(r);
    return results.length === item.criterionIds.length && results.every((x) => x.met === true);
  };
  const latestRun = later[later.length - 1]!;
  const ref = (r: RunRef) => ({ runId: r.id, label: r.label });
  const seen = { latestRun: ref(latestRun), latest: resultsOf(latestRun) };
  if (meetsAll(latestRun)) return { state: 'verified', verifiedBy: ref(latestRun), brokenBy: null, ...seen };
  const lastMet = later.findLastIndex(meetsAll);
  if (lastMet < 0) return { state: 'not-met', verifiedBy: null, brokenBy: null, ...seen };
  return { state: 'regressed', verifiedBy: ref(later[lastMet]!), brokenBy: ref(later[lastMet + 1]!), ...seen };
}
