// Golden comparison of our Locust 2.12 runs at 20 and 40 users, with expected figures computed by
// hand from fixtures/locust-2.12-generated/*/_stats.csv (Aggregated and endpoint rows quoted below).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseUpload } from '../locust/index';
import type { EndpointStats, ParsedRun } from '../locust/types';
import { compareRuns } from './compare-runs';
import { failureRatePValue, fisherExact } from './significance';

const DIR = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated');
const load = (run: string) => {
  const files = readdirSync(join(DIR, run)).map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(DIR, run, name))),
  }));
  return parseUpload(files).runs[0]!.run;
};
const u20 = load('smallpool-20u');
const u40 = load('smallpool-40u');

describe('20 users vs 40 users (smallpool, Locust 2.12)', () => {
  // 20u Aggregated: 552 requests, 8 failures, median 160, p75 270, p90 520, p95 1900, p99 3000,
  //   max 4396.773030999839, Requests/s 9.332691997642101
  // 40u Aggregated: 772 requests, 13 failures, median 520, p75 1700, p90 3100, p95 4200, p99 8000,
  //   max 9004.155511999897, Requests/s 13.035422806144089
  const c = compareRuns([
    { id: 'a', run: u20 },
    { id: 'b', run: u40 },
  ]);
  const row = (m: string) => c.summary.find((s) => s.metric === m)!;

  test('headline values, changes and statuses', () => {
    expect(row('successRate').values).toEqual([544 / 552, 759 / 772]);
    expect(row('successRate').change).toBeCloseTo(759 / 772 - 544 / 552, 15);
    expect(row('failures')).toMatchObject({ values: [8, 13], change: 0.625, status: 'ok' }); // p ≈ 0.74: not real
    expect(row('failures').pValue).toBeCloseTo(0.736, 2);
    expect(row('medianMs')).toMatchObject({ values: [160, 520], change: 2.25, status: 'critical' });
    expect(row('p75Ms')).toMatchObject({ values: [270, 1700], status: 'critical' });
    expect(row('p95Ms').change).toBeCloseTo(4200 / 1900 - 1, 12);
    expect(row('p99Ms').values).toEqual([3000, 8000]);
    expect(row('maxMs').change).toBeCloseTo(9004.155511999897 / 4396.773030999839 - 1, 12);
    // All requests: 13.04/s for 40 users against 2 × 9.33 = 18.67/s if linear, 30% short; not judged on
    // its own (failed requests are no capacity). Goodput: 9.33 × 544/552 = 9.197 -> 13.04 × 759/772 =
    // 12.816 successful req/s, 30.3% short of 2 × 9.197: the curve's verdict, saturated -> critical.
    expect(row('rps')).toMatchObject({
      status: 'ok',
      reason: 'all requests, failed included: −30% against linear; capacity is judged on goodput',
    });
    expect(row('goodputRps').values[0]).toBeCloseTo((9.332691997642101 * 544) / 552, 12);
    expect(row('goodputRps').values[1]).toBeCloseTo((13.035422806144089 * 759) / 772, 12);
    expect(row('goodputRps')).toMatchObject({
      status: 'critical',
      reason: '20 → 40 users (×2), goodput ×1.39 (−30% against linear), all requests ×1.4; scaling saturated',
    });
    expect(row('rps').change).toBeCloseTo(13.035422806144089 / 9.332691997642101 - 1, 12);
  });

  test('latency changes stand out from window-to-window variation', () => {
    // Aggregated rows of each _stats_history.csv at the peak user count with a non-zero value:
    // 20u p95 windows (54) quartiles 1225 / 1650 / 2400 ms; 40u (49) 3300 / 3700 / 5300 ms.
    // p50: 20u 150 / 170 / 180 ms; 40u 500 / 750 / 920 ms.
    expect(row('p95Ms')).toMatchObject({
      real: true,
      evidence: 'slower beyond window-to-window variation (typical windows 1,225 ms–2,400 ms vs 3,300 ms–5,300 ms)',
    });
    expect(row('medianMs')).toMatchObject({
      real: true,
      evidence: 'slower beyond window-to-window variation (typical windows 150 ms–180 ms vs 500 ms–920 ms)',
    });
    expect(row('maxMs').real).toBeUndefined();
  });

  test('throughput grew ×1.40 for ×2 users: saturated', () => {
    expect(c.scaling!.expectedRps).toBeCloseTo(2 * 9.332691997642101, 12);
    expect(c.scaling!.actualRps).toBe(13.035422806144089);
    expect(c.scaling!.gap).toBeCloseTo(13.035422806144089 / (2 * 9.332691997642101) - 1, 12);
    expect(c.scaling!.verdict).toBe('saturated');
    expect(c.scaling!.verdict).toBe(c.scalingCurve!.verdict);
    expect(c.scaling!.goodputGap).toBeCloseTo(
      (13.035422806144089 * 759) / 772 / ((2 * 9.332691997642101 * 544) / 552) - 1,
      12,
    );
  });

  test('runs spawned at different rates get a comparability warning', () => {
    const w = compareRuns([
      { id: null, run: { ...u20, meta: { ...u20.meta, spawnRate: 4 } } },
      { id: null, run: { ...u40, meta: { ...u40.meta, spawnRate: 10 } } },
    ]).warnings;
    expect(w).toContain('smallpool-40u spawned 10 users/s, the baseline 4: ramp-up phases differ');
  });

  const SHA_A = 'ab'.repeat(32);
  const SHA_B = 'cd'.repeat(32);
  test.each([
    [
      'another environment',
      { environment: 'staging' },
      { environment: 'production' },
      'smallpool-40u ran against environment production, the baseline against staging',
    ],
    [
      'another locustfile',
      { locustfileSha256: SHA_A },
      { locustfileSha256: SHA_B },
      "smallpool-40u ran another locustfile (sha256 cdcdcdcdcdcd, the baseline's ababababab" +
        'ab): the workloads may differ',
    ],
    [
      'another Locust profile',
      { profile: 'smoke' },
      { profile: 'nightly' },
      'smallpool-40u ran Locust profile nightly, the baseline profile smoke',
    ],
    ['one run says nothing', { environment: 'staging', profile: 'smoke' }, {}, null],
    [
      'the same on both',
      { environment: 'staging', locustfileSha256: SHA_A },
      { environment: 'staging', locustfileSha256: SHA_A },
      null,
    ],
  ])('provenance: %s', (_, a, b, warning) => {
    const w = compareRuns([
      { id: null, run: { ...u20, meta: { ...u20.meta, ...a } } },
      { id: null, run: { ...u40, meta: { ...u40.meta, ...b } } },
    ]).warnings;
    const provenance = w.filter((x) => /environment|locustfile|profile/.test(x));
    expect(provenance).toEqual(warning === null ? [] : [warning]);
  });

  test('endpoints: login slowed, dashboard started failing', () => {
    // POST /accounts/login/: 36 req, median 240, p95 520 -> 69 req, median 440, p95 3700
    const login = c.endpoints.find((e) => e.method === 'POST' && e.name === '/accounts/login/')!;
    expect(login.runs.map((r) => r?.medianMs)).toEqual([240, 440]);
    expect(login.p95Change).toBeCloseTo(3700 / 520 - 1, 12);
    // GET /dashboard/: 32 req 0 failures -> 87 req 2 failures
    const dash = c.endpoints.find((e) => e.method === 'GET' && e.name === '/dashboard/')!;
    expect(dash).toMatchObject({ newFailures: true, insufficientData: false });
    expect(dash.failureRateChange).toBeCloseTo(2 / 87, 15);
    const none = { build: null, commit: null, branch: null, environment: null };
    expect(c.runs).toEqual([
      { id: 'a', label: 'smallpool-20u', userCount: 20, durationS: u20.meta.durationS, ...none },
      { id: 'b', label: 'smallpool-40u', userCount: 40, durationS: u40.meta.durationS, ...none },
    ]);
  });
});

