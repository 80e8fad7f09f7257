import { describe, expect, test } from 'vitest';
import { headroomOf } from '../../domain/history/headroom';
import { headroomRow, signedAmount, type HeadroomInput } from './headroom-words';

const p95 = { id: 'c1', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 } as const;
const day = (i: number) => new Date(Date.UTC(2026, 9, 1 + i)).toISOString();
const input = (criterion: HeadroomInput['criterion'], values: number[]): HeadroomInput => ({
  criterion,
  unavailable: null,
  runs: values.length,
  headroom: headroomOf(
    criterion,
    values.map((value, i) => ({ value, time: day(i) })),
  ),
});

describe('headroomRow', () => {
  test('rising towards the limit: the class, the figure, the slope and when it breaches', () => {
    const row = headroomRow(input(p95, [2000, 2100, 2200, 2300, 2400, 2500]));
    expect(row).toEqual({
      id: 'c1',
      criterion: 'p95 of All requests < 3,000 ms',
      cls: 'thin',
      tone: 'warn',
      figure: '17% left: 2,500 ms',
      slope: '+100 ms per run (+100 ms to +100 ms)',
      outlook: 'breach in ~5 runs (~5 days)',
    });
  });

  test('volatile: flagged, not projected', () => {
    const row = headroomRow(input(p95, [500, 1500, 400, 1600, 600, 1400]));
    expect(row.cls).toBe('comfortable');
    expect(row.outlook).toMatch(/^volatile \(CV \d+%\): no projection$/);
  });

  test('breached, flat, too short', () => {
    expect(headroomRow(input(p95, [3100, 3200, 3150])).outlook).toBe('breached now');
    expect(headroomRow(input(p95, [3100, 3200, 3150])).figure).toBe('over the limit: 3,150 ms');
    expect(headroomRow(input(p95, [1000, 1010, 990, 1005])).outlook).toMatch(
      /^no projection: the slope is not significant \(p = 0\.\d\d\)$/,
    );
    expect(headroomRow(input(p95, [1000, 1010])).outlook).toBe('too few runs for a trend (2)');
    expect(headroomRow(input(p95, [1000, 1000, 1000])).slope).toBe('flat');
  });

  test('the success rate: its budget, its slope in points', () => {
    const rate = { id: 'c2', metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 } as const;
    const row = headroomRow(input(rate, [0.995, 0.994, 0.993, 0.992, 0.991]));
    expect(row).toMatchObject({ cls: 'comfortable', figure: '70% left: 99.10%' });
    expect(row.slope).toBe('−0.10 pts per run (−0.10 pts to −0.10 pts)');
    expect(row.outlook).toBe('breach in ~21 runs (~21 days)');
  });

  test('unavailable: the service says why', () => {
    const row = headroomRow({
      criterion: { ...p95, relative: 'baseline', target: 0.1 },
      unavailable: 'judged against a baseline run, not a fixed limit',
      runs: 0,
      headroom: null,
    });
    expect(row).toMatchObject({ cls: null, figure: null, slope: null });
    expect(row.outlook).toBe('judged against a baseline run, not a fixed limit');
  });

  test.each([
    ['p95Ms', 12.4, '+12 ms'],
    ['failureRate', -0.004, '−0.40 pts'],
    ['goodputRps', 1.5, '+1.5/s'],
    ['requests', 0, '0'],
    ['successRate', -0.00001, '0.00 pts'],
    ['goodputRps', 0.001, '0/s'],
  ])('signedAmount(%s, %s) = %s', (metric, x, text) => {
    expect(signedAmount(metric, x)).toBe(text);
  });
});
