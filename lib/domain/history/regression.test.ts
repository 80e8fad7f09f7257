import { describe, expect, test } from 'vitest';
import { changeSentence, isRegression, magnitudeWords } from './regression';
import type { MetricChange } from './metric-change';

describe('isRegression', () => {
  test.each([
    ['p95Ms', 0.4, true],
    ['p95Ms', -0.4, false],
    ['goodputRps', -0.2, true],
    ['goodputRps', 0.2, false],
    ['failureRate', 0.05, true],
    ['failureRate', null, true],
    ['goodputRps', null, false],
  ] as const)('%s %s: %s', (metric, magnitude, worse) => expect(isRegression(metric, magnitude)).toBe(worse));
});

describe('words', () => {
  const change = (over: Partial<MetricChange>): MetricChange => ({
    metric: 'p95Ms',
    scope: 'endpoint:POST /accounts/login/',
    meanBefore: 1200,
    meanAfter: 1680,
    magnitude: 0.4,
    magnitudeLow: 0.32,
    magnitudeHigh: 0.48,
    pValue: 1e-6,
    ...over,
  });

  test.each<[string, Partial<MetricChange>, string]>([
    ['a latency rise on an endpoint', {}, 'P95 of POST /accounts/login/: 1,200 ms → 1,680 ms, +40% (+32% to +48%)'],
    [
      'goodput of all requests falling',
      {
        metric: 'goodputRps',
        scope: 'aggregate',
        meanBefore: 120,
        meanAfter: 96,
        magnitude: -0.2,
        magnitudeLow: -0.26,
        magnitudeHigh: -0.14,
      },
      'Goodput of all requests: 120.00/s → 96.00/s, −20% (−26% to −14%)',
    ],
    [
      'the failure rate in points',
      {
        metric: 'failureRate',
        scope: 'aggregate',
        meanBefore: 0.01,
        meanAfter: 0.06,
        magnitude: 0.05,
        magnitudeLow: 0.031,
        magnitudeHigh: 0.069,
      },
      'Failure rate of all requests: 1.00% → 6.00%, +5.0 pts (+3.1 pts to +6.9 pts)',
    ],
    [
      'a rise from 0',
      { metric: 'p99Ms', meanBefore: 0, meanAfter: 5, magnitude: null, magnitudeLow: null, magnitudeHigh: null },
      'P99 of POST /accounts/login/: 0 ms → 5 ms, from 0',
    ],
  ])('%s', (_what, over, sentence) => expect(changeSentence(change(over))).toBe(sentence));

  test('no range when it is unknown', () => {
    expect(magnitudeWords({ metric: 'medianMs', magnitude: 0.1, magnitudeLow: null, magnitudeHigh: null })).toBe(
      '+10%',
    );
  });
});
