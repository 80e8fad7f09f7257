// The Comparison JSON of docs/contract.md (what `swarmlens compare` prints and GET /api/compare
// returns), plus fields the contract allows us to add. Times in ms, rates per second, fractions 0..1.
import type { FailureAttribution, LatencyAttribution } from './attribution';
import type { GroupComparison } from './endpoint-groups';
import type { FailureConcentration } from './failure-concentration';
import type { FailureDiff } from './failure-diff';
import type { LoadStep } from './load-steps';
import type { BuildCurve } from './scaling-builds';
import type { ScalingCurve } from './scaling-curve';

/** improved: better beyond the warning threshold (and real); ok: unchanged within the thresholds; warning /
 *  critical: worse; inconclusive: a change large enough to matter that the data cannot confirm (not
 *  significant, within window variation, or measured at a latency ceiling). */
export type Status = 'improved' | 'ok' | 'warning' | 'critical' | 'inconclusive';

export type SummaryMetric =
  | 'successRate'
  | 'failures'
  | 'requests'
  | 'rps'
  | 'goodputRps'
  | 'medianMs'
  | 'p75Ms'
  | 'p90Ms'
  | 'p95Ms'
  | 'p99Ms'
  | 'maxMs';

export interface SummaryRow {
  metric: SummaryMetric;
  values: (number | null)[];
  /** Target (the last run other than the baseline) vs baseline: relative (0.25 = +25%), or for
   *  successRate the difference of fractions. */
  change: number | null;
  status: Status;
  /** Two-sided p-value of the change where a test applies (success rate, failures), else null. */
  pValue: number | null;
  /** Why the status is what it is, in words. */
  reason: string;
  /** Throughput/goodput when the target has more users than the baseline: the target's rate if it had scaled
   *  linearly from the baseline; null otherwise. */
  expected?: number | null;
  /** Latency rows with ~10 s window history: does the change stand out from window variation? */
  real?: boolean | null;
  evidence?: string;
  /** Latency rows: the baseline's / target's value sits at its latency ceiling, so it is a lower bound. */
  atCeiling?: { baseline: boolean; target: boolean };
  /** Latency rows: the target is beyond a criterion of the given criteria sets (text), else absent. */
  beyondCriterion?: string;
}

export interface EndpointRunFigures {
  requests: number;
  failures: number;
  failureRate: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  maxMs: number | null;
}

export interface EndpointComparison {
  method: string | null;
  name: string;
  runs: (EndpointRunFigures | null)[];
  /** Failure-rate change last vs baseline, in points (fractions), null when either is missing. */
  failureRateChange: number | null;
  /** p-value of the failure-rate change (two-proportion / exact test), null when not testable. */
  failurePValue: number | null;
  /** Holm-adjusted failurePValue over the endpoints that have one (see Comparison.pAdjustMethod). */
  failurePValueAdjusted: number | null;
  /** Failure-rate status of the target against the baseline, judged on the adjusted p-value. */
  failureStatus: Status;
  /** Endpoint with too few requests in a run to say anything about rates. */
  insufficientData: boolean;
  /** No failures in the baseline, some in the last run. */
  newFailures: boolean;
  medianChange: number | null;
  p95Change: number | null;
}

/** The baseline/target pair's own scaling figures, measured from the run with fewer users to the run
 *  with more (whichever is the baseline). The verdict is the curve's (`scalingCurve.verdict`). */
export interface Scaling {
  /** Which rate the verdict and efficiency are judged on: successful requests per second. */
  basis: 'goodput';
  /** All requests (failed included): the larger load's req/s if it grew in proportion to users. */
  expectedRps: number | null;
  actualRps: number | null;
  /** actual / expected − 1 on all requests: −0.30 = 30% below linear scaling. */
  gap: number | null;
  /** The same on goodput (successful requests per second). */
  expectedGoodputRps: number | null;
  actualGoodputRps: number | null;
  goodputGap: number | null;
  /** Users of the run the expectation starts from, and of the run it is measured at. */
  fromUsers: number;
  toUsers: number;
  verdict: 'linear' | 'sublinear' | 'saturated' | 'unknown';
  reason: string;
}

