// The statements a performance engineer rejected (issue 14), each on real runs, now reading right.
// Runs: our Locust 2.12 smallpool runs (20 / 40 users; the 40u run's responses stop at the 9 s pool
// timeout), a Locust 2.12 run against a closed port (every request failed), the ONS Locust 1.2.3 series
// and Locust's own example stats (Locust 1.1 era) against the ONS eq-author run (Locust 2.5.1).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseUpload } from '../locust/index';
import type { ParsedRun } from '../locust/types';
import { compareRuns } from './compare-runs';
import { pText } from './significance';

const FIX = join(import.meta.dirname, '../../../fixtures');
const loadDir = (dir: string, only?: (name: string) => boolean): ParsedRun => {
  const names = readdirSync(join(FIX, dir)).filter((n) => (only ? only(n) : true));
  return parseUpload(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIX, dir, name))) })))
    .runs[0]!.run;
};
const csvOnly = (n: string) => n.endsWith('.csv');
const u20 = loadDir('locust-2.12-generated/smallpool-20u', csvOnly);
const u40 = loadDir('locust-2.12-generated/smallpool-40u', csvOnly);
const down = loadDir('locust-2.12-server-down/server-down-5u');
const ons = (prefix: string) =>
  loadDir('locust-real/ons-srb-0011-locust1.2.3', (n) => n.startsWith(`${prefix}_st`) && csvOnly(n));
const inputs = (...runs: ParsedRun[]) => runs.map((run) => ({ id: null, run }));
const row = (c: ReturnType<typeof compareRuns>, metric: string) => c.summary.find((r) => r.metric === metric)!;

describe('one scaling story', () => {
  test.each([
    ['ascending', [u20, u40], 'critical'],
    // The target carries the smaller load: the saturation is the larger load's, not a regression of the target.
    ['descending (40 users as baseline)', [u40, u20], 'ok'],
  ])('%s: the pair and the curve say the same, measured from the smaller load', (_, runs, goodputStatus) => {
    const c = compareRuns(inputs(...runs));
    expect(c.scaling!.verdict).toBe(c.scalingCurve!.verdict);
    expect(c.scaling).toMatchObject({ basis: 'goodput', fromUsers: 20, toUsers: 40, verdict: 'saturated' });
    // 9.332692 × 544/552 → 13.035423 × 759/772 successful req/s; linear would double the first.
    expect(c.scaling!.goodputGap).toBeCloseTo(
      (13.035422806144089 * 759) / 772 / ((2 * 9.332691997642101 * 544) / 552) - 1,
      12,
    );
    expect(row(c, 'goodputRps').status).toBe(goodputStatus);
    expect(row(c, 'goodputRps').reason).toContain('saturated');
    expect(row(c, 'rps').reason).toContain('capacity is judged on goodput');
  });

  test('ONS 1 / 10 / 15 users given in descending order: sorted by users, one verdict, no r² contradiction', () => {
    const c = compareRuns(inputs(ons('3500mcpu_15_clients'), ons('3500mcpu_10_clients'), ons('3500mcpu')));
    expect(c.scalingCurve!.points.map((p) => p.users)).toEqual([1, 10, 15]);
    expect(c.scaling!.verdict).toBe(c.scalingCurve!.verdict);
    const e = c.scalingCurve!.evidence;
    expect(e).toContain('passes through every point by construction, so this r² does not test the model');
    expect(e).not.toMatch(/r² 0\.[0-8]/);
    // 3 loads carry 2 significant digits: "~110", never "114.2" or "113.97".
    expect(e).toMatch(/Model peak ~110 successful req\/s at ~25 users/);
    expect(e).not.toMatch(/\d\.\d\d req\/s/);
  });
});

