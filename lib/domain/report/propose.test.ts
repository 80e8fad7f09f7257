// Proposed retest criteria and roadmap items on our Locust 2.12 runs (smallpool 20 users = the good
// run, 40 users = the bad one; figures in evaluate.test.ts and compare-runs.test.ts), and on the same
// runs with failures added to some endpoints so that failure findings are significant. The key
// property: a 'between' criterion is met by the good run and not by the bad one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { compareRuns } from '../analysis/compare-runs';
import type { Comparison } from '../analysis/types';
import type { ParsedRun } from '../locust/types';
import { evaluateCriteria } from '../criteria/evaluate';
import { betweenTarget, GRIDS, type Grid } from './propose';
import { proposeRetestCriteria, type ProposedCriterion, type RetestBar } from './propose-criteria';
import { proposeRoadmapItems } from './propose-items';
import { parseCriteriaSet } from '../criteria/schema';
import type { Criterion } from '../criteria/types';

const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');
const compare = (good: ParsedRun, bad: ParsedRun) =>
  compareRuns([
    { id: 'good', run: good },
    { id: 'bad', run: bad },
  ]);

/** The run with these endpoints' failure counts ("METHOD NAME" -> failures), its Aggregated row adjusted to match. */
function withFailures(run: ParsedRun, failures: Record<string, number>): ParsedRun {
  let delta = 0;
  const endpoints = run.endpoints.map((e) => {
    const f = failures[`${e.method} ${e.name}`];
    if (f === undefined) return e;
    delta += f - e.failures;
    return { ...e, failures: f };
  });
  return { ...run, endpoints, aggregated: { ...run.aggregated, failures: run.aggregated.failures + delta } };
}

// POST login 14/36 -> 48/69 (p = 0.0024), dashboard 0/32 -> 20/87 (p = 0.0029), rekap-rab 2/71 -> 20/104 (p = 0.0013).
const failing20 = withFailures(u20, { 'POST /accounts/login/': 14 });
const failing40 = withFailures(u40, {
  'POST /accounts/login/': 48,
  'GET /dashboard/': 20,
  'GET /detail_project/[id]/rekap-rab/': 20,
});

const met = (c: Criterion, run: ParsedRun, baseline: ParsedRun | null = null) =>
  evaluateCriteria({ name: 't', criteria: [c] }, run, baseline).results[0]!.met;
const brief = (ps: ProposedCriterion[]) =>
  ps.map(({ criterion: c }) => [c.metric, c.scope, c.op, c.target, c.relative ?? null]);
const isGoodputUnderOtherLoad = (c: Comparison, k: Criterion) =>
  k.metric === 'goodputRps' && c.runs[c.baselineIndex]!.userCount !== c.runs[c.targetIndex]!.userCount;

describe("betweenTarget: the hand-written report's retest bar from its own numbers", () => {
  test.each<[string, number, number, readonly Grid[], boolean, number | null]>([
    ['median 180 -> 1,200 ms: < 400', 180, 1200, GRIDS.latency, false, 400],
    ['p95 2,200 -> 9,000 ms: < 3,000', 2200, 9000, GRIDS.latency, false, 3000],
    ['success rate 98.58% -> 91.72%: >= 97%', 0.9858, 0.9172, GRIDS.successRate, false, 0.97],
    ['throughput 15.06/s, 24.06/s if linear from 12.03/s: >= 22', 24.06, 15.06, GRIDS.rps, false, 22],
    ['failures 51 -> 373: < 100', 51, 373, GRIDS.count, true, 100],
    [
      "login failure rate 40% -> 70%: < 50% (the report's 10% is below the good run: production bar)",
      0.4,
      0.7,
      GRIDS.failureRate,
      false,
      0.5,
    ],
    ['dashboard failure rate 0 -> 6.9%: < 1.5%', 0, 0.069, GRIDS.failureRate, false, 0.015],
    [
      'smallpool p95 1,900 -> 4,200 ms: 2,500 (2,000 would be within a tenth of the way)',
      1900,
      4200,
      GRIDS.latency,
      false,
      2500,
    ],
    ['a narrow band: 3 significant digits', 1000, 1100, GRIDS.latency, false, 1020],
    ['a count with no integer in the band: the next one above the good value', 10, 11, GRIDS.count, true, 11],
    ['equal values: nothing between', 500, 500, GRIDS.latency, false, null],
  ])('%s', (_what, good, bad, grids, integer, expected) => {
    expect(betweenTarget(good, bad, grids, integer)).toBe(expected);
  });

  test('any pair: strictly between, the good value passes and the bad one fails', () => {
    const value = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(value, value, fc.constantFrom(...Object.values(GRIDS)), (good, bad, grids) => {
        fc.pre(Math.abs(good - bad) > 1e-9 * Math.max(1, good));
        const t = betweenTarget(good, bad, grids) as number;
        return bad > good ? good < t && bad >= t : bad < t && good >= t;
      }),
    );
  });
});