/** One criteria set's verdict on the target run (lib/domain/criteria). */
export interface ComparisonCriteria {
  name: string;
  /** The run the set judged when it is not the comparison's target: load steps are judged as their whole run. */
  judgedRun?: string;
  verdict: 'GO' | 'CONDITIONAL' | 'NO-GO';
  results: {
    metric: string;
    scope: string;
    op: string;
    target: number;
    current: number | null;
    met: boolean | null;
    reason?: string;
    judged?: false;
    /** How the criterion reads, when set (see the criteria file in docs/contract.md). */
    relative?: 'baseline';
    floorMs?: number;
    minRequests?: number;
    severity?: 'must' | 'should';
  }[];
}

/** A criteria set left out because it does not judge the target run (lib/domain/criteria/applies-to.ts). */
export interface ComparisonOutOfScope {
  name: string;
  appliesTo: { userCount?: number; tags?: string[]; labelGlob?: string; profile?: string };
  /** "Production @100 users applies to 100-user runs; this run has 50 users". */
  reason: string;
}

export interface Comparison {
  /** durationS: the run's length in s (meta.durationS), null when unknown; build: meta.build, null when none
   *  (compareRuns always sets it; optional for comparisons written before builds). */
  runs: {
    id: string | null;
    label: string | null;
    userCount: number | null;
    durationS: number | null;
    build?: string | null;
    /** The run's provenance (meta.commit, meta.branch, meta.environment), null when not said (optional for
     *  comparisons written before it). */
    commit?: string | null;
    branch?: string | null;
    environment?: string | null;
  }[];
  baselineIndex: number;
  /** The run whose change against the baseline is reported: the chosen target, else the last run that is
   *  not the baseline. */
  targetIndex: number;
  summary: SummaryRow[];
  endpoints: EndpointComparison[];
  scaling: Scaling | null;
  warnings: string[];
  /** Endpoint groups (user-defined first, then automatic), summed per run. */
  groups: GroupComparison[];
  /** Failure messages diffed between baseline and target: new / resolved / grown / shrunk / same. */
  failureDiffs: FailureDiff[];
  /** Per run (same order as `runs`): one endpoint or error vs spread across endpoints. */
  failureConcentration: FailureConcentration[];
  /** How much each endpoint explains of the change in the aggregate average response time. */
  latencyAttribution: LatencyAttribution;
  /** Each endpoint's share of the change in the failure count. */
  failureAttribution: FailureAttribution;
  /** "80% of requests took at most about 3,100 ms at 40 users, 320 ms at 20 users." */
  distributionWords: string[];
  /** Users vs goodput over the target's build's runs with a user count (USL fit from 3 loads); null under
   *  2 loads in that build. With one build (or none named): every run's. */
  scalingCurve: ScalingCurve | null;
  /** One curve per build (lib/domain/analysis/scaling-builds.ts), builds in order of their first run. */
  buildCurves: BuildCurve[];
  /** With several builds: one curve per build, which build the verdict is about, runs on no curve; else null. */
  buildsNote: string | null;
  /** Set when the runs are the load steps of one stepped run (compareSteps). */
  steps: { runId: string | null; steps: LoadStep[] } | null;
  /** How per-endpoint failure p-values are corrected for testing many endpoints at once. */
  pAdjustMethod: 'holm';
  /** The caveat every p-value here carries, stated once. */
  statisticsNote: string;
  /** Per run: the latency ceiling (ms) its responses stop at (likely a timeout), or null. */
  latencyCeilingsMs: (number | null)[];
  /** The given criteria sets' verdicts on the target run; [] when none were given. */
  criteria: ComparisonCriteria[];
  /** The given sets that do not apply to the target run (their appliesTo), with why; [] when none. */
  criteriaOutOfScope: ComparisonOutOfScope[];
  /** What must be read before anything else (every request failed, identical inputs, a ramp run), in order. */
  headlineNotes: string[];
}

/** A criterion's limit on an aggregate latency of the target (ms), with the set it comes from. */
/** inclusive: the criterion allows the limit itself (`<=`); otherwise (`<`) a value equal to it is beyond. */
export type LatencyLimits = Partial<Record<SummaryMetric, { limitMs: number; setName: string; inclusive?: boolean }>>;