describe('timeouts are not "OK": a latency at the 9 s ceiling is a lower bound', () => {
  // Our Locust 2.12 series: a DB pool that answers 503 after 9 s; P95 1,300 / 9,000 / 9,000 ms at 50 / 100 / 150 users.
  const series = (name: string) => loadDir(`locust-2.12-series/${name}`, csvOnly);
  const [s50, s100, s150] = [series('series-50u'), series('series-100u'), series('series-150u')];
  test('P95 1,300 → 9,000 ms reached the ceiling: critical, and the real value is higher', () => {
    const c = compareRuns(inputs(s50, s100));
    expect(c.latencyCeilingsMs).toEqual([null, 9000]);
    expect(row(c, 'p95Ms')).toMatchObject({
      values: [1300, 9000],
      status: 'critical',
      atCeiling: { baseline: false, target: true },
    });
    expect(row(c, 'p95Ms').reason).toContain(
      'reached the latency ceiling (~9,000 ms, likely a timeout): a lower bound, the real value is higher',
    );
    expect(c.headlineNotes.join(' ')).toContain('100 users: responses capped at ~9 s, likely a timeout');
  });
  test('P95 9,000 → 9,000 ms at 100 → 150 users is not "+0% OK": both capped, the change is unknown', () => {
    const c = compareRuns(inputs(s100, s150));
    expect(row(c, 'p95Ms')).toMatchObject({ change: 0, status: 'inconclusive' });
    expect(row(c, 'p95Ms').reason).toBe('both at the latency ceiling (~9,000 ms): lower bounds, the change is unknown');
  });
  test('the distribution in words says that the slowest requests were cut off at the ceiling', () => {
    const c = compareRuns(inputs(s50, s100));
    expect(c.distributionWords).toContain(
      '95% of requests took at most about 9,000 ms at 100 users (the ceiling: slower requests were cut off there), ' +
        '1,300 ms at 50 users.',
    );
  });
});

describe('capacity is goodput: failed login retries are not throughput (series 50 / 100 / 150 users)', () => {
  const series = (name: string) => loadDir(`locust-2.12-series/${name}`, csvOnly);
  const [s50, s100, s150, ramp] = ['series-50u', 'series-100u', 'series-150u', 'ramp-400u'].map(series) as [
    ParsedRun,
    ParsedRun,
    ParsedRun,
    ParsedRun,
  ];
  test('goodput 21.9 → 29.1 → 28.3 while all requests rose 22.3 → 31.3 → 36.9: saturated from 100 users', () => {
    const c = compareRuns(inputs(s50, s100, s150));
    const curve = c.scalingCurve!;
    expect(curve.basis).toBe('goodput');
    expect(curve.points.map((p) => Number(p.goodputRps.toFixed(2)))).toEqual([21.91, 29.11, 28.3]);
    expect(curve).toMatchObject({ verdict: 'saturated', saturationUsers: 100 });
    expect(c.scaling!.verdict).toBe('saturated');
    expect(curve.evidence).toContain(
      'Failed requests are left out: 7% of requests at 100, 23% of requests at 150 failed.',
    );
    expect(curve.evidence).toContain('Goodput was highest at 100 users (29 req/s), not at the largest load.');
  });
  test('100 → 150 users: all requests look sublinear (−21%), goodput says saturated (−35%)', () => {
    const c = compareRuns(inputs(s100, s150));
    // 36.87 / (31.31 × 1.5) − 1 and 28.30 / (29.11 × 1.5) − 1 from the Aggregated rows.
    expect(c.scaling!.gap).toBeCloseTo(-0.215, 3);
    expect(c.scaling!.goodputGap).toBeCloseTo(-0.352, 3);
    expect(c.scaling!.verdict).toBe('saturated');
    expect(row(c, 'goodputRps').status).toBe('critical');
  });
  test('a continuous 0 → 400 user ramp is not a load level: left out of the curve, said first', () => {
    const c = compareRuns(inputs(s50, s100, ramp));
    expect(c.scalingCurve!.points.map((p) => p.users)).toEqual([50, 100]);
    expect(c.scalingCurve!.excluded).toEqual([
      { index: 2, label: 'ramp-400u', reason: expect.stringContaining('a continuous ramp') },
    ]);
    expect(c.headlineNotes).toContain(
      '400 users is a continuous ramp, not a load level: it is left out of the scaling curve; read its capacity curve.',
    );
  });
});

