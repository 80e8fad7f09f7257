// Latency ceilings on the compare page, on our Locust 2.12 runs at 20 and 40 users: the 40-user run's
// slowest responses stop near 9 s (max 9,004 ms, a pool timeout). The ceiling finder is another module's;
// here the comparison is given the ceiling the analysis reports for that run, as compareRuns would.
import { describe, expect, test } from 'vitest';
import { compareRuns } from '../analysis/compare-runs';
import type { Comparison } from '../analysis/types';
import { boundText, ceilingNotes, ceilingText, lowerBounds } from './ceiling';
import { headlineRows } from '../../view/compare/headline';
import { u20, u40 } from '../../view/compare/test-fixtures';
import { verdictOf } from './verdict';

const base = compareRuns([
  { id: 'a', run: u20() },
  { id: 'b', run: u40() },
]);
/** The analysis' view of a 9,000 ms ceiling in the 40-user run: its max (9,004 ms) sits at it, P99 (8,000) does not. */
const atCeiling: Comparison = {
  ...base,
  latencyCeilingsMs: [null, 9000],
  summary: base.summary.map((r) =>
    r.metric === 'maxMs' ? { ...r, atCeiling: { baseline: false, target: true }, status: 'critical' } : r,
  ),
};

test.each([
  [9004, '~9 s'],
  [2480, '~2.5 s'],
  [30000, '~30 s'],
  [800, '~800 ms'],
])('ceilingText(%s)', (ms, text) => expect(ceilingText(ms)).toBe(text));

describe('a 9 s ceiling in the target', () => {
  const row = (m: string) => headlineRows(atCeiling).find((r) => r.metric === m)!;
  test('the max at the ceiling is a lower bound; P99 below it is not', () => {
    expect(row('maxMs')).toMatchObject({
      values: ['4,397 ms', '≥ 9,004 ms'],
      lowerBound: [false, true],
      change: '≥ +105%',
    });
    expect(row('p99Ms')).toMatchObject({
      values: ['3,000 ms', '8,000 ms'],
      lowerBound: [false, false],
      change: '+167%',
    });
  });
  test('the note near the headline table', () => {
    expect(ceilingNotes(atCeiling)).toEqual([
      '40 users: responses capped at ~9 s: likely a timeout. Its latencies at the cap are lower bounds (≥).',
    ]);
    expect(ceilingNotes({ ...base, latencyCeilingsMs: [null, null] })).toEqual([]);
  });
  test('the banner says the change is a bound, and why', () => {
    expect(verdictOf(atCeiling).facts[0]).toContain('Max ≥ +105% (at the latency ceiling)');
    const flipped: Comparison = { ...atCeiling, baselineIndex: 1, targetIndex: 0, latencyCeilingsMs: [null, 9000] };
    const max = flipped.summary.find((r) => r.metric === 'maxMs')!;
    const asBaseline = {
      ...flipped,
      summary: flipped.summary.map((r) =>
        r === max
          ? { ...r, change: 4397 / 9004 - 1, status: 'improved' as const, atCeiling: { baseline: true, target: false } }
          : r,
      ),
    };
    expect(verdictOf(asBaseline).facts.find((f) => f.startsWith('Improved'))).toContain(
      'Max ≤ −51% (the baseline at the latency ceiling)',
    );
  });
  test('a third run is judged by the same rule (within 5% below its ceiling)', () => {
    const three = compareRuns([
      { id: 'a', run: u20() },
      { id: 'c', run: u40() },
      { id: 'b', run: u40() },
    ]);
    const max = three.summary.find((r) => r.metric === 'maxMs')!;
    // latency-ceiling.ts finds the 9,000 ms ceiling in both 40-user runs.
    expect(three.latencyCeilingsMs).toEqual([null, 9000, 9000]);
    expect(lowerBounds(three, max)).toEqual([false, true, true]);
    const noTargetCap = { ...max, atCeiling: { baseline: false, target: false } };
    expect(lowerBounds({ ...three, latencyCeilingsMs: [null, 12000, null] }, noTargetCap)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

test('boundText', () => {
  expect(boundText('9,000 ms', true)).toBe('≥ 9,000 ms');
  expect(boundText('9,000 ms', false)).toBe('9,000 ms');
});
