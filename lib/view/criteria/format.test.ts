import { describe, expect, test } from 'vitest';
import type { Criterion } from '../../domain/criteria/types';
import { criterionText, formatCurrent, formatReason, formatTarget, metState, signedPercentText } from './format';
import { metricLabel, normalizeCustomMetric, scopeLabel } from './metrics';

const c = (over: Partial<Criterion>): Criterion => ({
  metric: 'p95Ms',
  scope: 'aggregate',
  op: '<',
  target: 3000,
  ...over,
});

describe('metric and scope words', () => {
  test.each([
    ['successRate', 'Success rate'],
    ['failureRate', 'Failure rate'],
    ['rps', 'Throughput'],
    ['goodputRps', 'Goodput (successful req/s)'],
    ['medianMs', 'Median'],
    ['p95Ms', 'p95'],
    ['p99.9Ms', 'p99.9'],
    ['weird', 'weird'],
  ])('%s -> %s', (metric, label) => expect(metricLabel(metric)).toBe(label));

  test.each([
    ['aggregate', 'All requests'],
    ['endpoint:GET /login', 'GET /login'],
    ['endpoint:/login', '/login (every method)'],
    ['endpoint:/a b', '/a b (every method)'],
    ['group:/api/', 'Endpoints under /api/'],
  ])('%s -> %s', (scope, label) => expect(scopeLabel(scope)).toBe(label));

  test.each([
    ['p97', 'p97Ms'],
    ['97', 'p97Ms'],
    ['p99.5ms', 'p99.5Ms'],
    [' P97Ms ', 'p97Ms'],
    ['p101', null],
    ['p0', null],
    ['fast', null],
    ['', null],
  ])('custom %o -> %o', (text, metric) => expect(normalizeCustomMetric(text)).toBe(metric));
});

describe('targets as people write them', () => {
  test.each([
    [c({ metric: 'successRate', op: '>=', target: 0.97 }), '≥ 97%'],
    [c({ metric: 'successRate', op: '>=', target: 0.995 }), '≥ 99.5%'],
    [c({ metric: 'failureRate', scope: 'endpoint:POST /login', op: '<', target: 0.1 }), '< 10%'],
    [c({ metric: 'failureRate', op: '<=', target: 0.001 }), '≤ 0.1%'],
    [c({}), '< 3,000 ms'],
    [c({ metric: 'medianMs', target: 4.5 }), '< 4.5 ms'],
    [c({ metric: 'failures', target: 100 }), '< 100'],
    [c({ metric: 'rps', op: '>=', target: 22 }), '≥ 22/s'],
    [c({ metric: 'goodputRps', op: '>=', target: 17 }), '≥ 17/s'],
    [c({ metric: 'medianMs', op: '<=', target: 0.1, relative: 'baseline', floorMs: 50 }), '≤ +10% (floor 50 ms)'],
    [c({ metric: 'rps', op: '>=', target: -0.05, relative: 'baseline' }), '≥ −5%'],
    [c({ metric: 'failures', op: '<=', target: 0, relative: 'baseline', floorMs: 50 }), '≤ 0%'],
  ])('%o -> %s', (criterion, text) => expect(formatTarget(criterion)).toBe(text));

  test.each([
    [0.1, '+10%'],
    [0.125, '+12.5%'],
    [-0.05, '−5%'],
    [0, '0%'],
  ])('signed %d -> %s', (v, text) => expect(signedPercentText(v)).toBe(text));
});

describe('current values', () => {
  test.each([
    [c({ metric: 'successRate' }), 0.9172, '91.72%'],
    [c({ metric: 'failureRate' }), 0.000027, '<0.01%'],
    [c({ metric: 'failureRate' }), 0.069, '6.90%'],
    [c({}), 9000, '9,000 ms'],
    [c({ metric: 'rps' }), 15.06, '15.06/s'],
    [c({ metric: 'failures' }), 373, '373'],
    [c({ relative: 'baseline' }), 0.12, '+12.0%'],
    [c({ relative: 'baseline' }), -0.031, '−3.1%'],
    [c({}), null, '—'],
  ])('%o %o -> %s', (criterion, value, text) => expect(formatCurrent(criterion, value)).toBe(text));

  test.each([
    [c({ relative: 'baseline' }), '320.5 → 410', 'baseline 321 ms → 410 ms'],
    [
      c({ relative: 'baseline' }),
      '320 → 410 (the worst endpoint of the group: an upper bound)',
      'baseline 320 ms → 410 ms (the worst endpoint of the group: an upper bound)',
    ],
    [c({ metric: 'rps', relative: 'baseline' }), '13.04 → 15', 'baseline 13.04/s → 15/s'],
    [
      c({ relative: 'baseline' }),
      '12 ms from the baseline: within the 50 ms floor',
      '12 ms from the baseline: within the 50 ms floor',
    ],
    [c({}), 'nothing in this run matches endpoint:GET /x', 'nothing in this run matches endpoint:GET /x'],
    [c({}), undefined, null],
  ])('reason %o %o -> %o', (criterion, reason, text) => expect(formatReason(criterion, reason)).toBe(text));

  test('one line per criterion', () => {
    expect(criterionText(c({ scope: 'endpoint:GET /login' }))).toBe('p95 of GET /login < 3,000 ms');
    expect(criterionText(c({ metric: 'medianMs', op: '<=', target: 0.1, relative: 'baseline', floorMs: 50 }))).toBe(
      'Median of All requests change vs baseline ≤ +10% (floor 50 ms)',
    );
  });

  test.each([
    [{ met: true }, 'met'],
    [{ met: false }, 'failed'],
    [{ met: null }, 'unknown'],
    [undefined, 'unknown'],
  ] as const)('%o is %s', (r, state) => expect(metState(r)).toBe(state));
});