describe('proposeRetestCriteria, smallpool 20 -> 40 users', () => {
  const c = compare(u20, u40);

  test.each<[RetestBar, unknown[][]]>([
    [
      'between',
      [
        // Capacity is judged on goodput (successful req/s), not on rps (failed requests included):
        // 12.82/s against 18.39/s if linear from 9.20/s, so 17 (was rps >= 18 from 13.04 vs 18.67/s).
        ['goodputRps', 'aggregate', '>=', 17, null],
        ['medianMs', 'aggregate', '<', 250, null], // 160 -> 520
        ['p95Ms', 'aggregate', '<', 2500, null], // 1,900 -> 4,200
        ['p99Ms', 'aggregate', '<', 4000, null], // 3,000 -> 8,000
        ['p95Ms', 'group:/api/project/', '<', 1500, null], // worst endpoint 510 -> 6,400
        ['p95Ms', 'endpoint:GET /dashboard/', '<', 1500, null], // a one-endpoint group: 670 -> 4,500
      ],
    ],
    [
      'production',
      [
        ['successRate', 'aggregate', '>=', 0.995, null],
        ['goodputRps', 'aggregate', '>=', 17, null], // within 10% of the linear 18.39 successful req/s (16.55 -> 17)
        ['medianMs', 'aggregate', '<=', 0.1, 'baseline'],
        ['p95Ms', 'aggregate', '<', 2000, null],
        ...[
          'GET /detail_project/[id]/rekap-rab/',
          'GET /dashboard/',
          'GET /api/project/[id]/list-pekerjaan/tree/',
          'GET /api/project/[id]/parameters/',
          'GET /api/v2/project/[id]/chart-data/',
          'GET /detail_project/[id]/jadwal-pekerjaan/',
        ].map((e) => ['failureRate', `endpoint:${e}`, '<=', 0.001, null]),
      ],
    ],
  ])('%s bar: the proposals', (bar, expected) => {
    const proposed = proposeRetestCriteria(c, { bar });
    expect(brief(proposed)).toEqual(expected);
    expect(() => parseCriteriaSet({ name: bar, criteria: proposed.map((p) => p.criterion) })).not.toThrow();
    expect(proposeRetestCriteria(c, { bar })).toEqual(proposed); // deterministic
  });

  test('between: every criterion is met by 20 users and not by 40, throughput aside', () => {
    for (const { criterion } of proposeRetestCriteria(c)) {
      expect(met(criterion, u40), JSON.stringify(criterion)).toBe(false);
      if (!isGoodputUnderOtherLoad(c, criterion)) expect(met(criterion, u20), JSON.stringify(criterion)).toBe(true);
    }
  });

  test(
    'between: goodput is aimed between the actual 12.82/s and the linear 18.39/s ' +
      '(no 20-user run can meet a 40-user goal)',
    () => {
      const good = proposeRetestCriteria(c).find((p) => p.criterion.metric === 'goodputRps')!;
      expect(good.criterion.target).toBeGreaterThan(12.81591439101472);
      expect(good.criterion.target).toBeLessThanOrEqual(18.394871183758344);
      expect(good).toMatchObject({ baseline: 9.197435591879172, current: 12.81591439101472 });
      expect(good.why).toBe(
        'goodput (successful req/s) 9.2/s at 20 users → 12.82/s at 40 users, 18.39/s if it scaled linearly; ' +
          'target ≥ 17/s, most of the way to linear scaling',
      );
      // rps counts failed requests
      expect(proposeRetestCriteria(c).some((p) => p.criterion.metric === 'rps')).toBe(false);
    },
  );

  test('current and baseline are what the evaluator measures in the two runs', () => {
    for (const { criterion, current, baseline } of proposeRetestCriteria(c)) {
      expect(evaluateCriteria({ name: 't', criteria: [criterion] }, u40).results[0]!.current).toBe(current);
      expect(evaluateCriteria({ name: 't', criteria: [criterion] }, u20).results[0]!.current).toBe(baseline);
    }
  });

  test.each([
    ['p95Ms', 'aggregate', 'p95 1,900 ms at 20 users → 4,200 ms at 40 users; target < 2,500 ms, most of the way back'],
    [
      'p95Ms',
      'group:/api/project/',
      "worst endpoint p95 of /api/project/ (2 endpoints; an upper bound of the group's p95) " +
        '510 ms at 20 users → 6,400 ms at 40 users (+1155%); target < 1,500 ms, most of the way back',
    ],
  ])('why: %s %s', (metric, scope, why) => {
    expect(
      proposeRetestCriteria(c).find((p) => p.criterion.metric === metric && p.criterion.scope === scope)!.why,
    ).toBe(why);
  });

  test(
    'production: 40 users meets none; 20 users (its own baseline) meets the median and p95 but not 99.5%, ' +
      '17 successful/s or no failures',
    () => {
      const proposed = proposeRetestCriteria(c, { bar: 'production' });
      const set = { name: 'Production GO', criteria: proposed.map((p) => p.criterion) };
      const bad = evaluateCriteria(set, u40, u20);
      expect(bad.verdict).toBe('NO-GO');
      expect(bad.results.map((r) => r.met)).toEqual(proposed.map(() => false));
      const good = evaluateCriteria(set, u20, u20);
      expect(good.results.map((r) => [r.metric, r.scope.replace(/^endpoint:GET /, ''), r.met])).toEqual([
        ['successRate', 'aggregate', false], // 98.55%
        ['goodputRps', 'aggregate', false], // 9.20 successful/s at half the load
        ['medianMs', 'aggregate', true], // +0%
        ['p95Ms', 'aggregate', true], // 1,900 ms
        ['failureRate', '/detail_project/[id]/rekap-rab/', false], // 2 of 71
        ['failureRate', '/dashboard/', true], // 0 of 32
        ['failureRate', '/api/project/[id]/list-pekerjaan/tree/', false],
        ['failureRate', '/api/project/[id]/parameters/', true],
        ['failureRate', '/api/v2/project/[id]/chart-data/', false],
        ['failureRate', '/detail_project/[id]/jadwal-pekerjaan/', false],
      ]);
      expect(proposed[0]!.why).toBe(
        'success rate 98.55% at 20 users → 98.32% at 40 users; production bar ≥ 99.5% (not met at 20 users either)',
      );
    },
  );
});

