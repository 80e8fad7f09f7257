// Compares runs in the given order (baseline first unless chosen): headline table, endpoints,
// scaling and comparability warnings. Pure: parsed runs in, the Comparison JSON out.
import type { ParsedRun } from '../locust/types';
import { attributeFailures, attributeLatency } from './attribution';
import { comparabilityWarnings } from './comparability';
import { describeDistribution } from './distribution-words';
import { compareGroups, type UserGroup } from './endpoint-groups';
import { diffFailures, failureConcentration } from './failure-analysis';
import { scalingCurve, type ScalingCurve } from './usl';
import { latencyEvidence, windowSpread } from './latency-spread';
import { compareEndpoints } from './endpoints';
import { scalingOf } from './scaling';
import { buildSummary } from './summary';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import type { Comparison, SummaryRow } from './types';

const WINDOW_KEYS: Partial<Record<SummaryRow['metric'], string>> = { medianMs: '50', p95Ms: '95', p99Ms: '99' };

/** Adds window-variation evidence to the median/p95/p99 rows; a change within it is not critical. */
function withLatencyEvidence(rows: SummaryRow[], base: ParsedRun, target: ParsedRun): SummaryRow[] {
  return rows.map((row) => {
    const key = WINDOW_KEYS[row.metric];
    if (key === undefined) return row;
    const { real, reason } = latencyEvidence(windowSpread(base, key), windowSpread(target, key));
    const status = real === false && row.status === 'critical' ? 'warning' : row.status;
    return { ...row, status, real, evidence: reason };
  });
}

export interface RunInput {
  id: string | null;
  run: ParsedRun;
}

export function compareRuns(inputs: RunInput[], baseline = 0, thresholds: Thresholds = DEFAULT_THRESHOLDS, userGroups: UserGroup[] = []): Comparison {
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
    summary: withLatencyEvidence(buildSummary(runs.map((r) => r.aggregated), baseline, target, thresholds, runs.map((r) => r.meta.userCount)), base, last),
    endpoints: compareEndpoints(runs, baseline, target, thresholds),
    scaling: scalingOf({ userCount: base.meta.userCount, rps: base.aggregated.rps }, { userCount: last.meta.userCount, rps: last.aggregated.rps }),
    warnings: comparabilityWarnings(runs, baseline),
    groups: compareGroups(runs, baseline, target, userGroups),
    failureDiffs: diffFailures(runs, baseline, target),
    failureConcentration: runs.map(failureConcentration),
    latencyAttribution: attributeLatency(runs, baseline, target),
    failureAttribution: attributeFailures(runs, baseline, target),
    distributionWords: describeDistribution([target, baseline].map((i) => distributionRun(runs, i))),
    scalingCurve: curveOf(runs),
    steps: null,
  };
}

/** The last run that is not the baseline: changes are reported for it. */
export function targetOf(runCount: number, baseline: number): number {
  return baseline === runCount - 1 ? runCount - 2 : runCount - 1;
}

/** Runs are named by their load ("1 user", "40 users") unless another run has the same load. */
function distributionRun(runs: ParsedRun[], index: number) {
  const run = runs[index] as ParsedRun;
  const users = run.meta.userCount;
  const unique = users !== null && runs.filter((r) => r.meta.userCount === users).length === 1;
  const label = unique ? `${users} ${users === 1 ? 'user' : 'users'}` : (run.meta.label ?? `run ${index + 1}`);
  return { label, percentiles: run.aggregated.percentiles };
}

/** The users-vs-throughput curve when the runs cover at least two loads. */
function curveOf(runs: ParsedRun[]): ScalingCurve | null {
  const loads = new Set(runs.map((r) => r.meta.userCount).filter((u) => u !== null));
  if (loads.size < 2) return null;
  return scalingCurve(runs.map((r) => ({ users: r.meta.userCount, rps: r.aggregated.rps, medianMs: r.aggregated.medianMs, p95Ms: r.aggregated.percentiles['95'] ?? null, label: r.meta.label })));
}
