// Success criteria and verdicts (docs/contract.md "Criteria file"). Fractions 0..1, times in ms.

export type CriterionOp = '<' | '<=' | '>' | '>=' | '==';

export interface Criterion {
  /** successRate, failureRate, failures, requests, rps (all requests, failed included), goodputRps (successful
   *  requests per second), medianMs, avgMs, maxMs, or pNNMs (p95Ms, p99.9Ms). */
  metric: string;
  /** aggregate | endpoint:METHOD NAME | endpoint:NAME (every method) | group:PREFIX */
  scope: string;
  op: CriterionOp;
  target: number;
  /** With "baseline", target is the allowed relative change against the baseline run (0.10 = +10%). */
  relative?: 'baseline';
  /** Relative gates: an absolute change of at most this many ms passes whatever the relative one. */
  floorMs?: number;
  /** Fewer requests than this in the scope: not judged (noise must not fail a gate), reported as met. */
  minRequests?: number;
  /** "should" criteria only make a verdict CONDITIONAL; "must" (default) ones make it NO-GO. */
  severity?: 'must' | 'should';
}

export interface CriteriaSet {
  name: string;
  criteria: Criterion[];
  /** The runs the set judges; absent or null: every run (lib/domain/criteria/applies-to.ts). */
  appliesTo?: AppliesTo | null;
}

/** A set to store: criteria sent back with their `id` keep it (and their roadmap links). */
export interface CriteriaSetInput {
  name: string;
  description: string | null;
  baselineRunId: string | null;
  criteria: (Criterion & { id?: string })[];
  /** Absent or null: the set judges every run. */
  appliesTo?: AppliesTo | null;
}

/**
 * Which runs a criteria set judges: every condition given must hold (none given: every run).
 * Text is compared ignoring case.
 */
export interface AppliesTo {
  /** Runs with exactly this many users. */
  userCount?: number;
  /** Runs that carry every one of these tags. */
  tags?: string[];
  /** Runs whose whole label matches this glob: `*` any characters, `?` one (lib/domain/criteria/glob.ts). */
  labelGlob?: string;
  /** Runs of Locust's `--profile NAME` (meta.profile), or tagged `profile:NAME`. */
  profile?: string;
}

export interface CriterionResult {
  metric: string;
  scope: string;
  op: CriterionOp;
  target: number;
  /** The measured value (relative change for relative gates); null when it cannot be measured. */
  current: number | null;
  /** null: could not be evaluated (counts as not met). */
  met: boolean | null;
  reason?: string;
  /** false: too few requests to judge (minRequests); reported met so noise fails no gate, but it
   *  proves nothing either (a roadmap item is not verified by it). */
  judged?: false;
}

export type VerdictName = 'GO' | 'CONDITIONAL' | 'NO-GO';

export interface Verdict {
  verdict: VerdictName;
  name: string;
  results: CriterionResult[];
}

/** A criterion as stored: its id lets roadmap items link to it. */
export interface StoredCriterion extends Criterion {
  id: string;
}

export interface StoredCriteriaSet {
  id: string;
  projectId: string;
  name: string;
  description: string | null;
  /** The run relative criteria compare against; null: relative criteria cannot be judged. */
  baselineRunId: string | null;
  criteria: StoredCriterion[];
  /** null (what the store returns) or absent: the set judges every run. */
  appliesTo?: AppliesTo | null;
  createdAt: string;
  updatedAt: string;
}

/** A verdict signed off by a person; names and results are copies, kept if the set or run goes. */
export interface SignOffRecord {
  id: string;
  projectId: string;
  setId: string | null;
  runId: string | null;
  setName: string;
  runLabel: string;
  /** Evaluated at signing. */
  verdict: VerdictName;
  /** What the people decided (may overrule the evaluation, with a note). */
  decision: VerdictName;
  decidedBy: string;
  note: string | null;
  results: Verdict;
  createdAt: string;
}
