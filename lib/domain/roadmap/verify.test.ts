// Verification of roadmap items by any run, in test order: table of run histories and the state they give.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { evaluateProject, type RunToEvaluate } from '../criteria/project-evaluation';
import type { CriterionResult, StoredCriteriaSet } from '../criteria/types';
import { inTestOrder } from './run-order';
import { verifyItem, type RunRef } from './verify';

const result = (met: boolean | null): CriterionResult => ({
  metric: 'p95Ms',
  scope: 'aggregate',
  op: '<',
  target: 3000,
  current: met ? 2000 : 4000,
  met,
});
/** Uploaded r1..r4 on consecutive days; started in that order too. */
const runs: RunRef[] = ['r1', 'r2', 'r3', 'r4'].map((id, i) => ({
  id,
  label: `run ${i + 1}`,
  createdAt: `2026-11-2${i}T10:00:00.000Z`,
  startTime: `2026-11-1${i}T10:00:00Z`,
}));

/** met per run for criteria a and b; 'out': the run is outside the criterion's set scope (no result). */
type Cell = boolean | null | 'out';
function results(rows: Record<string, [Cell, Cell]>) {
  const cell = (c: Cell) => (c === 'out' ? {} : { met: c });
  return Object.fromEntries(
    Object.entries(rows).map(([id, [a, b]]) => [
      id,
      {
        ...('met' in cell(a) ? { a: result(a as boolean | null) } : {}),
        ...('met' in cell(b) ? { b: result(b as boolean | null) } : {}),
      },
    ]),
  );
}

describe('verifyItem', () => {
  test.each([
    ['no criteria linked', [], results({ r2: [true, true] }), 'unlinked', null, null],
    ['no run at all', ['a'], {}, 'awaiting-run', null, null],
    ['the only run meets all, whenever it was uploaded', ['a'], results({ r1: [true, true] }), 'verified', 'r1', null],
    [
      'the latest run meets all',
      ['a', 'b'],
      results({ r1: [true, true], r2: [false, true], r3: [true, true] }),
      'verified',
      'r3',
      null,
    ],
    [
      'one linked criterion fails on every run',
      ['a', 'b'],
      results({ r2: [true, false], r3: [true, false] }),
      'not-met',
      null,
      null,
    ],
    [
      'each met once, never together',
      ['a', 'b'],
      results({ r2: [false, true], r3: [true, false] }),
      'not-met',
      null,
      null,
    ],
    ['could not be evaluated counts as not met', ['a'], results({ r2: [null, true] }), 'not-met', null, null],
    [
      'met, then broken again',
      ['a'],
      results({ r2: [true, true], r3: [false, true], r4: [false, true] }),
      'regressed',
      'r2',
      'r3',
    ],
    [
      "a run out of a linked criterion's scope is skipped",
      ['a', 'b'],
      results({ r2: [true, true], r3: [false, 'out'] }),
      'verified',
      'r2',
      null,
    ],
    [
      'only runs out of scope: awaiting',
      ['a'],
      results({ r1: ['out', true], r2: ['out', false] }),
      'awaiting-run',
      null,
      null,
    ],
  ] as const)('%s', (_what, criterionIds, byRun, state, verifiedBy, brokenBy) => {
    const v = verifyItem(
      { criterionIds: [...criterionIds] },
      runs.filter((r) => r.id in byRun),
      byRun,
    );
    expect(v.state).toBe(state);
    expect(v.verifiedBy?.runId ?? null).toBe(verifiedBy);
    expect(v.brokenBy?.runId ?? null).toBe(brokenBy);
  });

  test('a run with too few requests to judge a linked criterion neither verifies nor breaks the item', () => {
    const notJudged = { ...result(false), judged: false as const };
    const byRun = { r2: { a: result(true) }, r3: { a: notJudged } };
    expect(verifyItem({ criterionIds: ['a'] }, runs.slice(1, 3), byRun)).toMatchObject({
      state: 'verified',
      verifiedBy: { runId: 'r2' },
    });
    expect(verifyItem({ criterionIds: ['a'] }, [runs[2]!], { r3: { a: notJudged } }).state).toBe('awaiting-run');
  });

  test('latest carries the linked results of the latest judged run', () => {
    const v = verifyItem(
      { criterionIds: ['b'] },
      runs.slice(0, 3),
      results({ r1: [true, true], r2: [true, true], r3: [true, false] }),
    );
    expect(v.latest).toEqual([{ ...result(false), criterionId: 'b' }]);
    expect(v.latestRun).toEqual({ runId: 'r3', label: 'run 3' });
  });

  test('runs count in the order the tests started, not the order they were uploaded', () => {
    // The retest ran last but was uploaded first; the broken run was uploaded later but ran earlier.
    const retest = {
      id: 'retest',
      label: 'retest',
      createdAt: '2026-12-01T00:00:00.000Z',
      startTime: '2026-11-30T12:00:00Z',
    };
    const broken = {
      id: 'old',
      label: 'old',
      createdAt: '2026-12-02T00:00:00.000Z',
      startTime: '2026-11-29T12:00:00Z',
    };
    const byRun = { retest: { a: result(true) }, old: { a: result(false) } };
    const ordered = inTestOrder([retest, broken]);
    expect(ordered.map((r) => r.id)).toEqual(['old', 'retest']);
    expect(verifyItem({ criterionIds: ['a'] }, ordered, byRun)).toMatchObject({
      state: 'verified',
      verifiedBy: { runId: 'retest' },
    });
  });
});

