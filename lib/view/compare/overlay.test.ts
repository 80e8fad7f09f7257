import { describe, expect, test } from 'vitest';
import { prepareTimeline, type Timeline } from '../../domain/charts/prepare-timeline';
import type { SeriesColumns } from '../../domain/charts/series-columns';
import { mergeTimelines, sampleGoodput, samplingInterval } from './overlay';

/** A synthetic history: one row every `every` seconds (with jitter), rps = i, p95 = 100 + i, users = 10. */
function timeline(rows: number, every: number, jitter = 0, start = 1_700_000_000): Timeline {
  const ts = Array.from({ length: rows }, (_, i) => start + i * every + (i % 2 === 1 ? jitter : 0));
  const columns: SeriesColumns = {
    timestampsS: ts,
    userCount: ts.map(() => 10),
    rps: ts.map((_, i) => i),
    failuresPerS: ts.map(() => 0),
    percentiles: { '95': ts.map((_, i) => 100 + i) },
  };
  return prepareTimeline(columns, { window: 'current-window' });
}

describe('mergeTimelines', () => {
  test.each([
    // rows, every, jitter -> grid step (≥ 1.5 × the slowest sampling, rounded to a nice step)
    [[[60, 1, 0]], 2],
    [[[60, 1, 0.3]], 2],
    [
      [
        [60, 1, 0],
        [30, 2, 0],
      ],
      3,
    ],
    [[[20, 10, 0]], 15],
    [[[7200, 1, 0]], 15], // 2 h at 1 s: capped near 600 points
  ] as const)('runs %j -> step %s s', (specs, step) => {
    const merged = mergeTimelines(specs.map(([rows, every, jitter]) => timeline(rows, every, jitter)));
    expect(merged.stepS).toBe(step);
    expect(merged.points.length).toBeLessThanOrEqual(601);
    // No false gaps: every cell inside a run's span holds a value for it.
    specs.forEach((_, run) => {
      const known = merged.points.map((p) => p[`rps_${run}`] !== null);
      expect(known.slice(known.indexOf(true), known.lastIndexOf(true) + 1).every(Boolean)).toBe(true);
    });
  });

  test('rates are averaged, users and P95 keep the cell maximum', () => {
    const merged = mergeTimelines([timeline(4, 1)]); // step 2: cells {0,1} and {2,3}
    expect(merged.points).toEqual([
      { t: 0, rps_0: 0.5, goodputRps_0: 0.5, failuresPerS_0: 0, p95_0: 101, users_0: 10 },
      { t: 2, rps_0: 2.5, goodputRps_0: 2.5, failuresPerS_0: 0, p95_0: 103, users_0: 10 },
    ]);
  });

  test('goodput is rps − failures/s where both are known, never below 0', () => {
    expect([
      sampleGoodput({ rps: 10, failuresPerS: 2.5 }),
      sampleGoodput({ rps: 1, failuresPerS: 3 }),
      sampleGoodput({ rps: 10, failuresPerS: null }),
    ]).toEqual([7.5, 0, null]);
  });

  test('a run without history leaves nulls and is marked as such', () => {
    const merged = mergeTimelines([timeline(10, 1), null]);
    expect(merged.has.rps).toEqual([true, false]);
    expect(merged.points.every((p) => p.rps_1 === null && p.users_1 === null)).toBe(true);
  });

  test('a real gap stays a gap', () => {
    const a = timeline(30, 1);
    const gap: Timeline = { ...a, points: a.points.filter((p) => p.t < 10 || p.t >= 20) };
    const merged = mergeTimelines([gap]);
    expect(merged.points.filter((p) => p.rps_0 === null).map((p) => p.t)).toEqual([10, 12, 14, 16, 18]);
  });

  test('no history at all', () => {
    expect(mergeTimelines([null, null])).toMatchObject({ points: [], endS: 0 });
  });

  test('samplingInterval is the median spacing', () => {
    expect(samplingInterval(timeline(10, 2))).toBe(2);
    expect(samplingInterval(timeline(1, 2))).toBeNull();
  });
});
