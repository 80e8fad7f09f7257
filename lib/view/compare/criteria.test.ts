// Criteria verdicts in one line each, on our Locust 2.12 run at 40 users (Aggregated row of its _stats.csv:
// p95 4,200 ms, 13 failures in 772 requests = 98.32% success), as the project evaluates it.
import { expect, test } from 'vitest';
import type { ComparisonCriteria } from '../../domain/analysis/types';
import { evaluateCriteria } from '../../domain/criteria/evaluate';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import { criteriaLines, outOfScopeLines, overallVerdict } from '../../domain/report/criteria-lines';
import { u40 } from './test-fixtures';

const set = (id: string, name: string, criteria: StoredCriteriaSet['criteria']): StoredCriteriaSet => ({
  id,
  projectId: 'p',
  name,
  description: null,
  baselineRunId: null,
  createdAt: '',
  updatedAt: '',
  criteria,
});
const gate = set('gate', 'Release gate', [
  { id: 'c1', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
  { id: 'c2', metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
]);
const soft = set('soft', 'Soft', [
  { id: 'c3', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 5000, severity: 'should' },
]);
const plan = { verdicts: [gate, soft].map((s) => ({ set: s, verdict: evaluateCriteria(s, u40(), null) })) };

test('the project sets on the target run: verdict, how many met, what was missed', () => {
  expect(criteriaLines([], plan)).toEqual([
    {
      setId: 'gate',
      name: 'Release gate',
      verdict: 'NO-GO',
      met: 1,
      total: 2,
      missed: ['p95 of all requests: 4,200 ms, target < 3,000 ms'],
    },
    { setId: 'soft', name: 'Soft', verdict: 'GO', met: 1, total: 1, missed: [] },
  ]);
  expect(overallVerdict(criteriaLines([], plan))).toBe('NO-GO');
});

test("the comparison's own criteria block wins over the project's", () => {
  const block: ComparisonCriteria[] = [
    {
      name: 'From the CLI',
      verdict: 'CONDITIONAL',
      results: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 4000, current: 4200, met: false }],
    },
  ];
  expect(criteriaLines(block, plan)).toEqual([
    {
      setId: null,
      name: 'From the CLI',
      verdict: 'CONDITIONAL',
      met: 0,
      total: 1,
      missed: ['p95 of all requests: 4,200 ms, target < 4,000 ms'],
    },
  ]);
  expect(overallVerdict(criteriaLines(block, null))).toBe('CONDITIONAL');
});

test('no sets, no line', () => {
  expect(criteriaLines([], null)).toEqual([]);
  expect(overallVerdict([])).toBeNull();
});

test('sets that do not apply to the target are listed with why, never dropped', () => {
  const scoped = { ...gate, appliesTo: { userCount: 100 } };
  const reason = 'Release gate applies to 100-user runs; this run has 40 users';
  expect(outOfScopeLines([], { outOfScope: [{ set: scoped, reason }] })).toEqual([
    { setId: 'gate', name: 'Release gate', appliesTo: '100 users', reason },
  ]);
  const fromJson = [
    {
      name: 'From the CLI',
      appliesTo: { tags: ['release'] },
      reason: 'From the CLI applies to runs tagged release; this run is not tagged release',
    },
  ];
  expect(outOfScopeLines(fromJson, { outOfScope: [{ set: scoped, reason }] })).toEqual([
    { setId: null, name: 'From the CLI', appliesTo: 'tag release', reason: fromJson[0]!.reason },
  ]);
  expect(outOfScopeLines([], null)).toEqual([]);
});
