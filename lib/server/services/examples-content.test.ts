// The demo project's criteria and roadmap on the example runs themselves: the sets give a real mix of
// verdicts, and one roadmap item is verified by an example run while the others are not, whether runs
// are taken in upload order (the example runs are stored 20 users first) or in start-time order.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluateCriteria } from '../../domain/criteria/evaluate';
import { evaluateProject } from '../../domain/criteria/project-evaluation';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import { parseRunFiles } from '../../domain/locust/index';
import { verifyItem } from '../../domain/roadmap/verify';
import { EXAMPLE_PHASE, EXAMPLE_RUNS, EXAMPLE_SETS } from './examples-content';

const DIR = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated');
const runs = EXAMPLE_RUNS.map(({ folder, label }) => {
  const files = readdirSync(join(DIR, folder)).filter((n) => /\.(csv|html)$/.test(n));
  return {
    label,
    run: parseRunFiles(files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, folder, name))) }))),
  };
});

test('the runs are listed smallest load first, which is also start-time order', () => {
  expect(runs.map((r) => r.run.meta.userCount)).toEqual([20, 40]);
  expect(runs[0]!.run.meta.startTime! < runs[1]!.run.meta.startTime!).toBe(true);
});

test.each([
  ['Production gate', ['GO', 'NO-GO']],
  ['Conditional GO', ['GO', 'CONDITIONAL']],
])('%s judges 20 and 40 users %o', (name, verdicts) => {
  const set = EXAMPLE_SETS.find((s) => s.name === name)!;
  expect(runs.map(({ run }) => evaluateCriteria(set, run, null).verdict)).toEqual(verdicts);
});

describe('roadmap items, created before the runs', () => {
  const sets: StoredCriteriaSet[] = EXAMPLE_SETS.map((s, i) => ({
    id: `set${i}`,
    projectId: 'p',
    name: s.name,
    description: s.description,
    baselineRunId: null,
    criteria: s.criteria.map((c, j) => ({ ...c, id: `set${i}-c${j}` })),
    createdAt: '',
    updatedAt: '',
  }));
  const stored = runs.map((r, i) => ({
    id: `run${i}`,
    label: r.label,
    createdAt: `2026-12-0${i + 2}T00:00:00.000Z`,
    userCount: r.run.meta.userCount,
    run: r.run,
  }));
  const evaluation = evaluateProject(stored, sets);
  const linked = (set: string, criterion: number) => sets.find((s) => s.name === set)!.criteria[criterion]!.id;

  test.each([
    ['Raise the database pool above 2 connections', 'regressed', null],
    ['Move session writes off the single-writer store', 'regressed', null],
    ['Render exports in their own worker pool', 'verified', '40 users'],
  ])('%s: %s', (title, state, verifiedBy) => {
    const item = EXAMPLE_PHASE.items.find((i) => i.title === title)!;
    const v = verifyItem(
      { criterionIds: [linked(item.verifiedBy.set, item.verifiedBy.criterion)] },
      evaluation.runs,
      evaluation.resultsByRun,
    );
    expect(v.state).toBe(state);
    if (verifiedBy) expect(v.verifiedBy?.label).toBe(verifiedBy);
    if (state === 'regressed') expect([v.verifiedBy?.label, v.brokenBy?.label]).toEqual(['20 users', '40 users']);
  });
});
