// The meeting verdict on our real Locust 2.12 series (fixtures/locust-2.12-series: 50, 100 and 150 users on the
// "series" server, and a retest at 100 users after the fix). Figures from each run's _stats.csv: the retest has
// 40 failures in 3,869 requests (1.03%: rekap 21, chart-data 16, project 2, dashboard 1), P95 870 ms, and the
// PDF export's P95 is 2,900 ms; at 150 users 764 of 3,287 requests failed (POST login 279, dashboard 81, rekap 79).
import { describe, expect, test } from 'vitest';
import type { Status } from '../analysis/types';
import { compareWithCriteria } from '../criteria/compare';
import { evaluateCriteria } from '../criteria/evaluate';
import type { CriteriaSet, StoredCriteriaSet } from '../criteria/types';
import { comparisonMeetingVerdict, meetingVerdict } from './meeting-verdict';
import { runMeetingVerdict } from './run-verdict';
import { loadRun } from '../../view/compare/test-fixtures';
import { verdictOf } from './verdict';

const SERIES = 'locust-2.12-series';
const run = (name: string) => loadRun(`${SERIES}/${name}`, name, name);
const [u50, u100, u150, retest] = ['series-50u', 'series-100u', 'series-150u', 'series-retest-100u'].map(run) as [
  ReturnType<typeof run>,
  ReturnType<typeof run>,
  ReturnType<typeof run>,
  ReturnType<typeof run>,
];

/** What the retest must reach for production: failures below 0.5%, the project pages' P95 below 800 ms. */
const PRODUCTION: CriteriaSet = {
  name: 'Production GO',
  criteria: [
    { metric: 'failureRate', scope: 'aggregate', op: '<', target: 0.005 },
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.995 },
    { metric: 'p95Ms', scope: 'group:/project/', op: '<', target: 800 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 },
  ],
};
const CONDITIONAL: CriteriaSet = {
  name: 'Conditional GO',
  criteria: [
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.98 },
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
  ],
};

function judged(runs: ReturnType<typeof run>[], sets: CriteriaSet[]) {
  const c = compareWithCriteria(
    runs.map((r, i) => ({ id: `r${i}`, run: r })),
    0,
    undefined,
    [],
    sets,
  );
  const v = verdictOf(c);
  const names = { target: v.targetName, baseline: v.baselineName };
  return { v, m: comparisonMeetingVerdict(c, names, v.status, { defineHref: '/projects/p#sets-title' }) };
}

describe('the retest at 100 users against series-100u, with a production set it fails', () => {
  const { v, m } = judged([u100, retest], [PRODUCTION, CONDITIONAL]);

  test('NO-GO although the change status is improved: both are said, the verdict first', () => {
    expect(v.status).toBe<Status>('improved');
    expect(m.overall).toBe('NO-GO');
    expect(m.headline).toBe('NO-GO on series-retest-100u: Production GO misses 3 of 4 criteria.');
    expect(m.change).toEqual({ status: 'improved', words: 'improved', against: 'series-100u' });
    expect(m.sets.map((s) => [s.name, s.verdict, s.met, s.total])).toEqual([
      ['Production GO', 'NO-GO', 1, 4],
      ['Conditional GO', 'GO', 2, 2],
    ]);
    // A set applies: no "define one" link.
    expect(m.defineHref).toBeNull();
  });

  test('each criterion missed, with the endpoints that drive it', () => {
    expect(m.sets[0]!.missed.map((x) => x.line)).toEqual([
      'Failure rate 1.03%, target < 0.50% — GET /project/[id]/rekap/ 21 of 40 failures, ' +
        'GET /api/project/[id]/chart-data/ 16 of 40 failures, GET /project/[id]/ 2 of 40 failures and 1 more',
      'Success rate 98.97%, target ≥ 99.50% — the same endpoints',
      // The group's P95 is its worst endpoint's; only the PDF export misses 800 ms (items 680, rekap 730 ms).
      'p95 of /project/* (group) 2,900 ms, target < 800 ms — GET /project/[id]/export/pdf/ 2,900 ms',
    ]);
    expect(m.sets[0]!.missed[1]).toMatchObject({ repeatsDrivers: true, drivers: m.sets[0]!.missed[0]!.drivers });
  });
});