describe('nothing got worse: no proposals', () => {
  test.each<[string, ParsedRun, ParsedRun]>([
    ['20 users vs itself', u20, u20],
    // The goodput row is critical (the curve over both loads is saturated), but the shortfall is measured
    // at 40 users, the baseline here: the 20-user target is given no goodput goal and no saturation item.
    ['40 -> 20 users (better everywhere; 1 failure new on 20 users, p = 0.50)', u40, u20],
  ])('%s', (_what, good, bad) => {
    const c = compare(good, bad);
    expect(proposeRetestCriteria(c)).toEqual([]);
    expect(proposeRetestCriteria(c, { bar: 'production' })).toEqual([]);
    expect(proposeRoadmapItems(c)).toEqual([]);
  });
});

describe('only warning and critical mean worse', () => {
  const c = compare(u20, u40);
  test.each(['inconclusive', 'improved', 'ok'] as const)(
    'every headline %s: no headline criterion, no headline item',
    (status) => {
      const relabelled: Comparison = { ...c, summary: c.summary.map((r) => ({ ...r, status })) };
      const metrics = proposeRetestCriteria(relabelled).map((p) => `${p.criterion.metric} ${p.criterion.scope}`);
      // The group p95 findings come from the endpoints, not the headline statuses.
      expect(metrics).toEqual(['p95Ms group:/api/project/', 'p95Ms endpoint:GET /dashboard/']);
      // the curve's verdict, not a status
      expect(proposeRoadmapItems(relabelled).map((i) => i.finding)).toEqual(['saturation']);
    },
  );
});