describe('on the 2.12 series: a retest uploaded before the item, sets scoped to 100 users', () => {
  const LOCUST = /\.(csv|html)$/;
  // Upload order: the retest first; it ran last (fixtures/locust-2.12-series/README.md).
  const names = ['series-retest-100u', 'series-50u', 'series-100u', 'series-150u'];
  const series: RunToEvaluate[] = names.map((name, i) => {
    const run = fixtureRun(`locust-2.12-series/${name}`, LOCUST);
    return {
      id: name,
      label: name,
      createdAt: `2026-12-06T00:0${i}:00.000Z`,
      userCount: run.meta.userCount,
      tags: [],
      run,
    };
  });
  const set = (id: string, appliesTo: StoredCriteriaSet['appliesTo'], target: number): StoredCriteriaSet => ({
    id,
    projectId: 'p',
    name: id,
    description: null,
    baselineRunId: null,
    appliesTo,
    createdAt: '',
    updatedAt: '',
    criteria: [{ id: `${id}-p95`, metric: 'p95Ms', scope: 'aggregate', op: '<', target }],
  });
  const e = evaluateProject(series, [
    set('at100', { userCount: 100 }, 2000),
    set('any', null, 2000),
    set('at150', { userCount: 150 }, 2000),
  ]);
  const ordered = inTestOrder(e.runs);

  test.each([
    [
      'scoped to 100 users: verified by the retest, which ran after series-100u',
      'at100-p95',
      'verified',
      'series-retest-100u',
      null,
    ],
    ['every run: the retest ran last and meets it', 'any-p95', 'verified', 'series-retest-100u', null],
    ['scoped to 150 users: only series-150u judges it', 'at150-p95', 'not-met', null, null],
  ])('%s', (_what, criterion, state, verifiedBy, brokenBy) => {
    const v = verifyItem({ criterionIds: [criterion] }, ordered, e.resultsByRun);
    expect([v.state, v.verifiedBy?.runId ?? null, v.brokenBy?.runId ?? null]).toEqual([state, verifiedBy, brokenBy]);
  });

  test('in upload order the retest would have been "broken again" by the older 100-user run', () => {
    const v = verifyItem({ criterionIds: ['at100-p95'] }, e.runs, e.resultsByRun);
    expect(v).toMatchObject({
      state: 'regressed',
      verifiedBy: { runId: 'series-retest-100u' },
      brokenBy: { runId: 'series-100u' },
    });
  });
});
