// Evaluates a criteria set against a run (and a baseline run for relative gates): each criterion's
// current value and whether it is met, and the verdict. GO: all met; CONDITIONAL: every "must" met;
// NO-GO otherwise. A criterion that cannot be evaluated (met: null) counts as not met.
import { metricValue } from '../analysis/metrics';
import type { ParsedRun } from '../locust/types';
import { subjectsOf, type Subject } from './scope';
import type { CriteriaSet, Criterion, CriterionResult, Verdict } from './types';

const compare = (value: number, op: Criterion['op'], target: number) =>
  op === '<'
    ? value < target
    : op === '<='
      ? value <= target
      : op === '>'
        ? value > target
        : op === '>='
          ? value >= target
          : value === target;

// Results are built as one object literal: Node 20's V8 makes `{ ...base, more }` (a spread first,
// then more properties) about 50 times slower, which evaluating 1,000 runs pays thousands of times.
function evaluateOne(c: Criterion, run: ParsedRun, baseline: ParsedRun | null): CriterionResult {
  const subjects = subjectsOf(run, c.scope);
  if (subjects.length === 0)
    return {
      metric: c.metric,
      scope: c.scope,
      op: c.op,
      target: c.target,
      current: null,
      met: null,
      reason: `nothing in this run matches ${c.scope}`,
    };
  const results = subjects.map((s) => judge(c, s, baseline));
  // With several subjects (every method of a name) all must meet it; report the first that does not.
  return {
    metric: c.metric,
    scope: c.scope,
    op: c.op,
    target: c.target,
    ...(results.find((r) => r.met !== true) ?? results[0]!),
  };
}

function judge(
  c: Criterion,
  s: Subject,
  baseline: ParsedRun | null,
): Pick<CriterionResult, 'current' | 'met' | 'reason' | 'judged'> {
  const value = metricValue(s.stats, c.metric);
  if (c.minRequests !== undefined && s.stats.requests < c.minRequests) {
    const current = c.relative === 'baseline' ? relativeChange(c, s, baseline, value) : value;
    return {
      current,
      met: true,
      judged: false,
      reason: `${s.label}: ${s.stats.requests} requests, fewer than ${c.minRequests}: not judged`,
    };
  }
  if (value === null) return { current: null, met: null, reason: `${s.label} has no ${c.metric}` };
  const bound =
    s.upperBound && /Ms$/.test(c.metric) && c.metric !== 'avgMs'
      ? ' (the worst endpoint of the group: an upper bound)'
      : '';
  if (c.relative !== 'baseline')
    return { current: value, met: compare(value, c.op, c.target), ...(bound ? { reason: `${s.label}${bound}` } : {}) };
  if (!baseline) return { current: null, met: null, reason: 'a relative criterion needs a baseline run' };
  const before = subjectsOf(baseline, c.scope).find((b) => b.label === s.label) ?? null;
  const was = before ? metricValue(before.stats, c.metric) : null;
  if (was === null || was === 0)
    return { current: null, met: null, reason: `the baseline has no usable ${c.metric} for ${s.label}` };
  const change = value / was - 1;
  if (c.floorMs !== undefined && /Ms$/.test(c.metric) && Math.abs(value - was) <= c.floorMs) {
    return {
      current: change,
      met: true,
      reason: `${Math.round(value - was)} ms from the baseline: within the ${c.floorMs} ms floor`,
    };
  }
  return { current: change, met: compare(change, c.op, c.target), reason: `${was} → ${value}${bound}` };
}

/** The relative change against the baseline's same subject, or null when it cannot be had. */
function relativeChange(c: Criterion, s: Subject, baseline: ParsedRun | null, value: number | null): number | null {
  const before = baseline ? subjectsOf(baseline, c.scope).find((b) => b.label === s.label) : undefined;
  const was = before ? metricValue(before.stats, c.metric) : null;
  return value === null || was === null || was === 0 ? null : value / was - 1;
}

export function evaluateCriteria(set: CriteriaSet, run: ParsedRun, baseline: ParsedRun | null = null): Verdict {
  const results = set.criteria.map((c) => evaluateOne(c, run, baseline));
  const failed = (severity: 'must' | 'should') =>
    set.criteria.some((c, i) => (c.severity ?? 'must') === severity && results[i]!.met !== true);
  const verdict = failed('must') ? 'NO-GO' : failed('should') ? 'CONDITIONAL' : 'GO';
  return { verdict, name: set.name, results };
}
