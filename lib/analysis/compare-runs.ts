// Compares runs in the given order (baseline first unless chosen): headline table, endpoints,
// scaling and comparability warnings. Pure: parsed runs in, the Comparison JSON out.
import type { ParsedRun } from '../locust/types';
import { comparabilityWarnings } from './comparability';
import { compareEndpoints } from './endpoints';
import { scalingOf } from './scaling';
import { buildSummary } from './summary';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import type { Comparison } from './types';

export interface RunInput {
  id: string | null;
  run: ParsedRun;
}

export function compareRuns(inputs: RunInput[], baseline = 0, thresholds: Thresholds = DEFAULT_THRESHOLDS): Comparison {
  if (inputs.length < 2) throw new RangeError('a comparison needs at least two runs');
  if (!Number.isInteger(baseline) || baseline < 0 || baseline >= inputs.length) throw new RangeError(`baseline must be a run index from 0 to ${inputs.length - 1}`);
  const runs = inputs.map((i) => i.run);
  const target = targetOf(runs.length, baseline);
  const base = runs[baseline] as ParsedRun;
  const last = runs[target] as ParsedRun;
  return {
    runs: inputs.map(({ id, run }) => ({ id, label: run.meta.label, userCount: run.meta.userCount })),
    baselineIndex: baseline,
    targetIndex: target,
    summary: buildSummary(runs.map((r) => r.aggregated), baseline, target, thresholds),
    endpoints: compareEndpoints(runs, baseline, target, thresholds),
    scaling: scalingOf({ userCount: base.meta.userCount, rps: base.aggregated.rps }, { userCount: last.meta.userCount, rps: last.aggregated.rps }),
    warnings: comparabilityWarnings(runs, baseline),
  };
}

/** The last run that is not the baseline: changes are reported for it. */
export function targetOf(runCount: number, baseline: number): number {
  return baseline === runCount - 1 ? runCount - 2 : runCount - 1;
}
