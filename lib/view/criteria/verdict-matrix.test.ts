import { describe, expect, test } from 'vitest';
import type { ProjectEvaluation } from '../../domain/criteria/project-evaluation';
import type { CriterionResult, StoredCriteriaSet, Verdict } from '../../domain/criteria/types';
import { buildVerdictMatrix, setCardRuns } from './verdict-matrix';

const result = (met: boolean | null): CriterionResult => ({
  metric: 'p95Ms',
  scope: 'aggregate',
  op: '<',
  target: 3000,
  current: 1,
  met,
});
const verdict = (v: Verdict['verdict']): Verdict => ({ verdict: v, name: 'Retest', results: [] });
const set: StoredCriteriaSet = {
  id: 'set1',
  projectId: 'p',
  name: 'Retest',
  description: null,
  baselineRunId: null,
  createdAt: '',
  updatedAt: '',
  criteria: [
    { id: 'c1', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    { id: 'c2', metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97, severity: 'should' },
  ],
};
const evaluation: ProjectEvaluation = {
  runs: [
    { id: 'r1', label: '20 users', createdAt: '2024-01-01', userCount: 20 },
    { id: 'r2', label: '40 users', createdAt: '2024-01-02', userCount: 40 },
  ],
  sets: [
    {
      setId: 'set1',
      name: 'Retest',
      baselineRunId: null,
      appliesTo: null,
      verdicts: [verdict('GO'), verdict('NO-GO')],
      outOfScope: [null, null],
    },
  ],
  resultsByRun: { r1: { c1: result(true), c2: result(true) }, r2: { c1: result(false), c2: result(null) } },
};

describe('verdicts over time', () => {
  test('sets by runs, criteria by runs', () => {
    const m = buildVerdictMatrix(evaluation, [set]);
    expect(m.columns).toEqual([
      { runId: 'r1', label: '20 users', userCount: 20 },
      { runId: 'r2', label: '40 users', userCount: 40 },
    ]);
    expect(m.rows).toEqual([
      {
        setId: 'set1',
        name: 'Retest',
        appliesTo: null,
        verdicts: ['GO', 'NO-GO'],
        outOfScope: [null, null],
        criteria: [
          { id: 'c1', text: 'p95 of All requests < 3,000 ms', severity: 'must', cells: ['met', 'failed'] },
          { id: 'c2', text: 'Success rate of All requests ≥ 97%', severity: 'should', cells: ['met', 'unknown'] },
        ],
      },
    ]);
  });

  test("a run out of the set's scope: no verdict, the reason, and out-of-scope cells", () => {
    const scoped = { ...set, appliesTo: { userCount: 40 } };
    const why = 'Retest applies to 40-user runs; this run has 20 users';
    const sets = [
      {
        ...evaluation.sets[0]!,
        appliesTo: { userCount: 40 },
        verdicts: [null, verdict('NO-GO')],
        outOfScope: [why, null],
      },
    ];
    const m = buildVerdictMatrix({ ...evaluation, sets, resultsByRun: { r1: {}, r2: evaluation.resultsByRun.r2! } }, [
      scoped,
    ]);
    expect(m.rows[0]).toMatchObject({ appliesTo: '40 users', verdicts: [null, 'NO-GO'], outOfScope: [why, null] });
    expect(m.rows[0]!.criteria.map((c) => c.cells)).toEqual([
      ['out-of-scope', 'failed'],
      ['out-of-scope', 'unknown'],
    ]);
  });

  test('a set the evaluation lacks has no verdicts', () => {
    const m = buildVerdictMatrix({ ...evaluation, sets: [] }, [set]);
    expect(m.rows[0]?.verdicts).toEqual([null, null]);
  });

  test('a set card: the runs the set judges, and why it does not judge the selected run', () => {
    const why = 'Retest applies to 40-user runs; this run has 20 users';
    const sets = [{ ...evaluation.sets[0]!, verdicts: [null, verdict('NO-GO')], outOfScope: [why, null] }];
    const scoped = { ...evaluation, sets };
    expect(setCardRuns(scoped, 'set1', 'r1')).toEqual({
      runs: [{ id: 'r2', label: '40 users', verdict: verdict('NO-GO') }],
      outOfScope: why,
    });
    expect(setCardRuns(scoped, 'set1', 'r2').outOfScope).toBeNull();
    expect(setCardRuns(scoped, 'set1', null).outOfScope).toBeNull();
    expect(setCardRuns(scoped, 'other', 'r1')).toEqual({ runs: [], outOfScope: null });
  });
});
