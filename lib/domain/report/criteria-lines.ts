// The absolute levels first (issue 14 item 6): each criteria set's GO / CONDITIONAL / NO-GO on the target
// run in one line, with the criteria it misses, for the top of the compare page and the first slide.
// From the comparison's own `criteria` block when the analysis was given criteria, else from the
// target run's project (CompareModel.plan). Pure.
import type { ComparisonCriteria, ComparisonOutOfScope } from '../analysis/types';
import { appliesToWords } from '../criteria/applies-to';
import { currentText, metricLabel, scopeLabel, targetText } from '../criteria/describe';
import type { Criterion, StoredCriteriaSet, Verdict, VerdictName } from '../criteria/types';

export interface CriteriaLine {
  /** Stored set id, when the set comes from the project. */
  setId: string | null;
  name: string;
  verdict: VerdictName;
  met: number;
  total: number;
  /** "P95 of all requests: 4,200 ms, target < 3,000 ms", for each criterion not met (or not evaluable). */
  missed: string[];
}

type Result = ComparisonCriteria['results'][number];

function missedText(c: Criterion, r: Result): string {
  const current = r.met === null ? `not evaluable${r.reason ? ` (${r.reason})` : ''}` : currentText(c, r.current);
  const should = c.severity === 'should' ? ' (should)' : '';
  return `${metricLabel(c.metric)} of ${scopeLabel(c.scope)}: ${current}, target ${targetText(c)}${should}`;
}

function lineOf(
  setId: string | null,
  name: string,
  verdict: VerdictName,
  results: readonly Result[],
  criteria?: readonly Criterion[],
): CriteriaLine {
  const missed = results.flatMap((r, i) => {
    if (r.met === true) return [];
    const c: Criterion = criteria?.[i] ?? {
      metric: r.metric,
      scope: r.scope,
      op: r.op as Criterion['op'],
      target: r.target,
    };
    return [missedText(c, r)];
  });
  return { setId, name, verdict, met: results.filter((r) => r.met === true).length, total: results.length, missed };
}

/** One line per criteria set: the comparison's criteria if any, else the project's sets on the target run. */
export function criteriaLines(
  criteria: readonly ComparisonCriteria[],
  plan: { verdicts: { set: StoredCriteriaSet; verdict: Verdict }[] } | null,
): CriteriaLine[] {
  if (criteria.length > 0) return criteria.map((c) => lineOf(null, c.name, c.verdict, c.results));
  return (plan?.verdicts ?? []).map(({ set, verdict }) =>
    lineOf(set.id, set.name, verdict.verdict, verdict.results, set.criteria),
  );
}

/** "NO-GO" when any set says so, else "CONDITIONAL" when any does, else "GO"; null without sets. */
export function overallVerdict(lines: readonly CriteriaLine[]): VerdictName | null {
  if (lines.length === 0) return null;
  if (lines.some((l) => l.verdict === 'NO-GO')) return 'NO-GO';
  return lines.some((l) => l.verdict === 'CONDITIONAL') ? 'CONDITIONAL' : 'GO';
}

/** A criteria set that does not judge the target run (its appliesTo), with why. */
export interface OutOfScopeLine {
  /** Stored set id, when the set comes from the project. */
  setId: string | null;
  name: string;
  /** "100 users, tag release". */
  appliesTo: string;
  /** "Production @100 users applies to 100-user runs; this run has 50 users". */
  reason: string;
}

/** The sets left out on the target run: the comparison's own list if it has one, else the project's
 *  (as criteriaLines). */
export function outOfScopeLines(
  outOfScope: readonly ComparisonOutOfScope[],
  plan: { outOfScope?: { set: StoredCriteriaSet; reason: string }[] } | null,
): OutOfScopeLine[] {
  if (outOfScope.length > 0) {
    return outOfScope.map((o) => ({
      setId: null,
      name: o.name,
      appliesTo: appliesToWords(o.appliesTo),
      reason: o.reason,
    }));
  }
  return (plan?.outOfScope ?? []).map(({ set, reason }) => ({
    setId: set.id,
    name: set.name,
    appliesTo: appliesToWords(set.appliesTo),
    reason,
  }));
}
