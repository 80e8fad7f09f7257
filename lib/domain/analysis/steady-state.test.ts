// Steady-state figures of real runs, checked against an independent Python reference
// (test/reference/steady_state.py, csv module only) and against figures read from the files with it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { synthetic } from '../../../test/support/stepped-run';
import type { ParsedRun } from '../locust/types';
import { rampWarning, steadyStateOf } from './steady-state';

/** Locust's own files of a fixtures/locust-2.12-series run (its folder also holds logs and server stats). */
const LOCUST = /\.(csv|html)$/;

const ROOT = join(import.meta.dirname, '../../..');

type Row = [
  string,
  RegExp | undefined,
  [number, number, number, number | null, number | null, number | null, number | null, string[]] | null,
];

// [fixture, file filter, [startS, endS, users, requests, failures, medianMs, p95Ms, approximate] | null]
const ROWS: Row[] = [
  ['locust-2.12-generated/smallpool-20u', undefined, [15, 58, 20, 378, 5, 160, 2000, ['medianMs', 'p95Ms']]],
  ['locust-2.12-generated/smallpool-40u', undefined, [20, 58, 40, 454, 10, 830, 4600, ['medianMs', 'p95Ms']]],
  ['swarmlens-under-load', /^100u/, [20, 176, 100, 6322, 0, 30, 180, ['medianMs', 'p95Ms']]],
  ['locust-2.12-series/series-50u', LOCUST, [20, 87, 50, 1486, 29, 260, 1500, ['medianMs', 'p95Ms']]],
  ['locust-2.12-series/series-100u', LOCUST, [30, 87, 100, 1779, 150, 360, 9000, ['medianMs', 'p95Ms']]],
  ['locust-2.12-series/series-150u', LOCUST, [40, 87, 150, 1635, 404, 465, 9000, ['medianMs', 'p95Ms']]],
  ['locust-2.12-series/series-retest-100u', LOCUST, [31, 88, 100, 2623, 30, 230, 875, ['medianMs', 'p95Ms']]],
  ['locust-2.12-series/korean-cp949-20u', LOCUST, [14, 56, 20, 394, 11, 210, 1100, ['medianMs', 'p95Ms']]],
  ['swarmlens-under-load', /^150u/, [25, 178, 150, 9178, 0, 73, 525, ['medianMs', 'p95Ms']]],
  // Steps 10 → 1 users; the 10-user plateau; Aggregated-only 2.x history: cumulative percentiles, so no latency.
  ['locust-real/aedificare-socket-run1', undefined, [20, 91, 10, 145, 0, null, null, []]],
  ['locust-real/edabati-banana-jinja2x', /_stats|_history/, [110, 291, 100, 347, 0, null, null, []]],
  // Locust 1.0: window percentiles without --csv-full-history (locust-formats §3.3); 2 s rows.
  ['locust-real/parkietje-locust1.0', undefined, [190, 465, 10, 33, 0, 50000, 51000, ['medianMs', 'p95Ms']]],
  ['locust-real/ravi3541-seeke-2.32.3', /^report_/, [15, 196, 10, 440, 73, null, null, []]],
  // HTML report: chart points every 5 s, window percentiles, no cumulative counts.
  ['locust-real/selinfildis-ghibli-jinja1.x', undefined, [10, 85, 300, null, null, 190, 3700, ['medianMs', 'p95Ms']]],
  // 100 users from 11 s to 50 s: the window from 21 s is 29 s long.
  ['locust-real/kalpee06-locust1.x', undefined, null],
  ['locust-real/zhajiangmian-locust1.1-gbk', undefined, null],
  ['locust-real/ons-srb-0003-locust0.14', /^baseline_5_clients/, null],
  ['locust-real/esmy1990-locust0.x', undefined, null],
  ['locust-2.12-series/ramp-400u', LOCUST, null],
];