describe('significant failure findings (failures added to the smallpool runs)', () => {
  const c = compare(failing20, failing40);

  test('between: headline and endpoint criteria, in order', () => {
    expect(brief(proposeRetestCriteria(c))).toEqual([
      ['successRate', 'aggregate', '>=', 0.945, null], // 96.01% -> 88.08%
      ['failures', 'aggregate', '<', 30, null], // 22 -> 92
      // 8.96 -> 11.48 successful/s, 17.92/s if linear (rps >= 18 counted the failures)
      ['goodputRps', 'aggregate', '>=', 17, null],
      ['medianMs', 'aggregate', '<', 250, null],
      ['p95Ms', 'aggregate', '<', 2500, null],
      ['p99Ms', 'aggregate', '<', 4000, null],
      ['failureRate', 'endpoint:POST /accounts/login/', '<', 0.5, null], // 38.9% -> 69.6%: +34 failures
      ['failureRate', 'endpoint:GET /dashboard/', '<', 0.05, null], // 0% -> 23.0%: +20
      ['failureRate', 'endpoint:GET /detail_project/[id]/rekap-rab/', '<', 0.06, null], // 2.8% -> 19.2%: +18
      ['p95Ms', 'group:/api/project/', '<', 1500, null],
      ['p95Ms', 'endpoint:GET /dashboard/', '<', 1500, null],
    ]);
  });

  test('between: every criterion is met by the good run and not by the bad one, throughput aside', () => {
    const proposed = proposeRetestCriteria(c);
    expect(() => parseCriteriaSet({ name: 'between', criteria: proposed.map((p) => p.criterion) })).not.toThrow();
    for (const { criterion } of proposed) {
      expect(met(criterion, failing40), JSON.stringify(criterion)).toBe(false);
      if (!isGoodputUnderOtherLoad(c, criterion))
        expect(met(criterion, failing20), JSON.stringify(criterion)).toBe(true);
    }
  });

  test('why of an endpoint with a high baseline rate points at the production bar', () => {
    const login = proposeRetestCriteria(c).find((p) => p.criterion.scope === 'endpoint:POST /accounts/login/')!;
    expect(login.why).toBe(
      'POST /accounts/login/: failure rate 38.89% (14 of 36) at 20 users → 69.57% (48 of 69) at 40 users ' +
        '(p = 0.0024); target < 50%, most of the way back; 38.89% is itself high: ' +
        'the production bar asks for no failures',
    );
    expect(login.criterion.minRequests).toBe(30);
  });

  test('production: the significantly worse endpoints come first', () => {
    const scopes = proposeRetestCriteria(c, { bar: 'production' })
      .filter((p) => p.criterion.metric === 'failureRate')
      .map((p) => p.criterion.scope);
    expect(scopes.slice(0, 3)).toEqual([
      'endpoint:POST /accounts/login/',
      'endpoint:GET /dashboard/',
      'endpoint:GET /detail_project/[id]/rekap-rab/',
    ]);
  });
});

describe('many failing endpoints', () => {
  // Every endpoint with >= 30 requests in both runs: no failures at 20 users, more and more at 40.
  const names = [
    'GET /accounts/login/',
    'POST /accounts/login/',
    'GET /api/project/[id]/list-pekerjaan/tree/',
    'GET /api/project/[id]/parameters/',
    'GET /api/v2/project/[id]/chart-data/',
    'GET /dashboard/',
    'GET /detail_project/[id]/harga-items/',
    'GET /detail_project/[id]/jadwal-pekerjaan/',
    'GET /detail_project/[id]/rekap-rab/',
    'GET /detail_project/[id]/rincian-ahsp/',
  ];
  const good = withFailures(u20, Object.fromEntries(names.map((n) => [n, 0])));
  const bad = withFailures(u40, Object.fromEntries(names.map((n, i) => [n, n === 'GET /dashboard/' ? 80 : 20 + i])));
  const endpoints = proposeRetestCriteria(compare(good, bad)).filter((p) => p.criterion.metric === 'failureRate');

  test('at most 8, most added failures first', () => {
    expect(endpoints.map((p) => p.criterion.scope.slice('endpoint:'.length))).toEqual([
      'GET /dashboard/',
      'GET /detail_project/[id]/rincian-ahsp/',
      'GET /detail_project/[id]/rekap-rab/',
      'GET /detail_project/[id]/jadwal-pekerjaan/',
      'GET /detail_project/[id]/harga-items/',
      'GET /api/v2/project/[id]/chart-data/',
      'GET /api/project/[id]/parameters/',
      'GET /api/project/[id]/list-pekerjaan/tree/',
    ]);
  });

  test('a good endpoint gone very bad is asked for at most 10% (0 of 32 -> 80 of 87)', () => {
    expect(endpoints[0]!.criterion.target).toBe(0.1);
    expect(endpoints[0]!.why).toMatch(/; target < 10%, at most 10%$/);
  });
});

