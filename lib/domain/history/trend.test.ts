import { describe, expect, test } from 'vitest';
import { syntheticSeries } from '../../../test/support/synthetic-series';
import { trendChangePoints, trendOf, type TrendRun } from './trend';

const day = (i: number) => new Date(Date.UTC(2026, 9, 1) + i * 86_400_000).toISOString();
const run = (i: number, value: number | null, over: Partial<TrendRun> = {}): TrendRun => ({
  runId: `run_${i}`,
  startTime: day(i),
  value,
  locustfileSha256: 'a'.repeat(64),
  profile: null,
  userCount: 100,
  host: 'https://staging.example',
  locustVersion: '2.12.1',
  ...over,
});

describe('trendOf and trendChangePoints', () => {
  const steps = syntheticSeries('noise', 5, 60).values.map((v, i) => (i >= 30 ? v * 1.4 : v));

  test('a +40% step inside one era: one change point at its first run', () => {
    const trend = trendOf(steps.map((v, i) => run(i, v)));
    expect(trend.eras).toEqual([{ id: 1, startRunId: 'run_0', reason: 'the first run' }]);
    const [cp, ...rest] = trendChangePoints(trend);
    expect(rest).toEqual([]);
    expect(cp).toMatchObject({ runId: 'run_30', previousRunId: 'run_29', era: 1 });
    expect(cp!.magnitude!).toBeGreaterThan(0.3);
  });

  test('the same step where a new locustfile starts an era: no change point across it', () => {
    const runs = steps.map((v, i) => run(i, v, i >= 30 ? { locustfileSha256: 'b'.repeat(64) } : {}));
    const trend = trendOf(runs);
    expect(trend.eras.map((e) => e.startRunId)).toEqual(['run_0', 'run_30']);
    expect(trend.series[30]).toEqual({ runId: 'run_30', startTime: day(30), era: 2, value: steps[30] });
    expect(trendChangePoints(trend)).toEqual([]);
  });

  test('runs without the value stay in the series and out of the analysis', () => {
    const runs = steps.map((v, i) => run(i, i % 7 === 3 ? null : v));
    const trend = trendOf(runs);
    expect(trend.series.filter((p) => p.value === null)).toHaveLength(9);
    const [cp] = trendChangePoints(trend);
    expect(cp).toMatchObject({ runId: 'run_30', previousRunId: 'run_29' });
  });
});
