// Project evaluation on our Locust 2.12 runs: 20 users meets the retest gate, 40 users does not
// (aggregate p95 1900 vs 4200 ms, read from fixtures/locust-2.12-generated/*/_stats.csv).
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../test/support/fixture-run';
import { evaluateProject, type RunToEvaluate } from './project-evaluation';
import type { StoredCriteriaSet } from './types';

const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');
const runs: RunToEvaluate[] = [
  { id: 'run40', label: '40 users', createdAt: '2026-11-21T00:00:00.000Z', userCount: 40, run: u40 },
  { id: 'run20', label: '20 users', createdAt: '2026-11-20T00:00:00.000Z', userCount: 20, run: u20 },
];
const set = (criteria: StoredCriteriaSet['criteria'], baselineRunId: string | null = null): StoredCriteriaSet => ({
  id: 'set1', projectId: 'p', name: 'Retest', description: null, baselineRunId, criteria, createdAt: '', updatedAt: '',
});

describe('evaluateProject', () => {
  test('runs oldest first, one verdict per run per set, results by criterion id', () => {
    const e = evaluateProject(runs, [set([{ id: 'c1', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }])]);
    expect(e.runs.map((r) => r.id)).toEqual(['run20', 'run40']);
    expect(e.sets[0]!.verdicts.map((v) => v.verdict)).toEqual(['GO', 'NO-GO']);
    expect(e.resultsByRun.run20!.c1).toMatchObject({ current: 1900, met: true });
    expect(e.resultsByRun.run40!.c1).toMatchObject({ current: 4200, met: false });
  });

  test('relative criteria use the set baseline, from the project or given apart', () => {
    const relative = set([{ id: 'c1', metric: 'p95Ms', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1 }], 'run20');
    const e = evaluateProject(runs, [relative]);
    expect(e.sets[0]!.verdicts.map((v) => v.verdict)).toEqual(['GO', 'NO-GO']);
    expect(e.resultsByRun.run40!.c1!.current).toBeCloseTo(4200 / 1900 - 1, 12);
    const apart = evaluateProject(runs.slice(0, 1), [{ ...relative, baselineRunId: 'elsewhere' }], new Map([['elsewhere', u20]]));
    expect(apart.sets[0]!.verdicts[0]!.verdict).toBe('NO-GO');
    const missing = evaluateProject(runs.slice(0, 1), [{ ...relative, baselineRunId: null }]);
    expect(missing.resultsByRun.run40!.c1).toMatchObject({ met: null, reason: 'a relative criterion needs a baseline run' });
  });
});