describe('proposeRoadmapItems', () => {
  test.each<[string, ParsedRun, ParsedRun, [string, string, string, string, string][]]>([
    [
      'smallpool 20 -> 40 users',
      u20,
      u40,
      [
        [
          'high',
          'Bring p95 back under 2,500 ms',
          'P95 1,900 ms at 20 users → 4,200 ms at 40 users (+121%)',
          'P95 below 2,500 ms',
          'latency:p95Ms',
        ],
        [
          'high',
          'Bring the median back under 250 ms',
          'Median 160 ms at 20 users → 520 ms at 40 users (+225%)',
          'Median below 250 ms',
          'latency:medianMs',
        ],
        // Judged on successful requests: 9.20 -> 12.82/s against 18.39/s (was req/s with failures, 9.33 -> 13.04/s).
        [
          'high',
          'Throughput saturated: 1.39× successful req/s for 2× users',
          'Successful requests 12.82/s at 40 users against 18.39/s if they scaled linearly from 9.2/s at ' +
            '20 users (−30%)',
          'Successful requests at least 17/s at 40 users',
          'saturation',
        ],
      ],
    ],
    [
      'with significant failures',
      failing20,
      failing40,
      [
        [
          'critical',
          'Bring the success rate back to at least 94.5%',
          'Success rate 96.01% at 20 users → 88.08% at 40 users (−7.93 pts, p < 0.001)',
          'Success rate at least 94.5%',
          'success-rate',
        ],
        [
          'critical',
          'Fix failures on POST /accounts/login/',
          'Failure rate 38.9% at 20 users → 69.6% at 40 users (p = 0.0024)',
          'Failure rate below 50%',
          'endpoint-failures:POST /accounts/login/',
        ],
        [
          'critical',
          'Fix failures on GET /dashboard/',
          'Failure rate 0.0% at 20 users → 23.0% at 40 users (p = 0.0029)',
          'Failure rate below 5%',
          'endpoint-failures:GET /dashboard/',
        ],
        // 19.2% and 18 of the 70 added failures (26%): under both critical bars.
        [
          'high',
          'Fix failures on GET /detail_project/[id]/rekap-rab/',
          'Failure rate 2.8% at 20 users → 19.2% at 40 users (p = 0.0013)',
          'Failure rate below 6%',
          'endpoint-failures:GET /detail_project/[id]/rekap-rab/',
        ],
        [
          'high',
          'Bring p95 back under 2,500 ms',
          'P95 1,900 ms at 20 users → 4,200 ms at 40 users (+121%)',
          'P95 below 2,500 ms',
          'latency:p95Ms',
        ],
        [
          'high',
          'Bring the median back under 250 ms',
          'Median 160 ms at 20 users → 520 ms at 40 users (+225%)',
          'Median below 250 ms',
          'latency:medianMs',
        ],
        // The added failures lower goodput: 8.96 -> 11.48 successful/s, −36% against linear (rps said −30%).
        [
          'high',
          'Throughput saturated: 1.28× successful req/s for 2× users',
          'Successful requests 11.48/s at 40 users against 17.92/s if they scaled linearly from 8.96/s at ' +
            '20 users (−36%)',
          'Successful requests at least 17/s at 40 users',
          'saturation',
        ],
      ],
    ],
  ])('%s', (_what, good, bad, expected) => {
    const c = compare(good, bad);
    const items = proposeRoadmapItems(c);
    expect(
      items.map(({ item, finding }) => [item.priority, item.title, item.problem, item.expectedImpact, finding]),
    ).toEqual(expected);
    const criteria = proposeRetestCriteria(c).map((p) => p.criterion);
    for (const { item, criterion } of items) {
      expect(item).toMatchObject({ status: 'todo', owner: null, notes: null });
      expect(criteria).toContainEqual(criterion); // the same target as the proposed criteria
      expect(met(criterion, bad), item.title).toBe(false);
      if (!isGoodputUnderOtherLoad(c, criterion)) expect(met(criterion, good), item.title).toBe(true);
    }
  });
});
