// The Comparison JSON of docs/contract.md (what `swarmlens compare` prints and GET /api/compare
// returns), plus fields the contract allows us to add. Times in ms, rates per second, fractions 0..1.
import type { FailureAttribution, LatencyAttribution } from './attribution';
import type { GroupComparison } from './endpoint-groups';
import type { FailureConcentration, FailureDiff } from './failure-analysis';
import type { LoadStep } from './load-steps';
import type { ScalingCurve } from './usl';

export type Status = 'ok' | 'warning' | 'critical';

export type SummaryMetric = 'successRate' | 'failures' | 'requests' | 'rps' | 'medianMs' | 'p75Ms' | 'p90Ms' | 'p95Ms' | 'p99Ms' | 'maxMs';

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
  /** Throughput with another user count: the target's req/s if it scaled linearly from the baseline. */
  expected?: number | null;
  /** Latency rows with ~10 s window history: does the change stand out from window variation? */
  real?: boolean | null;
  evidence?: string;
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
  /** Endpoint with too few requests in a run to say anything about rates. */
  insufficientData: boolean;
  /** No failures in the baseline, some in the last run. */
  newFailures: boolean;
  medianChange: number | null;
  p95Change: number | null;
}

export interface Scaling {
  expectedRps: number | null;
  actualRps: number | null;
  /** actual / expected − 1: −0.30 = 30% below linear scaling. */
  gap: number | null;
  verdict: 'linear' | 'sublinear' | 'saturated' | 'unknown';
  reason: string;
}

export interface Comparison {
  runs: { id: string | null; label: string | null; userCount: number | null }[];
  baselineIndex: number;
  /** The run whose change against the baseline is reported: the last run that is not the baseline. */
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
  /** Users vs throughput over every run with a user count (USL fit from 3 loads); null under 2 loads. */
  scalingCurve: ScalingCurve | null;
  /** Set when the runs are the load steps of one stepped run (compareSteps). */
  steps: { runId: string | null; steps: LoadStep[] } | null;
}
