// "Verdicts over time" on slides: no slide holds more than VERDICT_ROWS_PER_SLIDE rows (a set's row and its
// criteria's) or VERDICT_RUNS_PER_SLIDE run columns; every criterion is on exactly one slide. The matrix is
// built as the deck builds it, from the 14-criterion Production GO set (lib/view/present/test-series.ts).
import { describe, expect, test } from 'vitest';
import { buildVerdictMatrix } from '../criteria/verdict-matrix';
import { RUNS_PER_PAGE } from '../criteria/run-window';
import type { ProjectEvaluation } from '../../domain/criteria/project-evaluation';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import { PRODUCTION_GO } from './test-series';
import {
  VERDICT_ROWS_PER_SLIDE,
  VERDICT_RUNS_PER_SLIDE,
  matrixSlice,
  verdictRowPages,
  verdictRunsShown,
} from './verdict-pages';

const sizes = (pages: ReturnType<typeof verdictRowPages>) =>
  pages.map((p) => p.map((s) => `${s.setId}:${s.criteria.length}`));

describe('verdictRowPages: a slide holds at most 8 rows, a set row counting one', () => {
  test('small sets share a slide; none is split while it fits a slide of its own', () => {
    expect(
      sizes(
        verdictRowPages([
          { id: 'a', criteria: 3 },
          { id: 'b', criteria: 3 },
          { id: 'c', criteria: 2 },
        ]),
      ),
    ).toEqual([['a:3', 'b:3'], ['c:2']]);
    expect(sizes(verdictRowPages([{ id: 'a', criteria: 7 }]))).toEqual([['a:7']]);
    expect(verdictRowPages([])).toEqual([]);
  });

  test('the 14-criterion set spans two slides of 7, its row above each; then the next set', () => {
    const pages = verdictRowPages([
      { id: 'a', criteria: 3 },
      { id: 'b', criteria: 2 },
      { id: PRODUCTION_GO.id, criteria: PRODUCTION_GO.criteria.length },
      { id: 'd', criteria: 1 },
    ]);
    expect(sizes(pages)).toEqual([['a:3', 'b:2'], ['prod:7'], ['prod:7'], ['d:1']]);
    expect(pages[1]![0]!.criteria).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(pages[2]![0]!.criteria).toEqual([7, 8, 9, 10, 11, 12, 13]);
  });

  test.each([1, 7, 8, 9, 15, 40])('a %i-criterion set among others: within the limit, each row once', (n) => {
    const sets = [
      { id: 'x', criteria: 2 },
      { id: 'big', criteria: n },
      { id: 'y', criteria: 5 },
    ];
    const pages = verdictRowPages(sets);
    for (const page of pages) {
      expect(page.reduce((rows, s) => rows + 1 + s.criteria.length, 0)).toBeLessThanOrEqual(VERDICT_ROWS_PER_SLIDE);
    }
    for (const set of sets) {
      const shown = pages
        .flat()
        .filter((s) => s.setId === set.id)
        .flatMap((s) => s.criteria);
      expect(shown).toEqual(Array.from({ length: set.criteria }, (_, i) => i));
    }
  });
});

test.each([
  [0, { start: 0, end: 0 }],
  [4, { start: 0, end: 4 }],
  [6, { start: 0, end: 6 }],
  [42, { start: 36, end: 42 }],
])('verdictRunsShown(%i runs): the latest %j', (count, window) => {
  expect(VERDICT_RUNS_PER_SLIDE).toBe(6);
  expect(verdictRunsShown(count)).toEqual(window);
});

test("matrixSlice: the latest runs as columns, the slide's criteria, a continued set named so", () => {
  const sets: StoredCriteriaSet[] = [PRODUCTION_GO];
  const runs = Array.from({ length: 9 }, (_, i) => ({
    id: `r${i}`,
    label: `run ${i}`,
    createdAt: `2024-01-0${i + 1}`,
    userCount: 100,
  }));
  const why = 'Production GO applies to tag release; this run has none';
  const outOfScope = runs.map((_, i) => (i === 8 ? why : null));
  const evaluation: ProjectEvaluation = {
    runs,
    sets: [
      {
        setId: 'prod',
        name: 'Production GO',
        baselineRunId: null,
        appliesTo: null,
        outOfScope,
        verdicts: runs.map((_, i) => (i === 8 ? null : { name: 'Production GO', verdict: 'NO-GO', results: [] })),
      },
    ],
    resultsByRun: {},
  };
  const [first, second] = verdictRowPages([{ id: 'prod', criteria: 14 }]);
  const start = verdictRunsShown(runs.length).start;
  const one = matrixSlice(buildVerdictMatrix(evaluation, sets), first!, start);
  expect(one.columns.map((c) => c.runId)).toEqual(['r3', 'r4', 'r5', 'r6', 'r7', 'r8']);
  expect(one.rows).toHaveLength(1);
  expect(one.rows[0]!.name).toBe('Production GO');
  expect(one.rows[0]!.verdicts).toEqual(['NO-GO', 'NO-GO', 'NO-GO', 'NO-GO', 'NO-GO', null]);
  expect(one.rows[0]!.outOfScope).toEqual([null, null, null, null, null, outOfScope[8]]);
  expect(one.rows[0]!.criteria.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  expect(one.rows[0]!.criteria.every((c) => c.cells.length === 6)).toBe(true);
  const two = matrixSlice(buildVerdictMatrix(evaluation, sets), second!, start);
  expect(two.rows[0]!.name).toBe('Production GO (continued)');
  expect(two.rows[0]!.criteria.map((c) => c.id)).toEqual(['c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13']);
});

// The deck is given the project page's newest page of runs (app/projects/[id]/present): its columns fit in it.
test('the runs a slide shows fit in one page of the project page', () =>
  expect(VERDICT_RUNS_PER_SLIDE).toBeLessThanOrEqual(RUNS_PER_PAGE));
