// A set's verdict on one run in sentences: the headline and the blockers (the criteria not met),
// as the hand-written report's "GO/NO-GO DECISION" lists them. Pure.
import type { ComparisonCriteria } from '../../domain/analysis/types';
import { comparedVerdict } from '../../domain/criteria/compare';
import type { Criterion, Verdict } from '../../domain/criteria/types';
import { formatCurrent, formatReason, formatTarget } from './format';
import { metricLabel, scopeLabel } from './metrics';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "All 7 criteria met." / "Every must met; 1 should criterion not met." / "2 of 5 must criteria not met." */
export function verdictHeadline(criteria: readonly Criterion[], verdict: Verdict): string {
  const missed = (severity: 'must' | 'should') =>
    criteria.filter((c, i) => (c.severity ?? 'must') === severity && verdict.results[i]?.met !== true).length;
  const musts = criteria.filter((c) => (c.severity ?? 'must') === 'must').length;
  if (verdict.verdict === 'GO')
    return criteria.length === 1 ? 'The criterion is met.' : `All ${criteria.length} criteria met.`;
  if (verdict.verdict === 'CONDITIONAL') {
    const shoulds = plural(missed('should'), '“should” criterion', '“should” criteria');
    return `Every “must” criterion met; ${shoulds} not met.`;
  }
  return `${missed('must')} of ${plural(musts, '“must” criterion', '“must” criteria')} not met.`;
}

/** One line per criterion not met: "p95 of All requests: 9,000 ms, target < 3,000 ms". */
export function blockers(
  criteria: readonly Criterion[],
  verdict: Verdict,
): { text: string; severity: 'must' | 'should'; evaluable: boolean }[] {
  return criteria.flatMap((c, i) => {
    const r = verdict.results[i];
    if (!r || r.met === true) return [];
    const what =
      `${metricLabel(c.metric)} of ${scopeLabel(c.scope)}` +
      `${c.relative === 'baseline' ? ' (change vs baseline)' : ''}`;
    const text =
      r.met === null
        ? `${what}: not evaluable — ${formatReason(c, r.reason) ?? 'no value'}`
        : `${what}: ${formatCurrent(c, r.current)}, target ${formatTarget(c)}`;
    return [{ text, severity: c.severity ?? 'must', evaluable: r.met !== null }];
  });
}

export interface ComparedSetWords {
  name: string;
  verdict: Verdict['verdict'];
  /** verdictHeadline: "2 of 3 “must” criteria not met." */
  headline: string;
  blockers: ReturnType<typeof blockers>;
}

/** Each set of `comparison.criteria` (the target run's verdicts) in words, for the top of the
 *  compare page and the presentation: name, GO / CONDITIONAL / NO-GO, headline and blockers. */
export function comparisonVerdictWords(sets: readonly ComparisonCriteria[]): ComparedSetWords[] {
  return sets.map((set) => {
    const { criteria, verdict } = comparedVerdict(set);
    const headline = verdictHeadline(criteria, verdict);
    return { name: set.name, verdict: verdict.verdict, headline, blockers: blockers(criteria, verdict) };
  });
}
