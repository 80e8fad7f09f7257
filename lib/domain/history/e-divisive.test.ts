// The O(n²) split against the O(n³) definition (test/support/e-divisive-reference.ts) on random series.
import { describe, expect, test } from 'vitest';
import { referenceBestSplit } from '../../../test/support/e-divisive-reference';
import { normal, seededRandom } from '../../../test/support/seeded-random';
import { bestSplit, MIN_SEGMENT } from './e-divisive';

describe('bestSplit agrees with the definition', () => {
  const random = seededRandom(19);
  const shapes: [string, (i: number, n: number) => number][] = [
    ['noise', () => 100 + 5 * normal(random)],
    ['a step', (i, n) => (i < n / 3 ? 100 : 130) + 5 * normal(random)],
    ['a drift', (i) => 100 + i + 3 * normal(random)],
    ['heavy tails', () => 100 * Math.exp(normal(random))],
  ];
  test.each(shapes)('%s: 100 series of 6 to 80 values', (_shape, value) => {
    for (let trial = 0; trial < 100; trial++) {
      const n = 6 + Math.floor(random() * 75);
      const xs = Array.from({ length: n }, (_, i) => value(i, n));
      const fast = bestSplit(xs)!;
      const slow = referenceBestSplit(xs, MIN_SEGMENT)!;
      expect(fast.index).toBe(slow.index);
      expect(Math.abs(fast.q - slow.q)).toBeLessThanOrEqual(1e-9 * Math.abs(slow.q) + 1e-9);
    }
  });

  test('a part of a longer series: indexes stay the series', () => {
    const xs = [9, 9, 1, 1, 1, 5, 5, 5, 9, 9];
    expect(bestSplit(xs, 2, 8)).toEqual({ index: 5, q: expect.any(Number) });
  });

  test.each([[[]], [[1]], [[1, 2, 3]], [[1, 2, 3, 4, 5]]])('too short to split: %j', (xs) =>
    expect(bestSplit(xs)).toBeNull(),
  );
});
