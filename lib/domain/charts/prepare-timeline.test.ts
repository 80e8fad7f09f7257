import { describe, expect, it } from 'vitest';
import { columnsFromApi, columnsFromHistory } from './series-columns';
import { prepareTimeline } from './prepare-timeline';
import { fixtureRun, ONS_SRB_0011, ONS_SRB_0011_10_CLIENTS, SMALLPOOL_20U, VEROLIUT_HTML } from './test-fixtures';

function timelineOf(folder: string, files?: string[], maxPoints?: number) {
  const history = fixtureRun(folder, files).history;
  if (!history) throw new Error(`${folder} has no history`);
  return prepareTimeline(columnsFromHistory(history.aggregated), {
    window: history.percentileWindow,
    resetsAtS: history.resetsAtS,
    maxPoints,
  });
}

describe('prepareTimeline on real histories', () => {
  const smallpool = timelineOf(SMALLPOOL_20U);
  const ons = timelineOf(ONS_SRB_0011, ONS_SRB_0011_10_CLIENTS);
  const html = timelineOf(VEROLIUT_HTML, ['report.html']);

  // Values read off the files: smallpool-20u_stats_history.csv Aggregated rows (1 s apart),
  // 3500mcpu_10_clients_stats_history.csv, the report.html chart arrays (5 s apart).
  it.each([
    { name: 'smallpool: first row, N/A percentiles', tl: smallpool, i: 0, t: 0, users: 0, rps: 0, p95: null },
    {
      name: 'smallpool: 0 in a current window is "no window yet"',
      tl: smallpool,
      i: 1,
      t: 1,
      users: 4,
      rps: 0,
      p95: null,
    },
    { name: 'smallpool: first window', tl: smallpool, i: 2, t: 2, users: 8, rps: 0, p95: 380 },
    { name: 'smallpool: last row', tl: smallpool, i: 58, t: 58, users: 20, rps: 8.7, p95: 1600 },
    { name: 'ons 1.2.3: cumulative percentiles', tl: ons, i: 1, t: 1, users: 10, rps: 0, p95: 680 },
    { name: 'ons 1.2.3: current rate', tl: ons, i: 4, t: 4, users: 10, rps: 12.5, p95: 700 },
    { name: 'html report: 5 s sampling', tl: html, i: 1, t: 5, users: 10000, rps: 317.85714285714283, p95: 6700 },
  ])('$name', ({ tl, i, t, users, rps, p95 }) => {
    const p = tl.points[i];
    expect(p).toMatchObject({ t, users, rps, p95 });
  });

  it.each([
    {
      name: 'smallpool',
      tl: smallpool,
      points: 59,
      endS: 58,
      keys: ['50', '66', '75', '80', '90', '95', '98', '99', '99.9', '99.99', '100'],
      failures: true,
    },
    {
      name: 'ons 1.2.3',
      tl: ons,
      points: 591,
      endS: ons.points[590]?.t,
      keys: ['50', '66', '75', '80', '90', '95', '98', '99', '99.9', '99.99', '100'],
      failures: false,
    },
    { name: 'html report (10:54:08Z to 10:55:09Z)', tl: html, points: 14, endS: 61, keys: ['95'], failures: true },
  ])('$name: shape, percentile order, units', ({ tl, points, endS, keys, failures }) => {
    expect(tl.points).toHaveLength(points);
    expect(tl.endS).toBe(endS);
    expect(tl.percentiles.map((p) => p.key)).toEqual(keys);
    expect(tl.rowsPerPoint).toBe(1);
    expect(tl.hasUsers).toBe(true);
    expect(tl.hasFailures).toBe(failures);
  });

  it('gives dot-free data keys for fractional percentiles', () => {
    expect(smallpool.percentiles.find((p) => p.key === '99.9')?.dataKey).toBe('p99_9');
    expect(smallpool.points[10]).toHaveProperty('p99_9');
  });
});

describe('downsampling', () => {
  it('keeps at most maxPoints, averages rates and keeps percentile peaks', () => {
    const full = timelineOf(SMALLPOOL_20U);
    const small = timelineOf(SMALLPOOL_20U, undefined, 10);
    expect(small.rowsPerPoint).toBe(6);
    expect(small.points).toHaveLength(10);
    const bucket = full.points.slice(6, 12);
    expect(small.points[1]?.t).toBe(6);
    expect(small.points[1]?.rps).toBeCloseTo(bucket.reduce((s, p) => s + (p.rps ?? 0), 0) / 6, 9);
    expect(small.points[1]?.p95).toBe(Math.max(...bucket.map((p) => p.p95 ?? 0)));
  });

  it.each([
    { name: 'an all-null bucket stays a gap', values: [null, null, 5, 7], expected: [null, 7] },
    { name: 'a partly known bucket keeps its known value', values: [null, 3, null, null], expected: [3, null] },
  ])('$name', ({ values, expected }) => {
    const cols = columnsFromApi({ timestampsS: [100, 101, 102, 103], rps: [1, 2, 3, 4], p95: values });
    const tl = prepareTimeline(cols, { window: 'cumulative', maxPoints: 2 });
    expect(tl.points.map((p) => p.p95)).toEqual(expected);
    expect(tl.points.map((p) => p.rps)).toEqual([1.5, 3.5]);
  });
});

describe('series API columns', () => {
  const api = {
    timestampsS: [1000, 1001, 1002],
    userCount: [5, 5, null],
    rps: [1, null, 3],
    failuresPerS: [0, 0, 1],
    p50: [10, 0, 12],
    'p99.9': [90, 95, null],
    totalRequests: [1, 2, 3],
  };

  it.each([
    { name: 'current window: 0 is a gap', window: 'current-window' as const, p50: [10, null, 12] },
    { name: 'cumulative: 0 is a value', window: 'cumulative' as const, p50: [10, 0, 12] },
  ])('$name', ({ window, p50 }) => {
    const tl = prepareTimeline(columnsFromApi(api), { window });
    expect(tl.points.map((p) => p.p50)).toEqual(p50);
    expect(tl.points.map((p) => p.p99_9)).toEqual([90, 95, null]);
    expect(tl.points.map((p) => p.users)).toEqual([5, 5, null]);
    expect(tl.points.map((p) => p.rps)).toEqual([1, null, 3]);
  });

  it('aligns an endpoint series on the aggregated origin and places resets', () => {
    const tl = prepareTimeline(columnsFromApi(api), {
      window: 'cumulative',
      originS: 990,
      resetsAtS: [995, 1001, 2000],
    });
    expect(tl.points.map((p) => p.t)).toEqual([10, 11, 12]);
    expect(tl.resetsS).toEqual([5, 11]);
    expect(tl.endS).toBe(12);
  });

  it('drops rows without a timestamp and handles an empty series', () => {
    expect(
      prepareTimeline(columnsFromApi({ timestampsS: [null, 5], rps: [1, 2] }), { window: 'cumulative' }).points,
    ).toEqual([{ t: 0, ts: 5, users: null, rps: 2, failuresPerS: null }]);
    const empty = prepareTimeline(columnsFromApi({}), { window: 'cumulative' });
    expect(empty).toMatchObject({ points: [], originS: null, endS: 0, percentiles: [], hasUsers: false });
  });
});
