// Compares runs in the given order (baseline first unless chosen; target the last other run unless
// chosen): headline table, endpoints, scaling per build and comparability warnings. Pure: parsed runs
// in, the Comparison JSON out.
import type { ParsedRun } from '../locust/types';
import { attributeFailures, attributeLatency } from './attribution';
import { comparabilityWarnings } from './comparability';
import { describeDistribution } from './distribution-words';
import { compareGroups, type UserGroup } from './endpoint-groups';
import { compareEndpoints } from './endpoints';
import { failureConcentration } from './failure-concentration';
import { diffFailures } from './failure-diff';
import { goodputRps } from './goodput';
import { headlineNotes, type RunFacts } from './headline-notes';
import { latencyCeiling } from './latency-ceiling';
import { latencyEvidence, windowSpread } from './latency-spread';
import { loadProfile } from './load-shape';
import { scalingOf } from './scaling';
import { checkTarget, targetOf } from './compare-order';
import { buildsNote, curvesByBuild, groupByBuild, mixesBuilds, targetCurve } from './scaling-builds';
import type { ScalingRunInput } from './scaling-curve';
import { STATISTICS_NOTE } from './significance';
import { buildSummary } from './summary';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import type { Comparison, ComparisonCriteria, ComparisonOutOfScope, LatencyLimits, SummaryRow } from './types';

const WINDOW_KEYS: Partial<Record<SummaryRow['metric'], string>> = { medianMs: '50', p95Ms: '95', p99Ms: '99' };

/** Adds window-variation evidence to the median/p95/p99 rows: a change within it is at most a
 *  warning, and an improvement within it is no improvement. */
function withLatencyEvidence(rows: SummaryRow[], base: ParsedRun, target: ParsedRun): SummaryRow[] {
  return rows.map((row) => {
    const key = WINDOW_KEYS[row.metric];
    if (key === undefined) return row;
    const { real, reason } = latencyEvidence(windowSpread(base, key), windowSpread(target, key));
    const status =
      real === false && row.status === 'critical'
        ? 'warning'
        : real === false && row.status === 'improved'
          ? 'ok'
          : row.status;
    return { ...row, status, real, evidence: reason };
  });
}

export interface RunInput {
  id: string | null;
  run: ParsedRun;
  /** sha256 of each original file, when known: identical inputs are said so. */
  fileHashes?: string[];
}

/** Absolute levels judged with the comparison: criteria limits on the target's latencies and the
 *  criteria sets' verdicts (computed by lib/domain/criteria, which depends on this module, not the reverse). */
export interface CompareExtras {
  latencyLimits?: LatencyLimits;
  criteria?: ComparisonCriteria[];
  criteriaOutOfScope?: ComparisonOutOfScope[];
}

