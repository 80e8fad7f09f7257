// Attribution on real runs. Expected figures were computed with a throwaway Python script (csv module)
// from the fixtures' _stats.csv files: weights = Request Count / Σ Request Count, contributions
// w_t·avg_t − w_b·avg_b, residual = Aggregated Average Response Time − Σ w·avg.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { attributeFailures, attributeLatency } from './attribution';

const load = fixtureRun;
const u20 = load('locust-2.12-generated/smallpool-20u');
const u40 = load('locust-2.12-generated/smallpool-40u');
const eq = load('locust-real/ons-eqauthor-2022-locust2.5.1');
const ravi = load('locust-real/ravi3541-seeke-2.32.3', /^report_.*\.csv$/);
const srb = load('locust-real/ons-srb-0003-locust0.14', /^baseline_performance_/);

describe('attributeLatency', () => {
  const a = attributeLatency([u20, u40], 0, 1);

  test('smallpool 20u -> 40u: the aggregate average decomposes exactly', () => {
    expect(a.reportedMs).toEqual({ baseline: 334.74874995652334, target: 1200.5124725323856 });
    expect(a.residualMs.baseline!).toBeCloseTo(0, 9);
    expect(a.residualMs.target!).toBeCloseTo(0, 9);
    expect(a.totalChangeMs!).toBeCloseTo(1200.5124725323856 - 334.74874995652334, 9);
    expect(a.endpoints.reduce((s, e) => s + e.contributionMs, 0)).toBeCloseTo(a.totalChangeMs!, 9);
    expect(a.endpoints.reduce((s, e) => s + e.share!, 0)).toBeCloseTo(1, 12);
    expect(a.unattributed).toEqual([]);
  });

  test.each([
    ['/dashboard/', 149.16104905479813, 0.1722884029039781],
    ['/detail_project/[id]/rekap-rab/', 147.5627892986133, 0.1704423336884309],
    ['/api/project/[id]/parameters/', 118.68244405473857, 0.1370841038495223],
    ['/api/project/[id]/list-pekerjaan/tree/', 109.34669790965552, 0.1263008544459704],
  ])('largest contributions, in order: %s %f ms (%f)', (name, ms, share) => {
    const i = a.endpoints.findIndex((e) => e.name === name);
    expect(i).toBe(
      [
        '/dashboard/',
        '/detail_project/[id]/rekap-rab/',
        '/api/project/[id]/parameters/',
        '/api/project/[id]/list-pekerjaan/tree/',
      ].indexOf(name),
    );
    expect(a.endpoints[i]!.contributionMs).toBeCloseTo(ms, 9);
    expect(a.endpoints[i]!.share!).toBeCloseTo(share, 12);
  });

  test('dashboard: slowdown 98.0 ms + mix 51.2 ms (mid-point weights and averages)', () => {
    const d = a.endpoints[0]!;
    expect(d.weights).toEqual({ baseline: 32 / 552, target: 87 / 772 });
    expect(d.slowdownMs!).toBeCloseTo(98.0057289379592, 9);
    expect(d.mixMs!).toBeCloseTo(51.155320116838915, 9);
    for (const e of a.endpoints) expect(e.slowdownMs! + e.mixMs!).toBeCloseTo(e.contributionMs, 9);
  });

  test('an endpoint missing from the target contributes its baseline side only', () => {
    const without = { ...u40, endpoints: u40.endpoints.filter((e) => e.name !== '/dashboard/') };
    const m = attributeLatency([u20, without], 0, 1);
    const dash = m.endpoints.find((e) => e.name === '/dashboard/')!;
    expect(dash.contributionMs).toBeCloseTo(-20.901043130435156, 9); // −(32/552)·360.54299400000644
    expect([dash.weights.target, dash.slowdownMs, dash.mixMs]).toEqual([null, null, null]);
    expect(m.totalChangeMs!).toBeCloseTo(826.5763502303406, 9);
  });

  test.each([
    // Aggregated average, Σ w·avg from the CSV, residual
    ['eq-author 2.5.1', eq, 639.9745606785812, 8.981260180007666e-12],
    ['ravi 2.32.3', ravi, 3990.410066855093, 0],
    // Locust 0.14 writes averages as whole ms (Aggregated 327 vs 327.43549562682216 reconstructed)
    ['srb 0.14 (rounded averages)', srb, 327, -0.4354956268221599],
  ] as const)('residual on %s', (_label, run, reported, residual) => {
    const r = attributeLatency([run, run], 0, 1);
    expect(r.reportedMs.baseline).toBe(reported);
    expect(r.residualMs.baseline!).toBeCloseTo(residual, 9);
    expect(r.totalChangeMs).toBe(0);
    expect(r.endpoints.every((e) => e.contributionMs === 0 && e.share === null)).toBe(true);
  });

  test('an endpoint with requests but no average is left out and listed', () => {
    const broken = {
      ...u40,
      endpoints: u40.endpoints.map((e) => (e.name === '/dashboard/' ? { ...e, avgMs: null } : e)),
    };
    const r = attributeLatency([u20, broken], 0, 1);
    expect(r.unattributed).toEqual([{ method: 'GET', name: '/dashboard/' }]);
    expect(r.endpoints.find((e) => e.name === '/dashboard/')!.weights.target).toBeNull();
    expect(r.residualMs.target!).not.toBeCloseTo(0, 3); // the reconstruction no longer equals the reported average
  });
});

describe('attributeFailures', () => {
  test('smallpool 20u -> 40u: 8 -> 13 failures, +5', () => {
    const f = attributeFailures([u20, u40], 0, 1);
    expect(f.failures).toEqual({ baseline: 8, target: 13 });
    expect(f.totalChange).toBe(5);
    // per endpoint change from the Failure Count columns, sorted by |change|
    expect(f.endpoints.map((e) => [e.name, e.change, e.share])).toEqual([
      ['/detail_project/[id]/rekap-rab/', 5, 1],
      ['/api/v2/project/[id]/chart-data/', -2, -0.4],
      ['/dashboard/', 2, 0.4],
      ['/api/project/[id]/parameters/', 1, 0.2],
      ['/detail_project/[id]/rincian-ahsp/', -1, -0.2],
      ['/api/project/[id]/list-pekerjaan/tree/', 0, 0],
      ['/detail_project/[id]/jadwal-pekerjaan/', 0, 0],
    ]);
    expect(f.endpoints[0]!.failures).toEqual({ baseline: 2, target: 7 });
    expect(f.endpoints[0]!.rateContribution!).toBeCloseTo(7 / 772 - 2 / 552, 15);
    expect(f.endpoints.reduce((s, e) => s + e.rateContribution!, 0)).toBeCloseTo(13 / 772 - 8 / 552, 15);
  });

  test('a run against itself: no change, shares unknown', () => {
    const f = attributeFailures([ravi, ravi], 0, 1);
    expect(f.totalChange).toBe(0);
    expect(f.endpoints.map((e) => [e.name, e.change, e.share])).toEqual([
      ['/api/companies/create', 0, null],
      ['/api/users/create', 0, null],
      ['/api/users/employees/sign-up', 0, null],
    ]);
  });
});
