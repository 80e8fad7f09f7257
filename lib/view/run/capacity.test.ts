// The run page's Capacity sentence and chart shaping on real runs: the 0 → 400 users ramp of
// locust-2.12-series/ramp-400u (peak 1,353 successful requests in 20 s = 67.65/s at ~151 users, then ~50/s
// at ~394 users; window P95s in lib/domain/analysis/capacity.test.ts), the real 10 → 1 users steps of
// locust-real/aedificare-socket-run1 (no window percentiles) and the synthetic 50 → 100 → 150 users steps.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { synthetic } from '../../../test/support/stepped-run';
import { capacityOf } from '../../domain/analysis/capacity';
import { latencyCeiling } from '../../domain/analysis/latency-ceiling';
import { loadProfile } from '../../domain/analysis/load-shape';
import type { ParsedRun } from '../../domain/locust/types';
import { capacitySentence, capacityView, parseP95LimitParam, sig2, type LimitSource } from './capacity';

const RAMP = fixtureRun('locust-2.12-series/ramp-400u', /\.(csv|html)$/);
const REAL_STEPS = fixtureRun('locust-real/aedificare-socket-run1');
const STEPS = synthetic({ full: true, reset: false });

function sentence(run: ParsedRun, limitMs: number | null, source: LimitSource | null): string {
  const shape = loadProfile(run).shape as 'ramp' | 'steps';
  return capacitySentence(capacityOf(run, limitMs)!, shape, source);
}

describe('the sentence', () => {
  test.each<[string, ParsedRun, number | null, LimitSource | null, string]>([
    [
      'ramp, the project criterion 2 s',
      RAMP,
      2000,
      'project',
      'Goodput peaked at ~68 successful req/s around 150 users, then fell as users kept rising (~50 at ~390 users);' +
        " P95 stayed above 2,000 ms from ~170 users (the project's P95 criterion).",
    ],
    [
      'ramp, no limit',
      RAMP,
      null,
      null,
      'Goodput peaked at ~68 successful req/s around 150 users, then fell as users kept rising (~50 at ~390 users);' +
        ' no P95 limit: give one below to see where P95 crosses it.',
    ],
    // 820 ms: 830 at 31 users stands alone (680 next); the crossing is 91 users (900, 850 ≥ 820, …).
    [
      'ramp, a user limit 820 ms',
      RAMP,
      820,
      'user',
      'Goodput peaked at ~68 successful req/s around 150 users, then fell as users kept rising (~50 at ~390 users);' +
        ' P95 stayed above 820 ms from ~91 users (the limit you gave).',
    ],
    // Window P95 never exceeds 9,100 ms in the ramp.
    [
      'ramp, a limit never crossed',
      RAMP,
      10_000,
      'user',
      'Goodput peaked at ~68 successful req/s around 150 users, then fell as users kept rising (~50 at ~390 users);' +
        ' P95 stayed within 10 s up to ~390 users (the limit you gave).',
    ],
    // Steps 50/100/150 users: goodput 652/60, 1806/60, 2757/60; P95 246, 396, 546 ms.
    [
      'synthetic steps, 400 ms',
      STEPS,
      400,
      'project',
      'Goodput rose to ~46 successful req/s at 150 users, the largest step: no peak within the run;' +
        " P95 was above 400 ms from 150 users (the project's P95 criterion).",
    ],
    [
      'synthetic steps, 600 ms',
      STEPS,
      600,
      'user',
      'Goodput rose to ~46 successful req/s at 150 users, the largest step: no peak within the run;' +
        ' P95 stayed within 600 ms up to 150 users (the limit you gave).',
    ],
    // 1 user: 11 successful in 61 s; 10 users: 165 in 81 s = 2.04/s. Aggregated-only 2.x history: no window P95.
    [
      'real steps 10 → 1 users, no window P95',
      REAL_STEPS,
      1000,
      'project',
      'Goodput rose to ~2 successful req/s at 10 users, the largest step: no peak within the run;' +
        ' P95 per load is unknown (the history has no per-window percentiles),' +
        ' so the 1,000 ms limit cannot be placed.',
    ],
    [
      'real steps, no limit',
      REAL_STEPS,
      null,
      null,
      'Goodput rose to ~2 successful req/s at 10 users, the largest step: no peak within the run;' +
        ' P95 per load is unknown (the history has no per-window percentiles).',
    ],
  ])('%s', (_name, run, limitMs, source, expected) => {
    expect(sentence(run, limitMs, source)).toBe(expected);
  });

  test('a peak held within 10%, a single bucket above the limit, an all-failed run', () => {
    const base = capacityOf(RAMP, 870)!;
    const pts = (gs: number[], ps: number[]) =>
      gs.map((g, i) => ({ users: 10 * (i + 1), goodputRps: g, p95Ms: ps[i]! }));
    const held = {
      ...base,
      peakGoodputRps: 50,
      peakUsers: 20,
      usersAtP95Limit: null,
      points: pts([40, 50, 46], [100, 900, 100]),
    };
    expect(capacitySentence(held, 'ramp', 'user')).toBe(
      'Goodput peaked at ~50 successful req/s around 20 users' +
        ' and held within 10% of it up to ~30 users; P95 went above 870 ms only in single buckets, never 2 in a row,' +
        ' up to ~30 users' +
        ' (the limit you gave).',
    );
    const failed = { ...held, peakGoodputRps: 0, points: pts([0, 0, 0], [100, 100, 100]) };
    expect(capacitySentence(failed, 'ramp', null)).toMatch(
      /^No request succeeded at any load \(goodput 0\); no P95 limit/,
    );
  });
});

