import { describe, expect, test } from 'vitest';
import type { ComparisonCriteria } from '../../domain/analysis/types';
import type { Criterion, CriterionResult, Verdict } from '../../domain/criteria/types';
import { blockers, comparisonVerdictWords, verdictHeadline } from './verdict-words';

const criteria: Criterion[] = [
  { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
  { metric: 'p95Ms', scope: 'endpoint:GET /x', op: '<', target: 3000 },
  { metric: 'medianMs', scope: 'aggregate', op: '<=', target: 0.1, relative: 'baseline', severity: 'should' },
];
const r = (current: number | null, met: boolean | null, reason?: string): CriterionResult => ({
  metric: '',
  scope: '',
  op: '<',
  target: 0,
  current,
  met,
  ...(reason ? { reason } : {}),
});
const verdict = (v: Verdict['verdict'], results: CriterionResult[]): Verdict => ({ verdict: v, name: 's', results });

describe('verdict in words', () => {
  test('GO', () =>
    expect(verdictHeadline(criteria, verdict('GO', [r(0.99, true), r(100, true), r(0, true)]))).toBe(
      'All 3 criteria met.',
    ));
  test('CONDITIONAL', () =>
    expect(verdictHeadline(criteria, verdict('CONDITIONAL', [r(0.99, true), r(100, true), r(0.3, false)]))).toBe(
      'Every “must” criterion met; 1 “should” criterion not met.',
    ));
  test('NO-GO', () =>
    expect(verdictHeadline(criteria, verdict('NO-GO', [r(0.9172, false), r(null, null), r(0, true)]))).toBe(
      '2 of 2 “must” criteria not met.',
    ));

  test('blockers name the value and the target', () => {
    const v = verdict('NO-GO', [
      r(0.9172, false),
      r(null, null, 'nothing in this run matches endpoint:GET /x'),
      r(0.3, false, '300 → 390'),
    ]);
    expect(blockers(criteria, v)).toEqual([
      { text: 'Success rate of All requests: 91.72%, target ≥ 97%', severity: 'must', evaluable: true },
      {
        text: 'p95 of GET /x: not evaluable — nothing in this run matches endpoint:GET /x',
        severity: 'must',
        evaluable: false,
      },
      {
        text: 'Median of All requests (change vs baseline): +30.0%, target ≤ +10%',
        severity: 'should',
        evaluable: true,
      },
    ]);
  });
});

test('comparison.criteria in words: read back from the JSON, relative gates and severities included', () => {
  // smallpool 20 -> 40 users: success 98.32%, p95 4,200 ms, median 160 -> 520 ms (+225%).
  const sets: ComparisonCriteria[] = [
    {
      name: 'Retest',
      verdict: 'NO-GO',
      results: [
        { metric: 'successRate', scope: 'aggregate', op: '>', target: 0.97, current: 759 / 772, met: true },
        { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000, current: 4200, met: false },
        {
          metric: 'medianMs',
          scope: 'aggregate',
          op: '<=',
          target: 0.1,
          current: 2.25,
          met: false,
          reason: '160 → 520',
          relative: 'baseline',
          floorMs: 50,
          severity: 'should',
        },
      ] as ComparisonCriteria['results'],
    },
  ];
  expect(comparisonVerdictWords(JSON.parse(JSON.stringify(sets)))).toEqual([
    {
      name: 'Retest',
      verdict: 'NO-GO',
      headline: '1 of 2 “must” criteria not met.',
      blockers: [
        { text: 'p95 of All requests: 4,200 ms, target < 3,000 ms', severity: 'must', evaluable: true },
        {
          text: 'Median of All requests (change vs baseline): +225.0%, target ≤ +10% (floor 50 ms)',
          severity: 'should',
          evaluable: true,
        },
      ],
    },
  ]);
  expect(comparisonVerdictWords([])).toEqual([]);
});
