import { describe, expect, test } from 'vitest';
import { pointTitle, trendChartModel, xTicks, xTickText, yScale } from './trend-chart';
import { RUNS, STEP, TREND } from './test-history';

describe('trendChartModel', () => {
  test('by run order: x = 1…n, the era line at its first run, the change point on its first run', () => {
    const m = trendChartModel(TREND, 'order');
    expect(m.points.map((p) => p.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(m.domain).toEqual([1, 10]);
    expect(m.eras).toEqual([{ x: 4, era: 2, reason: 'locustfile changed (sha256 a1a1a1a1a1a1 → b2b2b2b2b2b2)' }]);
    expect(m.changes).toEqual([
      {
        id: 'cp1',
        x: 7,
        value: 140,
        runLabel: 'nightly-7',
        sentence: 'P95 of POST /login: 101 ms → 141 ms, +40% (+35% to +45%)',
        regression: true,
        status: 'open',
      },
    ]);
  });

  test('segment means stay inside the era: before the step from the era start, after it to the era end', () => {
    expect(trendChartModel(TREND, 'order').segments).toEqual([
      { x1: 4, x2: 6, y: 100.5 },
      { x1: 7, x2: 10, y: 140.5 },
    ]);
  });

  test('two change points in an era: the second starts where the first one ends', () => {
    const down = { ...STEP, id: 'cp2', runId: 'r9', meanBefore: 140, meanAfter: 90, magnitude: -0.36 };
    const m = trendChartModel({ ...TREND, changePoints: [down, STEP] }, 'order');
    expect(m.segments).toEqual([
      { x1: 4, x2: 6, y: 100.5 },
      { x1: 7, x2: 8, y: 140.5 },
      { x1: 9, x2: 10, y: 90 },
    ]);
    expect(m.changes.map((c) => [c.id, c.regression])).toEqual([
      ['cp1', true],
      ['cp2', false],
    ]);
  });

  test('by time: x = epoch ms; a change point of a run not shown is left out', () => {
    const m = trendChartModel({ ...TREND, changePoints: [{ ...STEP, runId: 'elsewhere' }] }, 'time');
    expect(m.points[0]!.x).toBe(Date.UTC(2026, 9, 1, 2));
    expect(m.eras[0]!.x).toBe(Date.UTC(2026, 9, 4, 2));
    expect(m.changes).toEqual([]);
    expect(m.segments).toEqual([]);
  });

  test('no runs: an empty chart over [0, 1]', () => {
    const m = trendChartModel({ ...TREND, eras: [], series: [], changePoints: [] }, 'time');
    expect(m).toEqual({ points: [], eras: [], changes: [], segments: [], domain: [0, 1] });
  });
});

describe('ticks and titles', () => {
  const points = trendChartModel(TREND, 'order').points;

  test('ticks spread over the runs, each a run', () => {
    expect(xTicks(points, 4)).toEqual([1, 4, 7, 10]);
    expect(xTicks(points.slice(0, 3), 6)).toEqual([1, 2, 3]);
  });

  const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 9, day, hour, minute);
  const runsAt = (...times: number[]) => times.map((t) => ({ ...points[0]!, startTime: new Date(t).toISOString() }));
  test.each([
    ['runs over 10 days: the day', points, at(3, 2), 'Oct 3'],
    ['runs of one day: the time', runsAt(at(6, 9), at(6, 17, 45)), at(6, 14, 5), '14:05'],
    ['runs over two days, less than 48 h: day and time', runsAt(at(6, 20), at(7, 3)), at(6, 23, 40), 'Oct 6 23:40'],
    ['runs 48 h apart: the day', runsAt(at(6, 0), at(8, 0)), at(7, 0), 'Oct 7'],
    ['one run: its time', runsAt(at(6, 9)), at(6, 9), '09:00'],
  ])('tick words by time, %s', (_, pts, x, text) => expect(xTickText('time', x, pts)).toBe(text));

  test('tick words: the day by time, the short commit (else the run number) by order', () => {
    expect(xTickText('time', Date.UTC(2026, 9, 3, 2), points)).toBe('Oct 3');
    expect(xTickText('order', 2, points)).toBe('1111111');
    expect(xTickText('order', 5, points)).toBe('#5');
  });

  test('a point title: label, UTC time, commit', () => {
    expect(pointTitle(points[1]!)).toBe('nightly-2 · 2026-10-02 02:00 UTC · commit 1111111');
    expect(pointTitle(points[4]!)).toBe('nightly-5 · 2026-10-05 02:00 UTC');
    expect(RUNS).toHaveLength(10);
  });
});

describe('yScale', () => {
  test.each([
    [
      [2100, 1990, null],
      [0, 1000, 2000, 3000],
    ],
    [
      [526, 360],
      [0, 200, 400, 600, 800],
    ],
    [[0.0145], [0, 0.005, 0.01, 0.015, 0.02]],
    [[9.3], [0, 5, 10, 15]],
    [
      [0, null],
      [0, 1],
    ],
    [[], [0, 1]],
  ])('%j -> %j', (values, ticks) => {
    const scale = yScale(values);
    expect(scale.ticks).toEqual(ticks);
    expect(scale.domain).toEqual([0, ticks.at(-1)]);
  });
});
