// The Run JSON additions on real runs (figures from load-shape, steady-state and latency-ceiling tests).
import { expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { synthetic } from '../../../test/support/stepped-run';
import { runAnalysis } from './run-analysis';

test('smallpool-40u: a plateau with a steady state and a 9 s ceiling, no capacity curve', () => {
  expect(runAnalysis(fixtureRun('locust-2.12-generated/smallpool-40u'), 1000)).toEqual({
    loadShape: 'plateau',
    steadyState: {
      startS: 20,
      endS: 58,
      userCount: 40,
      requests: 454,
      failures: 10,
      rps: 454 / 38,
      goodputRps: 444 / 38,
      medianMs: 830,
      p95Ms: 4600,
      approximate: ['medianMs', 'p95Ms'],
    },
    latencyCeilingMs: 9000,
    capacity: null,
  });
});

test('a stepped run: capacity from its steps; no history: every field null or unknown, ceiling key present', () => {
  const steps = runAnalysis(synthetic({ full: true, reset: false }), 500);
  expect([steps.loadShape, steps.capacity?.usersAtP95Limit, steps.latencyCeilingMs]).toEqual(['steps', 150, null]);
  const bare = runAnalysis(fixtureRun('locust-real/esmy1990-locust0.x'), null);
  expect(bare).toEqual({ loadShape: 'unknown', steadyState: null, latencyCeilingMs: null, capacity: null });
  expect(Object.keys(bare)).toContain('latencyCeilingMs');
});

test('ramp-400u: a ramp, no steady state, its capacity curve, and the ceiling it runs into (~9.2 s)', () => {
  // Ceiling: maxima of 6 of 13 endpoints at 9,208–9,331 ms (ramp-400u_stats.csv) with P99 at the top.
  const a = runAnalysis(fixtureRun('locust-2.12-series/ramp-400u', /\.(csv|html)$/), 1000);
  expect([a.loadShape, a.steadyState, a.latencyCeilingMs]).toEqual(['ramp', null, 9200]);
  expect([a.capacity?.peakUsers, a.capacity?.usersAtP95Limit, a.capacity?.points.length]).toEqual([151, 131, 20]);
});
