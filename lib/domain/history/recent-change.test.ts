import { describe, expect, test } from 'vitest';
import { byRecentChange, recentChange } from './recent-change';

describe('recentChange', () => {
  test.each<[string, 'p95Ms' | 'failureRate', (number | null)[], number | null]>([
    ['latency up 50%', 'p95Ms', [100, 100, 100, 100, 100, 150, 150, 150, 150, 150], 0.5],
    ['one odd run changes nothing', 'p95Ms', [100, 100, 900, 100, 100, 100, 100, 100, 5, 100], 0],
    ['nulls are left out', 'p95Ms', [100, null, 100, 100, 100, 100, 120, 120, null, 120, 120, 120], 0.2],
    [
      'the failure rate as a difference',
      'failureRate',
      [0.01, 0.01, 0.01, 0.01, 0.01, 0.03, 0.03, 0.03, 0.03, 0.03],
      0.02,
    ],
    ['too short', 'p95Ms', [100, 100, 100, 100, 100, 150, 150, 150, 150], null],
  ])('%s', (_what, metric, values, change) => {
    const got = recentChange(metric, values);
    if (change === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(change, 12);
  });
});

test('worst first: P95 rises before falls, unknown last; goodput falls first', () => {
  expect([0.1, null, -0.3, 0.5].sort(byRecentChange('p95Ms'))).toEqual([0.5, 0.1, -0.3, null]);
  expect([0.1, null, -0.3, 0.5].sort(byRecentChange('goodputRps'))).toEqual([-0.3, 0.1, 0.5, null]);
});
