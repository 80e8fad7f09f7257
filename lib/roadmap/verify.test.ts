// Verification of roadmap items by later runs: table of run histories and the state they give.
import { describe, expect, test } from 'vitest';
import type { CriterionResult } from '../criteria/types';
import { verifyItem, type RunRef } from './verify';

const result = (met: boolean | null): CriterionResult => ({ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000, current: met ? 2000 : 4000, met });
const runs: RunRef[] = ['r1', 'r2', 'r3', 'r4'].map((id, i) => ({ id, label: `run ${i + 1}`, createdAt: `2026-11-2${i}T10:00:00.000Z` }));
const CREATED_AFTER_R1 = '2026-11-20T12:00:00.000Z';

/** met per run for criteria a and b; undefined: the run is not evaluated for it. */
function results(rows: Record<string, [boolean | null, boolean | null]>) {
  return Object.fromEntries(Object.entries(rows).map(([id, [a, b]]) => [id, { a: result(a), b: result(b) }]));
}

describe('verifyItem', () => {
  test.each([
    ['no criteria linked', [], results({ r2: [true, true] }), 'unlinked', null, null],
    ['no run after the item', ['a'], results({ r1: [true, true] }), 'awaiting-run', null, null],
    ['the latest later run meets all', ['a', 'b'], results({ r1: [true, true], r2: [false, true], r3: [true, true] }), 'verified', 'r3', null],
    ['one linked criterion fails on the latest run', ['a', 'b'], results({ r2: [true, false], r3: [true, false] }), 'not-met', null, null],
    ['could not be evaluated counts as not met', ['a'], results({ r2: [null, true] }), 'not-met', null, null],
    ['met, then broken again', ['a'], results({ r2: [true, true], r3: [false, true], r4: [false, true] }), 'regressed', 'r2', 'r3'],
    ['an earlier run (before the item) meeting it does not verify', ['a'], results({ r1: [true, true], r2: [false, false] }), 'not-met', null, null],
  ] as const)('%s', (_what, criterionIds, byRun, state, verifiedBy, brokenBy) => {
    const v = verifyItem({ criterionIds: [...criterionIds], createdAt: CREATED_AFTER_R1 }, runs.filter((r) => r.id in byRun || r.id === 'r1'), byRun);
    expect(v.state).toBe(state);
    expect(v.verifiedBy?.runId ?? null).toBe(verifiedBy);
    expect(v.brokenBy?.runId ?? null).toBe(brokenBy);
  });

  test('a run with too few requests to judge a linked criterion neither verifies nor breaks the item', () => {
    const notJudged = { ...result(true), judged: false as const };
    const byRun = { r2: { a: result(true) }, r3: { a: notJudged } };
    expect(verifyItem({ criterionIds: ['a'], createdAt: CREATED_AFTER_R1 }, runs.slice(0, 3), byRun)).toMatchObject({ state: 'verified', verifiedBy: { runId: 'r2' } });
    expect(verifyItem({ criterionIds: ['a'], createdAt: CREATED_AFTER_R1 }, [runs[0]!, runs[2]!], { r3: { a: notJudged } }).state).toBe('awaiting-run');
  });

  test('latest carries the linked results of the latest later run', () => {
    const v = verifyItem({ criterionIds: ['b'], createdAt: CREATED_AFTER_R1 }, runs.slice(0, 3), results({ r2: [true, true], r3: [true, false] }));
    expect(v.latest).toEqual([{ ...result(false), criterionId: 'b' }]);
    expect(v.latestRun).toEqual({ runId: 'r3', label: 'run 3' });
  });
});
