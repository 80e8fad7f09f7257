import { describe, expect, test } from 'vitest';
import type { Criterion, CriterionResult } from '../../domain/criteria/types';
import type { LinkedCriterion } from '../../domain/roadmap/types';
import {
  criterionOfResult,
  criterionResultText,
  criterionText,
  linkedCriterionText,
  metricValue,
  metricWords,
  resultLines,
  resultMark,
  scopeWords,
} from './criterion-text';

describe('metric and scope words', () => {
  test.each([
    ['p95Ms', 'p95'],
    ['p99.9Ms', 'p99.9'],
    ['medianMs', 'median'],
    ['avgMs', 'average'],
    ['maxMs', 'max'],
    ['successRate', 'success rate'],
    ['failureRate', 'failure rate'],
    ['rps', 'throughput'],
    ['goodputRps', 'goodput (successful req/s)'],
    ['failures', 'failures'],
    ['weird', 'weird'],
  ])('metricWords(%s) = %s', (metric, words) => expect(metricWords(metric)).toBe(words));

  test.each([
    ['aggregate', 'aggregate'],
    ['endpoint:GET /api/dashboard', 'GET /api/dashboard'],
    ['endpoint:/login', '/login'],
    ['group:/api/project/', 'group /api/project/'],
  ])('scopeWords(%s) = %s', (scope, words) => expect(scopeWords(scope)).toBe(words));

  test.each([
    ['p95Ms', 3000, '3,000 ms'],
    ['medianMs', 4.5, '4.5 ms'],
    ['successRate', 0.995, '99.5%'],
    ['failureRate', 0.1, '10%'],
    ['successRate', 0.9172, '91.72%'],
    ['failures', 1234, '1,234'],
    ['rps', 13.04, '13.04/s'],
    ['goodputRps', 12.82, '12.82/s'],
    ['p95Ms', null, '—'],
    ['odd', 1.23456, '1.235'],
  ] as const)('metricValue(%s, %s) = %s', (metric, value, text) => expect(metricValue(metric, value)).toBe(text));
});

describe('criterionText', () => {
  test.each<[Criterion, string]>([
    [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }, 'p95 < 3,000 ms (aggregate)'],
    [{ metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 }, 'success rate ≥ 97% (aggregate)'],
    [{ metric: 'failures', scope: 'endpoint:GET /dashboard/', op: '==', target: 0 }, 'failures = 0 (GET /dashboard/)'],
    [
      { metric: 'failureRate', scope: 'group:/auth/', op: '<=', target: 0.1, severity: 'should' },
      'failure rate ≤ 10% (group /auth/, should)',
    ],
    [
      { metric: 'p95Ms', scope: 'aggregate', op: '<=', target: 0.1, relative: 'baseline' },
      'p95 ≤ +10% vs baseline (aggregate)',
    ],
    [
      { metric: 'medianMs', scope: 'aggregate', op: '<=', target: 0.05, relative: 'baseline', floorMs: 50 },
      'median ≤ +5% vs baseline (or +50 ms) (aggregate)',
    ],
  ])('%o reads %s', (criterion, text) => expect(criterionText(criterion)).toBe(text));

  test('a linked criterion names its set', () => {
    const c: LinkedCriterion = {
      id: 'c1',
      setId: 's1',
      setName: 'Conditional GO',
      metric: 'p95Ms',
      scope: 'aggregate',
      op: '<',
      target: 3000,
    };
    expect(linkedCriterionText(c)).toBe('p95 < 3,000 ms (aggregate) — set Conditional GO');
  });
});

describe('criterion results', () => {
  const result = (over: Partial<CriterionResult>): CriterionResult => ({
    metric: 'p95Ms',
    scope: 'aggregate',
    op: '<',
    target: 3000,
    current: 3450,
    met: false,
    ...over,
  });

  test.each<[CriterionResult, Criterion | undefined, string, string]>([
    [result({}), undefined, 'p95 (aggregate) 3,450 ms vs < 3,000 ms', 'not-met'],
    [result({ current: 2100, met: true }), undefined, 'p95 (aggregate) 2,100 ms vs < 3,000 ms', 'met'],
    [result({ current: null, met: null }), undefined, 'p95 (aggregate) — vs < 3,000 ms', 'unknown'],
    [
      result({ metric: 'successRate', op: '>=', target: 0.99, current: 0.9172 }),
      undefined,
      'success rate (aggregate) 91.72% vs ≥ 99%',
      'not-met',
    ],
    [
      result({ op: '<=', target: 0.1, current: 0.25 }),
      { metric: 'p95Ms', scope: 'aggregate', op: '<=', target: 0.1, relative: 'baseline' },
      'p95 (aggregate) +25% vs ≤ +10% vs baseline',
      'not-met',
    ],
  ])('%o', (r, criterion, text, mark) => {
    expect(criterionResultText(r, criterion)).toBe(text);
    expect(resultMark(r)).toBe(mark);
  });

  test('criterionOfResult finds the linked criterion with the same gate', () => {
    const linked: LinkedCriterion[] = [
      { id: 'a', setId: 's', setName: 'S', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 },
      { id: 'b', setId: 's', setName: 'S', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    ];
    expect(criterionOfResult(result({}), linked)?.id).toBe('b');
    expect(criterionOfResult(result({ scope: 'group:/x' }), linked)).toBeUndefined();
  });
});

test('resultLines reads every result with its mark and reason', () => {
  const linked: LinkedCriterion[] = [
    {
      id: 'a',
      setId: 's',
      setName: 'S',
      metric: 'p95Ms',
      scope: 'aggregate',
      op: '<=',
      target: 0.1,
      relative: 'baseline',
    },
  ];
  const results: CriterionResult[] = [
    { metric: 'p95Ms', scope: 'aggregate', op: '<=', target: 0.1, current: 0.02, met: true },
    {
      metric: 'failures',
      scope: 'endpoint:GET /x',
      op: '==',
      target: 0,
      current: null,
      met: null,
      reason: 'GET /x has no failures',
    },
  ];
  expect(resultLines(results, linked)).toEqual([
    { text: 'p95 (aggregate) +2% vs ≤ +10% vs baseline', mark: 'met', reason: null },
    { text: 'failures (GET /x) — vs = 0', mark: 'unknown', reason: 'GET /x has no failures' },
  ]);
});
