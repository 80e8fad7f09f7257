// Load shapes of real runs. Expected figures read from each history's Aggregated rows (User Count,
// Timestamp) with python3's csv module; offsets are seconds since the first Aggregated row.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { synthetic } from '../../../test/support/stepped-run';
import { loadProfile } from './load-shape';

/** Locust's own files of a fixtures/locust-2.12-series run (its folder also holds logs and server stats). */
const LOCUST = /\.(csv|html)$/;

type Row = [string, string, RegExp | undefined, string, number | null, number | null, number | null, number | null];

// [fixture dir, what it is, file filter, shape, peak users, rampUpEndS, rampDownStartS, rampShare]
const ROWS: Row[] = [
  ['locust-2.12-generated/smallpool-20u', 'ramp 4/s to 20, then held', undefined, 'plateau', 20, 5, null, 5 / 58],
  ['locust-2.12-generated/smallpool-40u', 'ramp 4/s to 40, then held', undefined, 'plateau', 40, 10, null, 10 / 58],
  ['swarmlens-under-load', '100 users (10/s)', /^100u/, 'plateau', 100, 10, null, 10 / 176],
  // 90 s runs at 5 users/s: 10, 20 and 30 s ramps; the history spans 87–88 s.
  ['locust-2.12-series/series-50u', '10 s ramp', LOCUST, 'plateau', 50, 10, null, 10 / 87],
  ['locust-2.12-series/series-100u', '20 s ramp', LOCUST, 'plateau', 100, 20, null, 20 / 87],
  ['locust-2.12-series/series-150u', '30 s ramp', LOCUST, 'plateau', 150, 30, null, 30 / 87],
  ['locust-2.12-series/series-retest-100u', '21 s ramp', LOCUST, 'plateau', 100, 21, null, 21 / 88],
  ['locust-2.12-series/korean-cp949-20u', 'CP949 names, 4 s ramp', LOCUST, 'plateau', 20, 4, null, 4 / 56],
  // -u 400 -r 1 -t 420s: 1 user more per second to 400 at 409 s, held 10 s (< 30 s) until the end at 419 s.
  ['locust-2.12-series/ramp-400u', 'a continuous ramp', LOCUST, 'ramp', 400, 409, null, 409 / 419],
  ['swarmlens-under-load', '150 users (10/s)', /^150u/, 'plateau', 150, 15, null, 15 / 178],
  // 10 users from 10 s to 91 s, down 1/s to 1 user held from 100 s to 161 s: two plateaus of ≥ 30 s.
  ['locust-real/aedificare-socket-run1', '10 users then 1 user', undefined, 'steps', 10, 10, 91, 80 / 161],
  // Ramp 1 user/s to 100 users at 100 s, held to 291 s: a long ramp-up, still a plateau.
  [
    'locust-real/edabati-banana-jinja2x',
    '100 s ramp-up, 191 s held',
    /_stats|_history/,
    'plateau',
    100,
    100,
    null,
    100 / 291,
  ],
  // 1 → 9 users in 20 s steps (each < 30 s), then 10 users from 180 s to 465 s.
  ['locust-real/parkietje-locust1.0', 'short steps up, then held', undefined, 'plateau', 10, 180, null, 180 / 465],
  // HTML chart points every 5 s: 300 users at 0–85 s, 0 users at 90 and 95 s (stopped).
  ['locust-real/selinfildis-ghibli-jinja1.x', 'HTML report history', undefined, 'plateau', 300, 0, 85, 5 / 90],
  ['locust-real/kalpee06-locust1.x', '11 s ramp of a 50 s run', undefined, 'plateau', 100, 11, null, 11 / 50],
  ['locust-real/ons-srb-0011-locust1.2.3', '1 user throughout', /^3500mcpu_(stats|failures)/, 'plateau', 1, 0, null, 0],
  [
    'locust-real/ons-srb-0003-locust0.14',
    'Locust 0.14: no user counts',
    /^baseline_5_clients/,
    'unknown',
    null,
    null,
    null,
    null,
  ],
  ['locust-real/esmy1990-locust0.x', 'no history at all', undefined, 'unknown', null, null, null, null],
  // 1 user at 0 s, 10 users at 2 s, 0 at 2 s: a 2 s history.
  ['locust-real/zhajiangmian-locust1.1-gbk', 'a 2 s history', undefined, 'unknown', 10, 2, 2, 1],
];

