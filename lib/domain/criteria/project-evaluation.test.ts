// Project evaluation on our Locust 2.12 runs: 20 users meets the retest gate, 40 users does not
// (aggregate p95 1900 vs 4200 ms, read from fixtures/locust-2.12-generated/*/_stats.csv).
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { evaluateProject, latestJudged, type RunToEvaluate } from './project-evaluation';
import type { StoredCriteriaSet } from './types';

const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');
const runs: RunToEvaluate[] = [
  { id: 'run40', label: '40 users', createdAt: '2026-11-21T00:00:00.000Z', userCount: 40, run: u40 },
  { id: 'run20', label: '20 users', createdAt: '2026-11-20T00:00:00.000Z', userCount: 20, run: u20 },
];
const set = (criteria: StoredCriteriaSet['criteria'], baselineRunId: string | null = null): StoredCriteriaSet => ({
  id: 'set1',
  projectId: 'p',
  name: 'Retest',
  description: null,
  baselineRunId,
  criteria,
  createdAt: '',
  updatedAt: '',
});

describe('evaluateProject', () => {
  test('runs oldest first, one verdict per run per set, results by criterion id', () => {
    const e = evaluateProject(runs, [set([{ id: 'c1', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }])]);
    expect(e.runs.map((r) => r.id)).toEqual(['run20', 'run40']);
    expect(e.sets[0]!.verdicts.map((v) => v?.verdict)).toEqual(['GO', 'NO-GO']);
    expect(e.resultsByRun.run20!.c1).toMatchObject({ current: 1900, met: true });
    expect(e.resultsByRun.run40!.c1).toMatchObject({ current: 4200, met: false });
  });

  test('relative criteria use the set baseline, from the project or given apart', () => {
    const relative = set(
      [{ id: 'c1', metric: 'p95Ms', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1 }],
      'run20',
    );
    const e = evaluateProject(runs, [relative]);
    expect(e.sets[0]!.verdicts.map((v) => v?.verdict)).toEqual(['GO', 'NO-GO']);
    expect(e.resultsByRun.run40!.c1!.current).toBeCloseTo(4200 / 1900 - 1, 12);
    const apart = evaluateProject(
      runs.slice(0, 1),
      [{ ...relative, baselineRunId: 'elsewhere' }],
      new Map([['elsewhere', u20]]),
    );
    expect(apart.sets[0]!.verdicts[0]!.verdict).toBe('NO-GO');
    const missing = evaluateProject(runs.slice(0, 1), [{ ...relative, baselineRunId: null }]);
    expect(missing.resultsByRun.run40!.c1).toMatchObject({
      met: null,
      reason: 'a relative criterion needs a baseline run',
    });
  });
});

describe('a set scoped to 100 users on the 2.12 series (50, 100, 150 users, the retest at 100)', () => {
  const LOCUST = /\.(csv|html)$/;
  // Uploaded in this order; the retest first, although it ran last (fixtures/locust-2.12-series/README.md).
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
  const production = {
    ...set([{ id: 'p95', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 }]),
    name: 'Production @100 users',
    appliesTo: { userCount: 100 },
  };
  const e = evaluateProject(series, [production]);

  test('judges only the 100-user runs; the others say why', () => {
    expect(e.runs.map((r) => r.id)).toEqual(names);
    expect(e.sets[0]!.verdicts.map((v) => v?.verdict ?? null)).toEqual(['GO', null, 'NO-GO', null]);
    expect(e.sets[0]!.outOfScope).toEqual([
      null,
      'Production @100 users applies to 100-user runs; this run has 50 users',
      null,
      'Production @100 users applies to 100-user runs; this run has 150 users',
    ]);
  });

  test('no results on the runs out of scope (the roadmap skips them)', () => {
    expect(Object.keys(e.resultsByRun['series-50u']!)).toEqual([]);
    expect(e.resultsByRun['series-retest-100u']!.p95).toMatchObject({ current: 870, met: true });
    expect(e.resultsByRun['series-100u']!.p95).toMatchObject({ current: 9000, met: false });
  });

  test("the set's verdict on the newest run it judges (the newest run, 150 users, is out of its scope)", () => {
    expect(latestJudged(e, production.id)).toMatchObject({ verdict: { verdict: 'NO-GO' }, run: { id: 'series-100u' } });
    expect(latestJudged(e, 'nope')).toBeNull();
  });

  test('runs carry their start times (roadmap verification orders by them)', () => {
    expect(e.runs.map((r) => r.startTime)).toEqual([
      '2026-12-05T18:10:22Z',
      '2026-12-05T18:04:44Z',
      '2026-12-05T18:06:17Z',
      '2026-12-05T18:07:50Z',
    ]);
  });
});
