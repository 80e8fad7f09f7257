// A comparison that also judges absolute levels: every criteria set evaluated on the comparison's
// target run (relative criteria against the comparison's baseline run, unless the set names its own
// baseline), its verdicts in `comparison.criteria`, and each set's aggregate latency limits passed
// to the headline statuses, so a latency beyond a criterion is at least a warning even when it
// barely changed. A set whose `appliesTo` leaves the target run out gives no verdict and no limits:
// it is listed in `criteriaOutOfScope` with why. Pure: lib/domain/criteria depends on lib/domain/analysis, never the
// reverse. Times in ms.
import { compareRuns, targetOf, type RunInput } from '../analysis/compare-runs';
import type { UserGroup } from '../analysis/endpoint-groups';
import type { LatencyLimits } from '../analysis/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../analysis/thresholds';
import type { Comparison, ComparisonCriteria, ComparisonOutOfScope, SummaryMetric } from '../analysis/types';
import type { ParsedRun } from '../locust/types';
import { normaliseAppliesTo, outOfScopeReason } from './applies-to';
import { evaluateCriteria } from './evaluate';
import type { CriteriaSet, Criterion, CriterionResult, Verdict } from './types';

/** A set to judge the target with. `baselineRun`: the run its relative criteria compare against
 *  (a stored set's own baseline; null: it names one that is gone); absent: the comparison's baseline.
 *  `outOfScope`: whether the set judges the target, decided by whoever knows the run's tags (null: it
 *  does); absent: decided here from the target's label and user count alone (no tags: the CLI). */
export type ComparedSet = CriteriaSet & { baselineRun?: ParsedRun | null; outOfScope?: string | null };

/** Why the set does not judge `target`, or null when it does. */
function outOfScopeOf(set: ComparedSet, target: ParsedRun): string | null {
  if (set.outOfScope !== undefined) return set.outOfScope;
  const { label, userCount, profile } = target.meta;
  return outOfScopeReason(set, { label, userCount, tags: [], profile });
}

/** The sets that do not judge `target`, with why (in the sets' order). */
export function criteriaOutOfScope(sets: readonly ComparedSet[], target: ParsedRun): ComparisonOutOfScope[] {
  return sets.flatMap((set) => {
    const reason = outOfScopeOf(set, target);
    return reason === null ? [] : [{ name: set.name, appliesTo: normaliseAppliesTo(set.appliesTo) ?? {}, reason }];
  });
}

/** A result in the comparison JSON: the evaluation's, plus how the criterion reads (relative gate,
 *  floor, minimum requests, severity) so that a report can be written from the JSON alone. */
export type ComparisonCriterionResult = CriterionResult &
  Pick<Criterion, 'relative' | 'floorMs' | 'minRequests' | 'severity'>;

/** Summary rows a criterion limit applies to: the aggregate latencies the headline table judges. */
export const LIMITED_METRICS: readonly SummaryMetric[] = ['medianMs', 'p75Ms', 'p90Ms', 'p95Ms', 'p99Ms', 'maxMs'];

/**
 * The strictest upper limit per aggregate latency over the sets (absolute criteria with op < or <=
 * on the aggregate scope; relative ones are changes, not levels), with the name of the set it comes
 * from (the first set on a tie). "should" criteria count too: a limit is a limit.
 */
export function latencyLimitsOf(sets: readonly CriteriaSet[]): LatencyLimits {
  const limits: LatencyLimits = {};
  for (const set of sets) {
    for (const c of set.criteria) {
      const metric = c.metric as SummaryMetric;
      const upper = c.op === '<' || c.op === '<=';
      if (c.scope !== 'aggregate' || c.relative !== undefined || !upper || !LIMITED_METRICS.includes(metric)) continue;
      const held = limits[metric];
      const stricter = !held || c.target < held.limitMs || (c.target === held.limitMs && c.op === '<');
      if (stricter) limits[metric] = { limitMs: c.target, setName: set.name, inclusive: c.op === '<=' };
    }
  }
  return limits;
}