describe('the chart', () => {
  test('ramp-400u with the project criterion: 20 points, peak, limit, axes covering the data and the limit', () => {
    const v = capacityView(capacityOf(RAMP, 2000)!, 'ramp', 400, 'project');
    expect(v.rows).toHaveLength(20);
    expect(v.rows[7]).toEqual({ users: 151, goodputRps: 1353 / 20, p95Ms: 1850 });
    expect(v.peak).toEqual({ users: 151, goodputRps: 1353 / 20, label: 'peak ~68/s' });
    expect(v.limit).toEqual({ ms: 2000, label: 'P95 limit 2,000 ms', source: 'project' });
    expect([v.crossingUsers, v.crossingText]).toEqual([171, 'P95 above the limit from ~170 users']);
    expect(v.xTicks).toEqual([0, 100, 200, 300, 400]);
    expect(v.goodputTicks).toEqual([0, 20, 40, 60, 80]); // 67.65 × 1.15 = 77.8
    expect(v.p95Ticks).toEqual([0, 2000, 4000, 6000, 8000, 10_000]); // 9,100 × 1.05 = 9,555
    expect(v.method).toContain('buckets of 20 users');
    expect(v.method).not.toContain('ceiling');
  });

  test("the run's latency ceiling (9,200 ms in ramp-400u) makes P95 values there lower bounds", () => {
    const ceilingMs = latencyCeiling(RAMP)!.ceilingMs;
    expect(ceilingMs).toBe(9200);
    expect(capacityView(capacityOf(RAMP, null)!, 'ramp', 400, null, ceilingMs).method).toMatch(
      / P95 values at ~9\.2 s, the run's latency ceiling \(likely a timeout\), are lower bounds\.$/,
    );
  });

  test.each<[string, number, number[]]>([
    ['a limit above every P95 widens the P95 axis', 20_000, [0, 5000, 10_000, 15_000, 20_000, 25_000]],
    ['a limit below the data leaves the axis to the data (9,100 ms)', 500, [0, 2000, 4000, 6000, 8000, 10_000]],
    ['no limit', 0, [0, 2000, 4000, 6000, 8000, 10_000]],
  ])('%s', (_name, limitMs, ticks) => {
    const c = capacityOf(RAMP, limitMs === 0 ? null : limitMs)!;
    expect(capacityView(c, 'ramp', 400, limitMs === 0 ? null : 'user').p95Ticks).toEqual(ticks);
  });

  test('no limit: no reference line; no window P95: no P95 axis', () => {
    expect(capacityView(capacityOf(RAMP, null)!, 'ramp', 400, null)).toMatchObject({ limit: null, crossingText: null });
    const steps = capacityView(capacityOf(REAL_STEPS, 1000)!, 'steps', 10, 'project');
    expect([steps.p95Ticks, steps.rows.map((r) => r.users), steps.limit?.ms]).toEqual([[], [1, 10], 1000]);
    expect(steps.method).toMatch(/^One point per load step/);
    expect(steps.peak).toEqual({ users: 10, goodputRps: 165 / 81, label: 'highest ~2/s' });
  });
});

test.each<[number, string]>([
  [67.65, '68'],
  [1353, '1,400'],
  [0.456, '0.46'],
  [49.7, '50'],
  [394, '390'],
])('sig2(%d) = %s', (x, text) => expect(sig2(x)).toBe(text));

test.each<[string | string[] | undefined, number | null, boolean]>([
  [undefined, null, false],
  ['', null, false],
  ['2000', 2000, false],
  [['1500', '9'], 1500, false],
  [' 750.5 ', 750.5, false],
  ['0', null, true],
  ['-5', null, true],
  ['fast', null, true],
  ['Infinity', null, true],
])('?p95LimitMs=%j → %s', (raw, limitMs, refused) => {
  const got = parseP95LimitParam(raw);
  expect([got.limitMs, got.refused !== null]).toEqual([limitMs, refused]);
});
