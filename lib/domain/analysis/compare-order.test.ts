// Load order, the default target and a chosen one.
import { describe, expect, test } from 'vitest';
import { checkTarget, loadOrder, targetOf, type LoadKey } from './compare-order';

const run = (userCount: number | null, startTime: string | null = null): LoadKey => ({ userCount, startTime });
const T = (hh: string) => `2026-12-05T${hh}:00Z`;

describe('loadOrder', () => {
  test.each<[string, LoadKey[], number[]]>([
    ['already in order', [run(50), run(100), run(150)], [0, 1, 2]],
    ['by user count', [run(150), run(50), run(100)], [1, 2, 0]],
    [
      'same load: the earlier start first',
      [run(100, T('18:10')), run(50, T('18:04')), run(100, T('18:06'))],
      [1, 2, 0],
    ],
    [
      'unknown user count last, even with the earliest start',
      [run(null, T('01:00')), run(100, T('18:00')), run(20)],
      [2, 1, 0],
    ],
    ['unknown start after a known one at the same load', [run(100), run(100, T('18:00'))], [1, 0]],
    ['unreadable start counts as unknown', [run(100, 'yesterday'), run(100, T('18:00'))], [1, 0]],
    ['ties keep the order given', [run(null), run(null), run(40), run(40)], [2, 3, 0, 1]],
    [
      'a start with another zone compares by instant',
      [run(10, '2026-12-05T19:00:00+02:00'), run(10, T('18:00'))],
      [0, 1],
    ],
    ['nothing to order', [], []],
  ])('%s', (_what, runs, expected) => expect(loadOrder(runs)).toEqual(expected));
});

describe('target', () => {
  test.each<[number, number, number]>([
    [2, 0, 1],
    [3, 0, 2],
    [3, 2, 1],
    [4, 1, 3],
  ])('default: %i runs, baseline %i → the last other run, %i', (n, baseline, expected) => {
    expect(targetOf(n, baseline)).toBe(expected);
  });

  test.each<[number, number, number, boolean]>([
    [3, 0, 1, true],
    [3, 2, 0, true],
    [3, 0, 0, false], // the baseline itself
    [3, 0, 3, false], // outside the runs
    [3, 0, -1, false],
    [3, 0, 1.5, false],
  ])('chosen: %i runs, baseline %i, target %s accepted: %s', (n, baseline, target, ok) => {
    if (ok) expect(checkTarget(n, baseline, target)).toBe(target);
    else {
      const message = `target must be a run index from 0 to ${n - 1} other than the baseline (${baseline})`;
      expect(() => checkTarget(n, baseline, target)).toThrow(message);
    }
  });
});