/** `target`: the run judged against the baseline (default: the last run that is not the baseline). */
export function compareRuns(
  inputs: RunInput[],
  baseline = 0,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  userGroups: UserGroup[] = [],
  extras: CompareExtras = {},
  chosenTarget?: number,
): Comparison {
  if (inputs.length < 2) throw new RangeError('a comparison needs at least two runs');
  if (!Number.isInteger(baseline) || baseline < 0 || baseline >= inputs.length)
    throw new RangeError(`baseline must be a run index from 0 to ${inputs.length - 1}`);
  const runs = inputs.map((i) => i.run);
  const target =
    chosenTarget === undefined ? targetOf(runs.length, baseline) : checkTarget(runs.length, baseline, chosenTarget);
  const base = runs[baseline] as ParsedRun;
  const last = runs[target] as ParsedRun;
  const facts: RunFacts[] = inputs.map((input, i) => ({
    name: runName(runs, i),
    run: input.run,
    fileHashes: input.fileHashes,
    shape: loadProfile(input.run).shape,
    ceiling: latencyCeiling(input.run),
  }));
  const grouping = groupByBuild(runs.map(buildOf));
  const mixed = mixesBuilds(grouping);
  const buildCurves = curvesByBuild(facts.map(curveInput), grouping);
  const curve = targetCurve(buildCurves, target)?.curve ?? null;
  const pairRun = (r: ParsedRun, f: RunFacts) => ({
    userCount: f.shape === 'ramp' ? null : r.meta.userCount,
    rps: r.aggregated.rps,
    goodputRps: goodputRps(r.aggregated),
    ...(mixed ? { build: buildOf(r) } : {}),
  });
  const scaling = scalingOf(
    pairRun(base, facts[baseline]!),
    pairRun(last, facts[target]!),
    curve?.verdict ?? 'unknown',
  );
  const summary = buildSummary(
    runs.map((r) => r.aggregated),
    baseline,
    target,
    {
      thresholds,
      users: runs.map((r) => r.meta.userCount),
      ceilingsMs: facts.map((f) => f.ceiling?.ceilingMs ?? null),
      scaling,
      latencyLimits: extras.latencyLimits,
    },
  );
  return {
    runs: inputs.map(({ id, run }) => ({
      id,
      label: run.meta.label,
      userCount: run.meta.userCount,
      durationS: run.meta.durationS,
      build: buildOf(run),
      commit: run.meta.commit ?? null,
      branch: run.meta.branch ?? null,
      environment: run.meta.environment ?? null,
    })),
    baselineIndex: baseline,
    targetIndex: target,
    summary: withLatencyEvidence(summary, base, last),
    endpoints: compareEndpoints(runs, baseline, target, thresholds),
    scaling,
    warnings: comparabilityWarnings(runs, baseline),
    groups: compareGroups(runs, baseline, target, userGroups),
    failureDiffs: diffFailures(runs, baseline, target),
    failureConcentration: runs.map(failureConcentration),
    latencyAttribution: attributeLatency(runs, baseline, target),
    failureAttribution: attributeFailures(runs, baseline, target),
    distributionWords: describeDistribution(
      [target, baseline].map((i) => ({ ...distributionRun(runs, i), ceilingMs: facts[i]!.ceiling?.ceilingMs ?? null })),
    ),
    scalingCurve: curve,
    buildCurves,
    buildsNote: buildsNote(
      buildCurves,
      grouping,
      target,
      facts.map((f) => f.name),
    ),
    steps: null,
    pAdjustMethod: 'holm',
    statisticsNote: STATISTICS_NOTE,
    latencyCeilingsMs: facts.map((f) => f.ceiling?.ceilingMs ?? null),
    criteria: extras.criteria ?? [],
    criteriaOutOfScope: extras.criteriaOutOfScope ?? [],
    headlineNotes: headlineNotes(facts, baseline, target),
  };
}

export { targetOf };

const buildOf = (run: ParsedRun): string | null => run.meta.build ?? null;

/** Runs are named by their load ("1 user", "40 users") unless another run has the same load. */
function runName(runs: ParsedRun[], index: number): string {
  const run = runs[index] as ParsedRun;
  const users = run.meta.userCount;
  const unique = users !== null && runs.filter((r) => r.meta.userCount === users).length === 1;
  return unique ? `${users} ${users === 1 ? 'user' : 'users'}` : (run.meta.label ?? `run ${index + 1}`);
}

function distributionRun(runs: ParsedRun[], index: number) {
  return { label: runName(runs, index), percentiles: (runs[index] as ParsedRun).aggregated.percentiles };
}

/** A run as the scaling curve takes it (ramps are listed as excluded). */
function curveInput({ run: r, shape }: RunFacts): ScalingRunInput {
  return {
    users: r.meta.userCount,
    rps: r.aggregated.rps,
    goodputRps: goodputRps(r.aggregated),
    medianMs: r.aggregated.medianMs,
    p95Ms: r.aggregated.percentiles['95'] ?? null,
    label: r.meta.label,
    shape,
  };
}
