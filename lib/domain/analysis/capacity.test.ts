// Capacity curves of stepped and ramp runs. Step figures: the synthetic 50 → 100 → 150 users run of
// test/support/stepped-run.ts (its counts per step were checked independently in load-steps.test.ts).
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { synthetic } from '../../../test/support/stepped-run';
import type { ParsedRun } from '../locust/types';
import { capacityOf } from './capacity';

describe('stepped run: one point per step', () => {
  test('goodput = (requests − failures) / step duration; P95 = median window value from 10 s in', () => {
    // Steps (load-steps.test.ts): 660/8, 1837/31, 2790/33 over 60 s each; P95 window medians 246, 396, 546 ms.
    expect(capacityOf(synthetic({ full: true, reset: false }), 400)).toEqual({
      peakGoodputRps: 2757 / 60,
      peakUsers: 150,
      p95LimitMs: 400,
      usersAtP95Limit: 150,
      points: [
        { users: 50, goodputRps: 652 / 60, p95Ms: 246 },
        { users: 100, goodputRps: 1806 / 60, p95Ms: 396 },
        { users: 150, goodputRps: 2757 / 60, p95Ms: 546 },
      ],
    });
  });

  test('a limit never crossed, or no limit: usersAtP95Limit null', () => {
    expect(capacityOf(synthetic({ full: true, reset: false }), 600)?.usersAtP95Limit).toBeNull();
    expect(capacityOf(synthetic({ full: true, reset: false }), null)?.usersAtP95Limit).toBeNull();
  });

  test('cumulative percentiles: goodput only', () => {
    const c = capacityOf(synthetic({ full: false, reset: false }), 400)!;
    expect(c.points.map((p) => [p.users, p.p95Ms])).toEqual([
      [50, null],
      [100, null],
      [150, null],
    ]);
    expect(c.usersAtP95Limit).toBeNull();
  });

  test('real steps 10 → 1 users (aedificare-socket-run1): points sorted by users', () => {
    // Python over the Aggregated rows: Total Request Count 19 → 184 over 10 users' 81 s (10–91 s), 192 → 203 over
    // 1 user's 61 s (100–161 s), no failures; an Aggregated-only 2.x history, so no window P95.
    const c = capacityOf(fixtureRun('locust-real/aedificare-socket-run1'), null)!;
    expect(c.points).toEqual([
      { users: 1, goodputRps: 11 / 61, p95Ms: null },
      { users: 10, goodputRps: 165 / 81, p95Ms: null },
    ]);
    expect(c.peakUsers).toBe(10);
  });
});

describe('a real ramp: 0 → 400 users at 1 user/s (locust-2.12-series/ramp-400u, 9 s DB pool timeout)', () => {
  // Python (csv module) over the Aggregated rows 1–410 (the last at 400 users), users bucketed by ceil(users / 20):
  // Σ(ΔTotal Request Count − ΔTotal Failure Count) / Σ Δt and the median of the 95% column per bucket; users =
  // the mean user count rounded half up. Goodput climbs to 1,353 / 20 s at ~151 users, then falls to ~50/s.
  const c = capacityOf(fixtureRun('locust-2.12-series/ramp-400u', /\.(csv|html)$/), 1000)!;

  test('20 buckets of 20 users; the peak; where P95 passes 1 s for good', () => {
    expect(c.points.map((p) => p.users)).toEqual([
      11, 31, 51, 71, 91, 111, 131, 151, 171, 191, 211, 231, 251, 271, 291, 311, 331, 351, 371, 394,
    ]);
    expect(c.points[0]).toEqual({ users: 11, goodputRps: 143 / 20, p95Ms: 610 });
    expect(c.points[7]).toEqual({ users: 151, goodputRps: 1353 / 20, p95Ms: 1850 });
    expect(c.points[19]).toEqual({ users: 394, goodputRps: 1542 / 31, p95Ms: 9050 });
    expect(c.points.map((p) => p.p95Ms)).toEqual([
      610, 830, 680, 740, 900, 850, 1350, 1850, 3600, 8900, 9000, 9000, 9000, 9000, 9000, 9000, 9050, 9100, 9000, 9050,
    ]);
    expect([c.peakUsers, c.peakGoodputRps, c.p95LimitMs, c.usersAtP95Limit]).toEqual([151, 1353 / 20, 1000, 131]);
  });

  test('another limit moves the crossing; a single bucket above the limit is not a crossing', () => {
    const run = fixtureRun('locust-2.12-series/ramp-400u', /\.(csv|html)$/);
    expect(capacityOf(run, 2000)!.usersAtP95Limit).toBe(171);
    expect(capacityOf(run, 820)!.usersAtP95Limit).toBe(91); // 830 at 31 users stands alone (680 next)
    expect(capacityOf(run, 870)!.usersAtP95Limit).toBe(131); // 900 at 91 users stands alone (850 next)
    expect(capacityOf(run, 10_000)!.usersAtP95Limit).toBeNull();
  });
});

describe('ramp run', () => {
  // smallpool-40u's real rows with the user count replaced by a rise of 1 per row (0 … 58): a ramp.
  const run = fixtureRun('locust-2.12-generated/smallpool-40u');
  const h = run.history!;
  const ramp: Pick<ParsedRun, 'history'> = {
    history: { ...h, aggregated: { ...h.aggregated, userCount: h.aggregated.userCount.map((_, k) => k) } },
  };

  test('buckets of 5% of the peak (3 users), goodput from the counters, P95 from window values', () => {
    const c = capacityOf(ramp, 3000)!;
    // Rows 1–3 (users 1–3): Total Request Count 0 → 37, no failures, over 3 s; window 95% 0, 510, 510 (0 skipped).
    expect(c.points[0]).toEqual({ users: 2, goodputRps: 37 / 3, p95Ms: 510 });
    expect(c.points.length).toBe(20);
    // Python over the same rows: the best bucket is rows 7–9 (mean 8 users), 60 successful requests in 3 s.
    expect([c.peakUsers, c.peakGoodputRps]).toEqual([8, 20]);
    // P95 above 3,000 ms first at 23 users (3,700) and stays above in the next bucket (4,100).
    expect(c.usersAtP95Limit).toBe(23);
  });
});

test.each([
  ['locust-2.12-generated/smallpool-40u', 'plateau'],
  ['locust-real/esmy1990-locust0.x', 'no history'],
  ['locust-real/ons-srb-0003-locust0.14', 'no user counts'],
])('%s (%s): no capacity curve', (dir) => {
  expect(capacityOf(fixtureRun(dir, dir.includes('0003') ? /^baseline_5_clients/ : undefined), 1000)).toBeNull();
});
