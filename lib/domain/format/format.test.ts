import { describe, expect, test } from 'vitest';
import {
  formatBytes,
  formatChange,
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatRate,
  toSixDigits,
} from './format';

describe('formatting for a review meeting', () => {
  test.each([
    [formatMs, 1200, '1,200 ms'],
    [formatMs, 180, '180 ms'],
    [formatMs, 4.5, '4.5 ms'],
    [formatMs, 12345, '12.3 s'],
    [formatMs, null, '—'],
    [formatCount, 1234567, '1,234,567'],
    [formatCount, undefined, '—'],
    [formatPercent, 0.9172, '91.72%'],
    [formatPercent, 0.985833, '98.58%'],
    [formatPercent, null, '—'],
    [formatChange, 5.67, '+567%'],
    [formatChange, -0.25, '−25%'],
    [formatChange, 0, '0%'],
    [formatChange, NaN, '—'],
    [formatRate, 13.04, '13.04/s'],
    [formatRate, 250.4, '250/s'],
    [formatDuration, 59, '59 s'],
    [formatDuration, 125, '2 min 5 s'],
    [formatDuration, 3720, '1 h 2 min'],
    [formatBytes, 512, '512 B'],
    [formatBytes, 1536, '1.5 KB'],
  ] as const)('%o(%o) = %s', (fn, value, expected) => {
    expect((fn as (v: unknown) => string)(value)).toBe(expected);
  });
});

describe('toSixDigits', () => {
  test.each<[number | null | undefined, number | null]>([
    [null, null],
    [undefined, null],
    [0, 0],
    [999_999, 999_999],
    [-999_999, -999_999],
    [1_234_567, 1_234_570],
    [12_585_821, 12_585_800],
    [13.145712, 13.1457],
    [0.0283333333, 0.0283333],
    [-2031.565366, -2031.57],
    [Infinity, Infinity],
  ])('%s -> %s', (v, expected) => {
    expect(toSixDigits(v)).toBe(expected);
  });
});
