// Latency ceilings on real runs. Endpoint maxima and P99 read from each `_stats.csv` (or report) with
// python3's csv module; the near misses below are the largest groups of maxima within one band.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { latencyCeiling, locustBucketMs } from './latency-ceiling';

/** Locust's own files of a fixtures/locust-2.12-series run (its folder also holds logs and server stats). */
const LOCUST = /\.(csv|html)$/;

describe('a 9 s pool timeout (smallpool-40u: DB pool of 2, pool_timeout 9.0 s)', () => {
  test('5 of the 10 endpoints with ≥ 30 requests end at 9,003–9,004 ms with P99 9,000: a ceiling at 9,000 ms', () => {
    const c = latencyCeiling(fixtureRun('locust-2.12-generated/smallpool-40u'));
    expect(c).toEqual({
      ceilingMs: 9000,
      endpointsAtCeiling: 5,
      endpointsConsidered: 10,
      evidence:
        'responses capped at ~9 s, likely a timeout; values there are lower bounds: ' +
        'maxima of 5 of 10 endpoints (≥ 30 requests) end within 9,003–9,004 ms and their P99 is in the top bucket; ' +
        'the ~10 s window maximum sits at 9,000 ms in 19 of 57 history rows',
    });
  });

  test('from the HTML report alone (no history): the same ceiling', () => {
    const c = latencyCeiling(fixtureRun('locust-2.12-generated/smallpool-40u', /\.html$/));
    expect(c?.ceilingMs).toBe(9000);
    expect(c?.endpointsAtCeiling).toBe(5);
  });

  test('a higher request minimum leaves too few endpoints (rekap-rab alone has ≥ 100 requests)', () => {
    expect(latencyCeiling(fixtureRun('locust-2.12-generated/smallpool-40u'), 100)).toBeNull();
  });
});

describe('the same 9 s pool timeout in the generated series (locust-2.12-series)', () => {
  test.each([
    // Python: Aggregated rows whose 100% column is 9,000–9,100 ms, of those with a value.
    ['series-100u', 8, '9,022–9,091', 'the ~10 s window maximum sits at 9,000–9,100 ms in 62 of 85 history rows'],
    ['series-150u', 8, '9,050–9,131', 'the ~10 s window maximum sits at 9,000–9,100 ms in 64 of 85 history rows'],
  ])('%s: %i of 13 endpoints at %s ms', (run, n, band, windows) => {
    const c = latencyCeiling(fixtureRun(`locust-2.12-series/${run}`, LOCUST))!;
    expect([c.ceilingMs, c.endpointsAtCeiling, c.endpointsConsidered]).toEqual([9000, n, 13]);
    expect(c.evidence).toContain(`end within ${band} ms`);
    expect(c.evidence).toContain(windows);
  });
});

// Runs that must not show a ceiling, and why each is close or not.
const NO_CEILING: [string, RegExp | undefined, string][] = [
  ['locust-2.12-generated/smallpool-20u', undefined, 'one endpoint above 1 s (max 1,137 ms)'],
  ['locust-2.12-series/series-50u', LOCUST, 'the same server at 50 users: no request reaches the 9 s pool timeout'],
  ['locust-2.12-series/series-retest-100u', LOCUST, 'the fixed server at 100 users: max 3,000 ms'],
  ['locust-2.12-series/korean-cp949-20u', LOCUST, '20 users, flaky profile'],
  ['swarmlens-under-load', /^100u/, 'maxima 1,470 and 1,474 ms: 2 endpoints, and one P99 is 490 ms'],
  ['swarmlens-under-load', /^150u/, 'maxima 1,621 and 1,624 ms with P99 1,200 ms: a spread tail, not a cap'],
  [
    'locust-real/ons-eqauthor-2022-locust2.5.1',
    undefined,
    '3 of 21 maxima within 11,453–11,498 ms, but P99 5,000–6,300 ms',
  ],
  [
    'locust-real/ons-srb-0003-locust0.14',
    /^baseline_50_clients/,
    '7 of 129 endpoints at 1,063–1,094 ms with P99 at the top: 5%, under 40%',
  ],
  ['locust-real/ons-srb-0003-locust0.14', /^baseline_25_clients/, '2 of 141 endpoints at 1,094–1,121 ms'],
  [
    'locust-real/ons-srb-0003-locust0.14',
    /^baseline_performance/,
    '3 maxima at 2,634–2,697 ms, but only one P99 near them',
  ],
  ['locust-real/ons-srb-0011-locust1.2.3', /^3500mcpu_80_clients/, '2 maxima at 1,103–1,122 ms'],
  ['locust-real/ons-srb-0024-locust2.23.1', /^runner-benchmark-x1f/, '2 maxima at 1,017–1,033 ms'],
  [
    'locust-real/veroliut-retail-2.29.1',
    undefined,
    'maxima 48.5, 50.8 and 53.2 s: 9% apart, wider than the 150 ms band',
  ],
  ['locust-real/ravi3541-seeke-2.32.3', /\.html$/, '2 of 4 endpoints at 7,751–7,779 ms: fewer than 3'],
  ['locust-real/ravi3541-seeke-2.32.3', /^report_/, 'maxima 9,856, 10,098, 11,365 and 11,753 ms: no two within 150 ms'],
  [
    'locust-real/esmy1990-locust0.x',
    undefined,
    'one endpoint at 9,017 ms with P95 9,000: a single endpoint is no shared ceiling',
  ],
  ['locust-real/aedificare-socket-run1', undefined, 'one endpoint with ≥ 30 requests'],
  ['locust-real/ons-srb-0001-locust0.11', /^baseline/, 'every max under 1 s'],
];

describe('no ceiling on healthy or merely slow runs', () => {
  test.each(NO_CEILING)('%s %s: %s', (dir, only) => {
    expect(latencyCeiling(fixtureRun(dir, only))).toBeNull();
  });
});

test('Locust bucketing: exact below 100 ms, then two significant digits', () => {
  expect([42, 147, 1049, 9004.16, 11498].map(locustBucketMs)).toEqual([42, 150, 1000, 9000, 11000]);
});
