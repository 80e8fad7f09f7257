// One stepped run (users ramped 50 -> 100 -> 150 in one test) compared step by step: each plateau
// of the history's user count becomes a pseudo-run (exact counts and rates from the cumulative
// counters; latency from the history's window percentiles, approximate) — see load-steps.ts.
import { compareRuns, type RunInput } from './compare-runs';
import { splitIntoSteps, stepsAsRuns } from './load-steps';
import type { UserGroup } from './endpoint-groups';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import type { Comparison } from './types';

export class NotSteppedError extends RangeError {}

export function compareSteps(
  input: RunInput,
  baseline = 0,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  userGroups: UserGroup[] = [],
): Comparison {
  const steps = splitIntoSteps(input.run);
  if (steps.length < 2) {
    throw new NotSteppedError(
      'this run has no two load steps: its history shows fewer than two plateaus of users lasting 30 s or more',
    );
  }
  const runs = stepsAsRuns(input.run, steps).map((run, k) => ({
    id: input.id === null ? null : `${input.id}#step${k + 1}`,
    run,
  }));
  const comparison = compareRuns(runs, baseline, thresholds, userGroups);
  const note =
    'Steps of one run: request and failure counts are exact (cumulative counters); latency comes from the history’s ' +
    'window percentiles, not whole-run ones.';
  return { ...comparison, steps: { runId: input.id, steps }, warnings: [note, ...comparison.warnings] };
}
