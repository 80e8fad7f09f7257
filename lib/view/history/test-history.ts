// Test data of the trend page's view models: a 10-run series with an era at run 4 and a +40% step at run 7.
import type { ChartChangeInput, TrendInput } from './trend-chart';

export const RUNS = Array.from({ length: 10 }, (_, i) => ({
  runId: `r${i + 1}`,
  label: `nightly-${i + 1}`,
  startTime: new Date(Date.UTC(2026, 9, 1 + i, 2)).toISOString(),
  era: i < 3 ? 1 : 2,
  value: i < 6 ? 100 + (i % 2) : 140 + (i % 2),
  commit: i === 4 ? null : `${i}`.repeat(40),
}));

export const STEP: ChartChangeInput = {
  id: 'cp1',
  metric: 'p95Ms',
  scope: 'endpoint:POST /login',
  runId: 'r7',
  status: 'open',
  meanBefore: 100.5,
  meanAfter: 140.5,
  magnitude: 0.398,
  magnitudeLow: 0.35,
  magnitudeHigh: 0.45,
  pValue: 1e-9,
};

export const TREND: TrendInput = {
  metric: 'p95Ms',
  eras: [
    { id: 1, startRunId: 'r1', reason: 'the first run' },
    { id: 2, startRunId: 'r4', reason: 'locustfile changed (sha256 a1a1a1a1a1a1 → b2b2b2b2b2b2)' },
  ],
  series: RUNS,
  changePoints: [STEP],
};