describe('steadyStateOf on real runs', () => {
  test.each(ROWS)('%s', (dir, only, want) => {
    const s = steadyStateOf(fixtureRun(dir, only));
    if (want === null) return expect(s).toBeNull();
    const [startS, endS, userCount, requests, failures, medianMs, p95Ms, approximate] = want;
    const d = endS - startS;
    expect(s).toEqual({
      startS,
      endS,
      userCount,
      requests,
      failures,
      medianMs,
      p95Ms,
      approximate,
      rps: requests === null ? null : requests / d,
      goodputRps: requests === null || failures === null ? null : (requests - failures) / d,
    });
  });

  test('the Python reference computes the same for every generated run', () => {
    const files = [
      'locust-2.12-generated/smallpool-20u/smallpool-20u_stats_history.csv',
      'locust-2.12-generated/smallpool-40u/smallpool-40u_stats_history.csv',
      'swarmlens-under-load/100u_stats_history.csv',
      'swarmlens-under-load/150u_stats_history.csv',
      ...[
        'series-50u',
        'series-100u',
        'series-150u',
        'series-retest-100u',
        'korean-cp949-20u',
        'japanese-sjis-20u',
      ].map((r) => `locust-2.12-series/${r}/${r}_stats_history.csv`),
    ];
    const out = execFileSync('python3', ['test/reference/steady_state.py', ...files.map((f) => `fixtures/${f}`)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const reference = JSON.parse(out) as Record<string, number>[];
    expect(reference).toHaveLength(files.length);
    files.forEach((f, i) => {
      const { approximate: _, ...ours } = steadyStateOf(
        fixtureRun(
          f.slice(0, f.lastIndexOf('/')),
          new RegExp(`^${f.slice(f.lastIndexOf('/') + 1, f.indexOf('_stats'))}_`),
        ),
      )!;
      expect(ours).toEqual(reference[i]);
    });
  });

  test('stepped run: the plateau at the peak (150 users, seconds 139–199), from 10 s in', () => {
    // Generator increments over seconds 150–199: /a 30 + k%3 (1549), /b 15 + k%2 (775); failures /a at k%7 = 0 (7),
    // /b 2 at k%5 = 0 (20). Aggregated window p50 = 180 + k%5 (median 182), p95 = 3 × p50 (546).
    expect(steadyStateOf(synthetic({ full: true, reset: false }))).toEqual({
      startS: 149,
      endS: 199,
      userCount: 150,
      requests: 2324,
      failures: 27,
      rps: 2324 / 50,
      goodputRps: 2297 / 50,
      medianMs: 182,
      p95Ms: 546,
      approximate: ['medianMs', 'p95Ms'],
    });
  });

  test('a stats reset inside the window: counts are lower bounds and flagged approximate', () => {
    const run = fixtureRun('locust-2.12-generated/smallpool-40u');
    const h = run.history!;
    const a = h.aggregated;
    const base = a.totalRequests[29] as number;
    const baseF = a.totalFailures[29] as number;
    // Totals restart from 0 right after row 29 (nothing lost): the counting restarts its base there.
    const reset: ParsedRun = {
      ...run,
      history: {
        ...h,
        resetsAtS: [a.timestampsS[30] as number],
        aggregated: {
          ...a,
          totalRequests: a.totalRequests.map((v, k) => (k >= 30 ? v - base : v)),
          totalFailures: a.totalFailures.map((v, k) => (k >= 30 ? v - baseF : v)),
        },
      },
    };
    const s = steadyStateOf(reset)!;
    expect([s.requests, s.failures]).toEqual([454, 10]);
    expect(s.approximate).toEqual(['requests', 'failures', 'rps', 'goodputRps', 'medianMs', 'p95Ms']);
  });
});

describe('rampWarning', () => {
  test.each([
    ['locust-2.12-generated/smallpool-40u', undefined, null], // 10 s of 58 s (17%)
    ['locust-2.12-series/series-50u', LOCUST, null], // 10 s of 87 s (11%)
    [
      'locust-2.12-series/series-100u',
      LOCUST,
      'ramp-up is 20 s of 87 s (23%): whole-run figures mix it in; see steady state',
    ],
    [
      'locust-2.12-series/series-150u',
      LOCUST,
      'ramp-up is 30 s of 87 s (34%): whole-run figures mix it in; see steady state',
    ],
    ['locust-real/selinfildis-ghibli-jinja1.x', undefined, null], // 5 s of 90 s
    [
      'locust-real/edabati-banana-jinja2x',
      /_stats|_history/,
      'ramp-up is 100 s of 291 s (34%): whole-run figures mix it in; see steady state',
    ],
    [
      'locust-real/parkietje-locust1.0',
      undefined,
      'ramp-up is 180 s of 465 s (39%): whole-run figures mix it in; see steady state',
    ],
    [
      'locust-real/aedificare-socket-run1',
      undefined,
      'ramp-up is 10 s and ramp-down 70 s (the lower steps included) of 161 s (50%): whole-run figures mix it in; ' +
        'see steady state',
    ],
    [
      'locust-real/kalpee06-locust1.x',
      undefined,
      'ramp-up is 11 s of 50 s (22%): whole-run figures mix it in; no steady state: 100 users held for only 29 s ' +
        'after the first 10 s at that load (needs 30 s)',
    ],
    ['locust-real/esmy1990-locust0.x', undefined, null],
    [
      'locust-2.12-series/ramp-400u',
      LOCUST,
      'the whole run is a ramp (users rose to 400 over 409 s of 419 s): whole-run figures describe no single load; ' +
        'see the capacity curve',
    ],
  ] as [string, RegExp | undefined, string | null][])('%s', (dir, only, want) => {
    expect(rampWarning(fixtureRun(dir, only))).toBe(want);
  });

  test('a continuous ramp says so', () => {
    const run = fixtureRun('locust-2.12-generated/smallpool-40u');
    const h = run.history!;
    const ramp = { ...h, aggregated: { ...h.aggregated, userCount: h.aggregated.userCount.map((_, k) => k) } };
    expect(rampWarning({ history: ramp })).toBe(
      'the whole run is a ramp (users rose to 58 over 58 s of 58 s): whole-run figures describe no single load; ' +
        'see the capacity curve',
    );
  });
});
