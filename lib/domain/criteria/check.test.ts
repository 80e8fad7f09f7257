// The check of one run against one set: the verdict JSON, or no verdict and why when the set's scope
// leaves the run out (the 2.12 series: 50 and 100 users).
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { checkRun, subjectOfParsed } from './check';
import type { CriteriaSet } from './types';

const LOCUST = /\.(csv|html)$/;
const u50 = fixtureRun('locust-2.12-series/series-50u', LOCUST);
const u100 = fixtureRun('locust-2.12-series/series-100u', LOCUST);
const set: CriteriaSet = {
  name: 'Production @100 users',
  appliesTo: { userCount: 100 },
  criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 }],
};

describe('checkRun', () => {
  test.each([
    ['in scope: the verdict', u100, { name: set.name, verdict: 'NO-GO' }],
    [
      'out of scope: no verdict, no results, why',
      u50,
      {
        name: set.name,
        verdict: null,
        results: [],
        outOfScope: 'Production @100 users applies to 100-user runs; this run has 50 users',
      },
    ],
  ] as const)('%s', (_what, run, expected) => {
    expect(checkRun(set, run, null, subjectOfParsed(run))).toMatchObject(expected);
  });

  test('a run read from files has no tags: a set asking for one applies to no such run', () => {
    const v = checkRun({ ...set, appliesTo: { tags: ['release'] } }, u100, null, subjectOfParsed(u100));
    expect(v).toMatchObject({
      verdict: null,
      outOfScope: 'Production @100 users applies to runs tagged release; this run is not tagged release',
    });
    expect(
      checkRun({ ...set, appliesTo: { tags: ['release'] } }, u100, null, {
        ...subjectOfParsed(u100),
        tags: ['release'],
      }).verdict,
    ).toBe('NO-GO');
  });
});