describe('loadProfile on real runs', () => {
  test.each(ROWS)('%s (%s)', (dir, _what, only, shape, peak, upEnd, downStart, share) => {
    const p = loadProfile(fixtureRun(dir, only));
    expect([p.shape, p.peakUsers, p.rampUpEndS, p.rampDownStartS]).toEqual([shape, peak, upEnd, downStart]);
    if (share === null) expect(p.rampShare).toBeNull();
    else expect(p.rampShare).toBeCloseTo(share, 10);
    expect(p.reason.length).toBeGreaterThan(10);
  });

  test('reasons say what was seen', () => {
    expect(loadProfile(fixtureRun('locust-2.12-generated/smallpool-40u')).reason).toBe(
      '40 users held for 48 s after a 10 s ramp-up',
    );
    expect(loadProfile(fixtureRun('locust-real/aedificare-socket-run1')).reason).toBe(
      '2 plateaus of ≥ 30 s: 10 (81 s) → 1 (61 s) users',
    );
    expect(loadProfile(fixtureRun('locust-real/ons-srb-0003-locust0.14', /^baseline_5_clients/)).reason).toContain(
      'no user counts',
    );
    expect(loadProfile(fixtureRun('locust-real/zhajiangmian-locust1.1-gbk')).reason).toBe(
      'the load lasted 2 s: too short to tell (needs 30 s)',
    );
  });
});

describe('synthetic runs', () => {
  test('stepped 50 → 100 → 150 users (test/support/stepped-run.ts): steps, peak reached at second 139', () => {
    const p = loadProfile(synthetic({ full: true, reset: false }));
    // Users start at second 5 (0-user row at 4); 150 users from 139 to 199, 0 users from 200.
    expect([p.shape, p.peakUsers, p.rampUpEndS, p.rampDownStartS, p.rampUpS, p.rampDownS, p.spanS]).toEqual([
      'steps',
      150,
      139,
      199,
      135,
      1,
      196,
    ]);
  });

  test('a continuous ramp: users rising over the whole history, never held 30 s', () => {
    const run = fixtureRun('locust-2.12-generated/smallpool-40u');
    const h = run.history!;
    // The same rows with the user count rising 1 per row (0 … 58): no plateau at all.
    const ramp = { ...h, aggregated: { ...h.aggregated, userCount: h.aggregated.userCount.map((_, k) => k) } };
    const p = loadProfile({ history: ramp });
    expect([p.shape, p.peakUsers, p.rampUpEndS, p.rampShare]).toEqual(['ramp', 58, 58, 1]);
    expect(p.reason).toBe('users rose to 58 over 58 s of 58 s (100%) and were never held for 30 s');
  });

  test('users changing without a plateau, rising less than half the time: unknown', () => {
    const h = fixtureRun('locust-2.12-generated/smallpool-40u').history!;
    // Rows 0–58 (1 s apart): 10 users for 20 s, 20 users for 19 s, 15 users for 17 s:
    // the peak is first reached at 21 s of 58 s.
    const level = (k: number) => (k <= 20 ? 10 : k <= 40 ? 20 : 15);
    const p = loadProfile({
      history: { ...h, aggregated: { ...h.aggregated, userCount: h.aggregated.userCount.map((_, k) => level(k)) } },
    });
    expect([p.shape, p.peakUsers, p.rampUpEndS, p.rampDownStartS, p.spanS]).toEqual(['unknown', 20, 21, 40, 58]);
    expect(p.reason).toBe('no plateau of ≥ 30 s at the peak of 20 users, and users rose over only 36% of the run');
  });
});
