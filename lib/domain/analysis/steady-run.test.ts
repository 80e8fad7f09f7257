// The whole run recomputed over its steady window. Per-endpoint counts and the average were read with
// python3's csv module from smallpool-40u_stats_history.csv: Total Request/Failure Count at the last row
// at or before t0+20 and t0+58 per entry; average = (avg × count at t0+58 − at t0+20) / 454 = 1540.7354 ms;
// Total Max Response Time 6416.0 → 9004.16 ms over the window.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { compareRuns } from './compare-runs';
import { steadyRun, steadyUnavailable } from './steady-state';

const WINDOW_COUNTS: [string, string, number, number][] = [
  ['GET', '/accounts/login/', 19, 0],
  ['POST', '/accounts/login/', 19, 0],
  ['GET', '/accounts/logout/', 19, 0],
  ['GET', '/api/project/[id]/list-pekerjaan/tree/', 51, 1],
  ['GET', '/api/project/[id]/parameters/', 54, 1],
  ['GET', '/api/v2/project/[id]/chart-data/', 42, 1],
  ['GET', '/dashboard/', 61, 2],
  ['GET', '/detail_project/[id]/export/jadwal-pekerjaan/pdf/', 9, 0],
  ['GET', '/detail_project/[id]/export/rekap-rab/pdf/', 11, 0],
  ['GET', '/detail_project/[id]/export/rincian-ahsp/xlsx/', 14, 0],
  ['GET', '/detail_project/[id]/harga-items/', 23, 0],
  ['GET', '/detail_project/[id]/jadwal-pekerjaan/', 30, 1],
  ['GET', '/detail_project/[id]/rekap-rab/', 67, 4],
  ['GET', '/detail_project/[id]/rincian-ahsp/', 35, 0],
];

describe('smallpool-40u over its steady window (20–58 s)', () => {
  const whole = fixtureRun('locust-2.12-generated/smallpool-40u');
  const result = steadyRun(whole);
  if (result.run === null) throw new Error(result.reason);
  const run = result.run;

  test('aggregated: exact counts, window latency, average from the counters, max where it rose', () => {
    expect(run.meta).toMatchObject({ userCount: 40, durationS: 38, label: 'smallpool-40u' });
    expect(run.aggregated).toMatchObject({
      requests: 454,
      failures: 10,
      rps: 454 / 38,
      failuresPerS: 10 / 38,
      medianMs: 830,
      minMs: null,
      maxMs: 9004.155511999897,
    });
    expect(run.aggregated.percentiles['95']).toBe(4600);
    expect(run.aggregated.avgMs).toBeCloseTo(1540.7354, 3);
  });

  test('endpoints: exact counts from each entry’s counters, summing to the aggregated count', () => {
    const got = run.endpoints.map((e) => [e.method, e.name, e.requests, e.failures]);
    expect([...got].sort((x, y) => `${x[1]}${x[0]}`.localeCompare(`${y[1]}${y[0]}`))).toEqual(
      [...WINDOW_COUNTS].sort((x, y) => `${x[1]}${x[0]}`.localeCompare(`${y[1]}${y[0]}`)),
    );
    expect(run.endpoints.reduce((n, e) => n + e.requests, 0)).toBe(454);
    expect(run.endpoints.map((e) => e.name)).toEqual(whole.endpoints.map((e) => e.name));
  });

  test('history sliced to the window; failures kept whole-run; notes say what is approximate', () => {
    expect(run.history!.aggregated.timestampsS.length).toBe(39);
    expect(run.history!.aggregated.timestampsS[0]).toBe((whole.history!.aggregated.timestampsS[0] as number) + 20);
    expect(run.failures).toBe(whole.failures);
    expect(result.notes[0]).toBe(
      'Steady state: 40 users from 20 s to 58 s of the history (38 s; ramp-up, the first 10 s at full load and ' +
        'ramp-down left out).',
    );
    expect(result.notes.join(' ')).toContain('Percentiles and medians are approximate');
    expect(result.notes.join(' ')).toContain('Failure messages, exceptions and transactions are whole-run');
    expect(run.warnings.slice(-result.notes.length)).toEqual(result.notes);
  });

  test('compareRuns runs on steady runs unchanged', () => {
    const r20 = steadyRun(fixtureRun('locust-2.12-generated/smallpool-20u')).run!;
    const c = compareRuns([
      { id: 'a', run: r20 },
      { id: 'b', run },
    ]);
    expect(c.summary.find((s) => s.metric === 'rps')!.values).toEqual([378 / 43, 454 / 38]);
    expect(c.summary.find((s) => s.metric === 'requests')!.values).toEqual([378, 454]);
  });
});

describe('runs without a steady window, or without per-endpoint series', () => {
  test('Aggregated-only history: endpoints keep whole-run figures, and a note says so', () => {
    const whole = fixtureRun('locust-real/aedificare-socket-run1');
    const r = steadyRun(whole);
    expect(r.run!.aggregated).toMatchObject({ requests: 145, failures: 0, medianMs: null });
    expect(r.run!.endpoints).toBe(whole.endpoints);
    expect(r.run!.warnings.join(' ')).toContain('Per-endpoint figures are whole-run');
    expect(r.run!.warnings.join(' ')).toContain('Percentiles and medians are unknown over the window');
  });

  test.each([
    [
      'locust-real/selinfildis-ghibli-jinja1.x',
      'no steady state: the history has no cumulative request counts (as from an HTML report), ' +
        'so counts over the window are unknown',
    ],
    [
      'locust-real/kalpee06-locust1.x',
      'no steady state: 100 users held for only 29 s after the first 10 s at that load (needs 30 s)',
    ],
    ['locust-real/esmy1990-locust0.x', 'no steady state: no history: the load over time is unknown'],
  ])('%s: none, with the reason', (dir, reason) => {
    expect(steadyRun(fixtureRun(dir))).toEqual({ run: null, reason });
    expect(steadyUnavailable(fixtureRun(dir))).toBe(reason);
  });

  test('steadyUnavailable is null exactly when steadyRun gives a run', () => {
    expect(steadyUnavailable(fixtureRun('locust-2.12-generated/smallpool-40u'))).toBeNull();
    expect(steadyUnavailable(fixtureRun('locust-real/aedificare-socket-run1'))).toBeNull();
  });

  test('a continuous ramp has none', () => {
    const run = fixtureRun('locust-2.12-generated/smallpool-40u');
    const h = run.history!;
    const ramp = {
      ...run,
      history: { ...h, aggregated: { ...h.aggregated, userCount: h.aggregated.userCount.map((_, k) => k) } },
    };
    expect(steadyRun(ramp)).toEqual({
      run: null,
      reason: 'no steady state: the run is a ramp: users kept changing, so no load level was held',
    });
  });
});
