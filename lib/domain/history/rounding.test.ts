import { describe, expect, test } from 'vitest';
import { detectChangePoints } from './change-points';
import { locustRoundingMs } from './rounding';

const repeat = (v: number, n: number) => Array<number>(n).fill(v);

describe("Locust's rounding", () => {
  test.each([
    [42, 1],
    [99.9, 1],
    [140, 10],
    [999, 10],
    [1200, 100],
    [15_000, 1000],
  ])('near %d ms, a step of %d ms', (ms, width) => expect(locustRoundingMs(ms)).toBe(width));

  // A real false positive (fixtures/locust-2.12-history, an earlier take): the aggregate median read 140, 140,
  // 140 → 130, 130, 130 ms; exact means had moved 3%.
  const oneBucket = [...repeat(140, 6), ...repeat(130, 6)];
  const realStep = [...repeat(140, 6), ...repeat(200, 6)];
  test.each<[string, number[], boolean, number]>([
    ['one bucket apart, exact values assumed: certain', oneBucket, false, 1],
    ['one bucket apart, rounding known: no change', oneBucket, true, 0],
    ['six buckets apart: a change', realStep, true, 1],
  ])('%s', (_, xs, rounded, found) => {
    const points = detectChangePoints(xs, { resolution: rounded ? locustRoundingMs : null });
    expect(points).toHaveLength(found);
  });
});
