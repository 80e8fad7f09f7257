// Verifying roadmap items without evaluating every run: verifyItem (verify.ts) decides "verified"
// from the latest judged run and "regressed" from the last run that met all and the judged run after
// it, so when the newest runs (the last in test order) alone already show either, earlier runs cannot
// change it: whether a run counts for an item depends on that run's results only. Only items they
// leave "not met" or "awaiting a run" need their criteria on every run. Pure.
import type { CriterionResult } from '../criteria/types';
import type { RoadmapItem } from './types';
import { verifyItem, type RunRef } from './verify';

export type ResultsByRun = Record<string, Record<string, CriterionResult>>;

/**
 * The items whose verification the newest runs do not settle. `newest`: the last runs of the project
 * in test order (lib/domain/roadmap/run-order.ts), every linked criterion evaluated on them in `results`.
 * Invariant (tested): with `results` plus these items' criteria on every run, verifyItem gives every
 * item the verification it has with every result of every run.
 */
export function undecidedOnNewest<I extends Pick<RoadmapItem, 'criterionIds'>>(
  items: readonly I[],
  newest: readonly RunRef[],
  results: ResultsByRun,
): I[] {
  return items.filter((item) => {
    const state = verifyItem(item, newest, results).state;
    return state === 'not-met' || state === 'awaiting-run';
  });
}

/** Results of several evaluations, per run and criterion (a criterion's result on a run is the same in each). */
export function mergeResults(...parts: readonly ResultsByRun[]): ResultsByRun {
  const merged: ResultsByRun = {};
  for (const part of parts)
    for (const [runId, byCriterion] of Object.entries(part))
      merged[runId] = Object.assign(merged[runId] ?? {}, byCriterion);
  return merged;
}