/** Each set's verdict on `target` (sets that do not apply to it left out: criteriaOutOfScope);
 *  relative criteria against the set's baseline run, else `baseline`. */
export function criteriaVerdicts(
  sets: readonly ComparedSet[],
  target: ParsedRun,
  baseline: ParsedRun | null,
): ComparisonCriteria[] {
  return sets
    .filter((set) => outOfScopeOf(set, target) === null)
    .map((set) => {
      const against = set.baselineRun === undefined ? baseline : set.baselineRun;
      const { verdict, name, results } = evaluateCriteria(set, target, against);
      return { name, verdict, results: results.map((r, i) => withReading(r, set.criteria[i]!)) };
    });
}

/** The result with those of the criterion's reading fields that are set (absent ones stay absent). */
export function withReading(r: CriterionResult, c: Criterion): ComparisonCriterionResult {
  const out: ComparisonCriterionResult = { ...r };
  if (c.relative !== undefined) out.relative = c.relative;
  if (c.floorMs !== undefined) out.floorMs = c.floorMs;
  if (c.minRequests !== undefined) out.minRequests = c.minRequests;
  if (c.severity !== undefined) out.severity = c.severity;
  return out;
}

/**
 * compareRuns with the sets judged on the target run: `criteria` holds one verdict per set that applies
 * to it (in the sets' order; [] without sets), `criteriaOutOfScope` the others, and latency statuses say
 * when the target is beyond the limit of a set that applies. `chosenTarget`: the run judged (default:
 * compareRuns'). Throws compareRuns' RangeError for fewer than two runs, a baseline outside them, or a
 * target that is not another run.
 */
export function compareWithCriteria(
  inputs: RunInput[],
  baseline = 0,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  groups: UserGroup[] = [],
  sets: readonly ComparedSet[] = [],
  chosenTarget?: number,
): Comparison {
  const valid = inputs.length >= 2 && Number.isInteger(baseline) && baseline >= 0 && baseline < inputs.length;
  if (!valid || sets.length === 0) return compareRuns(inputs, baseline, thresholds, groups, {}, chosenTarget);
  const target = inputs[chosenTarget ?? targetOf(inputs.length, baseline)]?.run;
  // An invalid chosen target: compareRuns throws its RangeError.
  if (target === undefined) return compareRuns(inputs, baseline, thresholds, groups, {}, chosenTarget);
  const criteria = criteriaVerdicts(sets, target, inputs[baseline]!.run);
  const applying = sets.filter((set) => outOfScopeOf(set, target) === null);
  const extras = {
    latencyLimits: latencyLimitsOf(applying),
    criteria,
    criteriaOutOfScope: criteriaOutOfScope(sets, target),
  };
  return compareRuns(inputs, baseline, thresholds, groups, extras, chosenTarget);
}

/** A set of `comparison.criteria` (JSON included) as its criteria and verdict, for the words and
 *  Markdown that take both (verdictsMarkdown, lib/view/criteria/verdict-words.ts). */
export function comparedVerdict(set: ComparisonCriteria): { criteria: Criterion[]; verdict: Verdict } {
  const results = (set.results as ComparisonCriterionResult[]).map((r) => ({ ...r, op: r.op as Criterion['op'] }));
  return { criteria: results.map(criterionOf), verdict: { name: set.name, verdict: set.verdict, results } };
}

function criterionOf(r: ComparisonCriterionResult): Criterion {
  const c: Criterion = { metric: r.metric, scope: r.scope, op: r.op, target: r.target };
  if (r.relative !== undefined) c.relative = r.relative;
  if (r.floorMs !== undefined) c.floorMs = r.floorMs;
  if (r.minRequests !== undefined) c.minRequests = r.minRequests;
  if (r.severity !== undefined) c.severity = r.severity;
  return c;
}
