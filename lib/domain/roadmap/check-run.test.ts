// "Check against run X" on the 2.12 series: each linked criterion's result on the chosen run, or why
// its set does not judge it, and what the run says on its own.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { evaluateProject, type RunToEvaluate } from '../criteria/project-evaluation';
import type { StoredCriteriaSet } from '../criteria/types';
import { checkItemOnRun } from './check-run';

const LOCUST = /\.(csv|html)$/;
const runOf = (name: string): RunToEvaluate => {
  const run = fixtureRun(`locust-2.12-series/${name}`, LOCUST);
  return { id: name, label: name, createdAt: '2026-12-06T00:00:00.000Z', userCount: run.meta.userCount, tags: [], run };
};
const set = (
  id: string,
  appliesTo: StoredCriteriaSet['appliesTo'],
  target: number,
  minRequests?: number,
): StoredCriteriaSet => ({
  id,
  projectId: 'p',
  name: id,
  description: null,
  baselineRunId: null,
  appliesTo,
  createdAt: '',
  updatedAt: '',
  criteria: [
    { id: `${id}-p95`, metric: 'p95Ms', scope: 'aggregate', op: '<', target, ...(minRequests ? { minRequests } : {}) },
  ],
});
const sets = [set('at100', { userCount: 100 }, 2000), set('any', null, 2000), set('few', null, 2000, 1_000_000)];

describe('checkItemOnRun', () => {
  test.each([
    ['the retest meets both', 'series-retest-100u', ['at100-p95', 'any-p95'], 'meets-all', [true, true]],
    ['series-100u fails both', 'series-100u', ['at100-p95', 'any-p95'], 'fails', [false, false]],
    [
      'series-50u: the 100-user set does not judge it',
      'series-50u',
      ['at100-p95', 'any-p95'],
      'not-judged',
      [null, true],
    ],
    ['too few requests to judge', 'series-retest-100u', ['few-p95'], 'not-judged', [true]],
    ['a criterion no longer in any set is left out', 'series-retest-100u', ['gone', 'any-p95'], 'meets-all', [true]],
  ] as const)('%s', (_what, name, criterionIds, outcome, met) => {
    const run = runOf(name);
    const check = checkItemOnRun({ id: 'item', criterionIds }, run, sets, evaluateProject([run], sets));
    expect(check.outcome).toBe(outcome);
    expect(check.criteria.map((c) => c.result?.met ?? null)).toEqual(met);
    expect(check.run).toEqual({ runId: name, label: name, startTime: run.run.meta.startTime });
  });

  test('out of scope says why', () => {
    const run = runOf('series-50u');
    const check = checkItemOnRun({ id: 'item', criterionIds: ['at100-p95'] }, run, sets, evaluateProject([run], sets));
    expect(check.criteria).toEqual([
      {
        criterionId: 'at100-p95',
        setName: 'at100',
        result: null,
        outOfScope: 'at100 applies to 100-user runs; this run has 50 users',
      },
    ]);
  });
});
