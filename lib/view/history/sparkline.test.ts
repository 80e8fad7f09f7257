import { describe, expect, test } from 'vitest';
import { eraBreaksPx, sparkline } from './sparkline';

describe('sparkline', () => {
  test.each([
    ['rising: lowest at the bottom, highest at the top', [1, 2, 3], 'M2,18L12,10L22,2', { x: 22, y: 2 }],
    ['flat: in the middle', [5, 5], 'M2,10L22,10', { x: 22, y: 10 }],
    ['a gap breaks the line; a lone value is a dot', [1, null, 3, 2], 'M2,18h0.1M15.3,2L22,10', { x: 22, y: 10 }],
    ['nothing known', [null, null], '', null],
    ['one value: centred', [7], 'M12,10h0.1', { x: 12, y: 10 }],
  ] as const)('%s', (_, values, path, last) => {
    expect(sparkline(values, 24, 20)).toEqual({ path, last });
  });

  test('era breaks sit halfway between runs', () => {
    expect(eraBreaksPx([1, 1, 2, 2, 3], 44)).toEqual([17, 37]);
    expect(eraBreaksPx([1], 42)).toEqual([]);
  });
});