describe('statistics', () => {
  test.each([
    // Fisher's exact two-sided p for [[1, 9], [11, 3]] (the classic tea-tasting-style table): 0.002759...
    [[1, 9, 11, 3], 0.0027594],
    [[3, 1, 1, 3], 0.4857143],
    [[0, 10, 0, 10], 1],
  ])('Fisher exact %j', (t, p) => {
    expect(fisherExact(...(t as [number, number, number, number]))).toBeCloseTo(p, 6);
  });

  test('a run compared with itself: no change, nothing significant or flagged', () => {
    const c = compareRuns([
      { id: null, run: u40 },
      { id: null, run: u40 },
    ]);
    for (const s of c.summary) {
      // At the 9 s ceiling in both, a latency is a lower bound: the change is unknown, not zero.
      expect(s.status).toBe(s.atCeiling?.baseline && s.atCeiling.target ? 'inconclusive' : 'ok');
      if (s.change !== null) expect(s.change).toBe(0);
    }
    expect(c.endpoints.every((e) => !e.newFailures && (e.failurePValue === null || e.failurePValue > 0.99))).toBe(true);
  });

  const aggregate = fc.record({
    requests: fc.integer({ min: 1, max: 100_000 }),
    failRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    median: fc.integer({ min: 1, max: 60_000 }),
    rps: fc.double({ min: 0.01, max: 5000, noNaN: true }),
  });
  const runOf = (a: { requests: number; failRatio: number; median: number; rps: number }, users: number): ParsedRun => {
    const failures = Math.floor(a.requests * a.failRatio);
    const agg: EndpointStats = {
      method: null,
      name: 'Aggregated',
      requests: a.requests,
      failures,
      medianMs: a.median,
      avgMs: a.median,
      minMs: 1,
      maxMs: a.median * 2,
      avgSizeBytes: 1,
      rps: a.rps,
      failuresPerS: 0,
      percentiles: { '95': a.median * 1.5 },
    };
    return {
      ...u20,
      meta: { ...u20.meta, userCount: users },
      aggregated: agg,
      endpoints: [{ ...agg, method: 'GET', name: '/' }],
    };
  };

  test('swapping the baseline flips signs: points negate, relative changes invert', () => {
    fc.assert(
      fc.property(aggregate, aggregate, (x, y) => {
        const a = runOf(x, 10);
        const b = runOf(y, 20);
        const ab = compareRuns([
          { id: null, run: a },
          { id: null, run: b },
        ]);
        const ba = compareRuns([
          { id: null, run: b },
          { id: null, run: a },
        ]);
        for (const s of ab.summary) {
          const t = ba.summary.find((r) => r.metric === s.metric)!;
          if (s.change === null || t.change === null) continue;
          if (s.metric === 'successRate') expect(s.change).toBeCloseTo(-t.change, 12);
          else expect((1 + s.change) * (1 + t.change)).toBeCloseTo(1, 5); // ratios near 0 lose digits in 1 + change
          expect(s.pValue ?? -1).toBeCloseTo(t.pValue ?? -1, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('p-values are probabilities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, m, p, q) => {
          const v = failureRatePValue(Math.floor(n * p), n, Math.floor(m * q), m)!;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
