import { describe, expect, it } from 'vitest';
import { formatCountTick, formatMsTick } from './axis-format';
import { clockTicks, elapsedTicks, formatClockUtc, formatElapsed } from './time-axis';

describe('time axis', () => {
  it.each([
    [0, '00:00'],
    [59.6, '01:00'],
    [75, '01:15'],
    [596, '09:56'],
    [3725, '1:02:05'],
    [-5, '−00:05'],
  ])('formatElapsed(%s) = %s', (s, text) => expect(formatElapsed(s)).toBe(text));

  it('formats clock time in UTC', () => expect(formatClockUtc(1606141711)).toBe('14:28:31'));

  it.each([
    { maxS: 58, ticks: [0, 10, 20, 30, 40, 50] },
    { maxS: 596, ticks: [0, 120, 240, 360, 480] },
    { maxS: 65, ticks: [0, 10, 20, 30, 40, 50, 60] },
    { maxS: 0, ticks: [0] },
  ])('elapsedTicks($maxS)', ({ maxS, ticks }) => expect(elapsedTicks(maxS)).toEqual(ticks));

  // ons-srb-0011 starts at 14:28:31 UTC (1606141711) and lasts 590 s: ticks on whole 2-minute marks.
  it('puts clock ticks on round UTC times', () => {
    const ticks = clockTicks(1606141711, 590);
    expect(ticks.map((t) => formatClockUtc(1606141711 + t))).toEqual([
      '14:30:00',
      '14:32:00',
      '14:34:00',
      '14:36:00',
      '14:38:00',
    ]);
  });
});

describe('axis tick labels', () => {
  it.each([
    [0, '0'],
    [4.5, '4.5 ms'],
    [250, '250 ms'],
    [1500, '1.5 s'],
    [1050, '1.05 s'],
    [12500, '12.5 s'],
    [32000, '32 s'],
  ])('formatMsTick(%s) = %s', (ms, text) => expect(formatMsTick(ms)).toBe(text));

  it.each([
    [0.45, '0.45'],
    [1.35, '1.35'],
    [950, '950'],
    [1200, '1.2K'],
  ])('formatCountTick(%s) = %s', (n, text) => expect(formatCountTick(n)).toBe(text));
});