describe('the series 50 → 100 → 150 users (the target is the last run)', () => {
  const { v, m } = judged([u50, u100, u150], [CONDITIONAL]);

  test.each([
    ['change', v.status, 'critical'],
    ['headline', m.headline, 'NO-GO on series-150u: Conditional GO misses 2 of 2 criteria.'],
    [
      'success rate: failures most first',
      m.sets[0]!.missed[0]!.line,
      'Success rate 76.76%, target ≥ 98.00% — POST /accounts/login/ 279 of 764 failures, ' +
        'GET /dashboard/ 81 of 764 failures, GET /project/[id]/rekap/ 79 of 764 failures and 6 more',
    ],
    // Eight endpoints at the 9 s ceiling: the most requests beyond 3 s first (5% of dashboard's 391 and so on).
    [
      'P95: the endpoints beyond the target',
      m.sets[0]!.missed[1]!.line,
      'p95 9,000 ms, target < 3,000 ms — GET /dashboard/ 9,000 ms, GET /api/project/[id]/tree/ 9,000 ms, ' +
        'GET /project/[id]/rekap/ 9,000 ms and 5 more',
    ],
  ])('%s', (_what, actual, expected) => expect(actual).toBe(expected));
});

describe('no criteria set applies', () => {
  test.each([
    [
      'a comparison: change status only, with a link to define one',
      judged([u100, retest], []).m,
      'No success criteria apply to this run — change status only.',
      '/projects/p#sets-title',
    ],
    [
      'a run page: no change status to fall back on',
      runMeetingVerdict({ runLabel: 'x', endpoints: [], verdicts: [], projectId: null }),
      'No success criteria apply to this run.',
      null,
    ],
  ])('%s', (_what, m, headline, href) => {
    expect(m.overall).toBeNull();
    expect(m.headline).toBe(headline);
    expect(m.sets).toEqual([]);
    expect(m.defineHref).toBe(href);
  });
});

describe("the run page: the run's own figures name every percentile", () => {
  const set: StoredCriteriaSet = {
    id: 'crs_1',
    projectId: 'p',
    name: 'Tail',
    description: null,
    baselineRunId: null,
    createdAt: '',
    updatedAt: '',
    criteria: [{ id: 'c1', metric: 'p99Ms', scope: 'aggregate', op: '<', target: 1000 }],
  };
  const m = runMeetingVerdict({
    runLabel: 'series-retest-100u',
    endpoints: retest.endpoints,
    projectId: 'p',
    verdicts: [{ set, verdict: evaluateCriteria(set, retest) }],
  });

  test('P99 2,500 ms: the PDF export first (half its requests beyond 1 s), then dashboard (2%)', () => {
    expect(m.overall).toBe('NO-GO');
    expect(m.change).toBeNull();
    expect(m.sets[0]).toMatchObject({ setId: 'crs_1', met: 0, total: 1 });
    // p99 ≥ 1,000 ms: PDF export 3,000, dashboard 1,500, rekap 1,100, items 1,000, schedule 1,100, save 1,200.
    expect(m.sets[0]!.missed[0]!.line).toBe(
      'p99 2,500 ms, target < 1,000 ms — ' +
        'GET /project/[id]/export/pdf/ 3,000 ms, ' +
        'GET /dashboard/ 1,500 ms, GET /project/[id]/rekap/ 1,100 ms and 3 more',
    );
  });
});

test('the worst set decides; "should" criteria make a set CONDITIONAL, not NO-GO', () => {
  const rps = { metric: 'rps', scope: 'aggregate', op: '>' as const, target: 1 };
  const results = (met: boolean) => [{ ...rps, current: 0, met }];
  const criteria = [{ ...rps, severity: 'should' as const }];
  const m = meetingVerdict({
    judgedRun: 'r',
    endpoints: null,
    change: null,
    defineHref: '/x',
    sets: [
      { setId: null, name: 'A', verdict: 'GO', criteria, results: results(true) },
      { setId: null, name: 'B', verdict: 'CONDITIONAL', criteria, results: results(false) },
    ],
  });
  expect(m.overall).toBe('CONDITIONAL');
  expect(m.headline).toBe('CONDITIONAL on r: B misses 1 of 1 criterion.');
  // Throughput is the whole system's: no endpoint named.
  expect(m.sets[1]!.missed[0]).toMatchObject({
    severity: 'should',
    drivers: null,
    line: 'Throughput 0/s, target > 1/s (should)',
  });
});