describe('failures judged by rate, not count', () => {
  // Locust's example stats: 3 failures in 160 requests (1.875%); eq-author: 45 in 101,099 (0.0445%).
  const small = loadDir('locust-examples', (n) => n === 'v1.1-1.1.1__stats.csv');
  const big = loadDir('locust-real/ons-eqauthor-2022-locust2.5.1', (n) => n === 'output_stats.csv');
  const c = compareRuns(inputs(small, big));
  test('the count grew 15× but the rate fell: improved, with the rates in the reason', () => {
    expect(row(c, 'failures')).toMatchObject({ values: [3, 45], status: 'improved' });
    expect(row(c, 'failures').change).toBeCloseTo(14, 12);
    expect(row(c, 'failures').reason).toContain('failure rate 1.88% → 0.04% of requests');
    expect(row(c, 'successRate').status).toBe('improved');
  });
});

describe('statistics that do not over-claim', () => {
  const c = compareRuns(inputs(u20, u40));
  test('Holm-adjusted endpoint p-values, raw kept, method named, caveat stated once', () => {
    expect(c.pAdjustMethod).toBe('holm');
    expect(c.statisticsNote).toMatch(/independent trials; under load they are not/);
    const tested = c.endpoints.filter((e) => e.failurePValue !== null);
    expect(tested.length).toBeGreaterThan(3);
    for (const e of tested) expect(e.failurePValueAdjusted!).toBeGreaterThanOrEqual(e.failurePValue!);
    // The smallest raw p-value is multiplied by the number of endpoints tested (Holm's first step).
    const min = tested.reduce((a, e) => (e.failurePValue! < a.failurePValue! ? e : a));
    expect(min.failurePValueAdjusted).toBeCloseTo(Math.min(1, min.failurePValue! * tested.length), 12);
  });

  test('a success-rate change that is not significant is ok or inconclusive, never "no"', () => {
    // 98.55% → 98.32% (p ≈ 0.74): below the 0.5-point warning threshold, so ok; the reason gives p.
    expect(row(c, 'successRate')).toMatchObject({ status: 'ok' });
    expect(row(c, 'successRate').reason).toBe('−0.23 points, not significant (p = 0.74)');
  });

  test.each([
    [0.0004, 'p < 0.001'],
    [0.062, 'p = 0.062'],
    [0.001, 'p = 0.001'],
  ])('pText(%s) = %s', (p, text) => expect(pText(p)).toBe(text));

  test('better is improved, unchanged is ok: 40 → 20 users is faster', () => {
    const back = compareRuns(inputs(u40, u20));
    expect(row(back, 'medianMs').status).toBe('improved');
    expect(row(back, 'p75Ms').status).toBe('improved');
    const same = compareRuns(inputs(u20, u20));
    expect(same.summary.every((r) => r.status === 'ok')).toBe(true);
  });

  test('comparing a run with itself says the inputs are identical', () => {
    const hashes = ['a1', 'b2'];
    const byHash = compareRuns([
      { id: 'x', run: u20, fileHashes: hashes },
      { id: 'y', run: u20, fileHashes: [...hashes].reverse() },
    ]);
    expect(byHash.headlineNotes[0]).toMatch(/same files \(identical sha256\)/);
    expect(compareRuns(inputs(u20, u20)).headlineNotes[0]).toMatch(
      /identical figures: most likely the same run uploaded twice/,
    );
    expect(compareRuns(inputs(u20, u40)).headlineNotes.join(' ')).not.toMatch(/identical/);
  });

  test('a run where every request failed says so first, and its 2 ms latencies are no improvement', () => {
    const c2 = compareRuns(inputs(u20, down));
    expect(c2.headlineNotes[0]).toBe(
      'Every request of 5 users failed (94 of 94): its latencies and throughput describe failures, not service.',
    );
    for (const m of ['medianMs', 'p95Ms', 'maxMs', 'rps']) expect(row(c2, m).status).toBe('inconclusive');
    expect(row(c2, 'goodputRps').values[1]).toBe(0);
    expect(row(c2, 'successRate').status).toBe('critical');
  });
});
