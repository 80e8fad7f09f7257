import { expect, test } from 'vitest';
import { pText } from '../analysis/significance';
import {
  changeTone,
  endpointLabel,
  formatFactor,
  formatUsers,
  formatMetricChange,
  formatPoints,
  formatPValue,
  listWords,
  relativeChange,
  significanceWords,
} from './metric-format';

test.each([
  [-0.0023466, '−0.23 pts'],
  [0.012, '+1.20 pts'],
  [0, '0.00 pts'],
  [-0.00001, '0.00 pts'],
  [null, '—'],
])('formatPoints(%s)', (v, s) => expect(formatPoints(v)).toBe(s));

test.each([
  ['successRate', -0.0686, '−6.86 pts'],
  ['medianMs', 2.25, '+225%'],
  ['rps', -0.25, '−25%'],
  ['p95Ms', null, '—'],
] as const)('formatMetricChange(%s, %s)', (m, v, s) => expect(formatMetricChange(m, v)).toBe(s));

test.each([
  [0.7361, 'p = 0.74'],
  [0.0031, 'p = 0.0031'],
  [0.0002, 'p < 0.001'],
  [7.9e-61, 'p < 0.001'],
  [1, 'p = 1'],
])('formatPValue(%s) agrees with pText', (p, s) => {
  expect(formatPValue(p)).toBe(s);
  expect(formatPValue(p)).toBe(pText(p));
});

// One p-value format with the analysis (pText); short of 5% a test is inconclusive, not a "no".
test.each([
  [0.7361, 'inconclusive (p = 0.74)'],
  [0.05, 'inconclusive (p = 0.05)'],
  [0.01, 'significant (p = 0.01)'],
  [null, null],
])('significanceWords(%s)', (p, s) => expect(significanceWords(p)).toBe(s));

test.each([
  [2, '2×'],
  [1.5, '1.5×'],
  [80, '80×'],
  [1 / 3, '0.33×'],
])('formatFactor(%s)', (f, s) => expect(formatFactor(f)).toBe(s));

test.each([
  ['successRate', -0.01, 'worse'],
  ['successRate', 0.01, 'better'],
  ['rps', -0.1, 'worse'],
  ['goodputRps', -0.1, 'worse'],
  ['goodputRps', 0.3, 'better'],
  ['failures', 0.6, 'worse'],
  ['p95Ms', -0.2, 'better'],
  ['requests', 0.4, 'same'],
  ['maxMs', 0, 'same'],
  ['medianMs', null, 'none'],
] as const)('changeTone(%s, %s) = %s', (m, c, tone) => expect(changeTone(m, c)).toBe(tone));

test.each([
  [100, 150, 0.5],
  [0, 0, 0],
  [0, 5, null],
  [null, 5, null],
])('relativeChange(%s, %s)', (b, l, c) => expect(relativeChange(b, l)).toBe(c));

test('labels and lists', () => {
  expect(endpointLabel('GET', '/a')).toBe('GET /a');
  expect(endpointLabel(null, 'task')).toBe('task');
  expect(listWords(['a'])).toBe('a');
  expect(listWords(['a', 'b'])).toBe('a and b');
  expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  expect(listWords(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
});

test.each([
  [1, '1 user'],
  [20, '20 users'],
  [1500, '1,500 users'],
  [null, 'users unknown'],
])('formatUsers(%s)', (n, s) => expect(formatUsers(n)).toBe(s));
