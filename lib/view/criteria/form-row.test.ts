import { describe, expect, test } from 'vitest';
import type { Criterion } from '../../domain/criteria/types';
import {
  blankRow,
  CUSTOM_METRIC,
  fromFormRow,
  fromFormRows,
  moveRow,
  retarget,
  targetUnit,
  toFormRow,
  type CriterionFormRow,
} from './form-row';

const row = (over: Partial<CriterionFormRow>): CriterionFormRow => ({ ...blankRow(), ...over });

describe('criterion -> form row -> criterion', () => {
  test.each<Criterion & { id?: string }>([
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.995 },
    {
      metric: 'failureRate',
      scope: 'endpoint:POST /accounts/login/',
      op: '<',
      target: 0.1,
      minRequests: 30,
      id: 'crit_1',
    },
    { metric: 'failureRate', scope: 'endpoint:/dashboard/', op: '<=', target: 0.001 },
    { metric: 'p95Ms', scope: 'group:/api/project/', op: '<', target: 3000, severity: 'should' },
    {
      metric: 'medianMs',
      scope: 'aggregate',
      op: '<=',
      target: 0.1,
      relative: 'baseline',
      floorMs: 50,
      minRequests: 100,
    },
    { metric: 'rps', scope: 'aggregate', op: '>=', target: 22.5 },
    { metric: 'failures', scope: 'aggregate', op: '<', target: 100 },
    { metric: 'p97Ms', scope: 'aggregate', op: '<', target: 1500 },
    { metric: 'p99.9Ms', scope: 'aggregate', op: '<', target: 8000 },
  ])('%o round-trips', (criterion) => {
    const back = fromFormRow(toFormRow(criterion), 0);
    expect(back).toEqual({ criterion });
  });

  test.each([
    [{ metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 }, '97', '%'],
    [{ metric: 'failureRate', scope: 'aggregate', op: '<', target: 0.001 }, '0.1', '%'],
    [{ metric: 'medianMs', scope: 'aggregate', op: '<=', target: 0.1, relative: 'baseline' }, '10', '% change'],
    [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }, '3000', 'ms'],
    [{ metric: 'rps', scope: 'aggregate', op: '>=', target: 22 }, '22', 'req/s'],
    [{ metric: 'failures', scope: 'aggregate', op: '<', target: 100 }, '100', ''],
  ] as const)('%o is typed as %s %s', (criterion, typed, unit) => {
    const r = toFormRow(criterion as Criterion);
    expect(r.target).toBe(typed);
    expect(targetUnit(r)).toBe(unit);
  });

  test('percent typed in the UI becomes a fraction', () => {
    expect(fromFormRow(row({ metric: 'successRate', op: '>=', target: '99.5' }), 0)).toEqual({
      criterion: { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.995 },
    });
    expect(fromFormRow(row({ metric: 'p95Ms', relative: true, op: '<=', target: '10', floorMs: '50' }), 0)).toEqual({
      criterion: { metric: 'p95Ms', scope: 'aggregate', op: '<=', target: 0.1, relative: 'baseline', floorMs: 50 },
    });
  });

  test('a custom percentile is normalised; floors only on relative time gates', () => {
    expect(fromFormRow(row({ metric: CUSTOM_METRIC, customMetric: 'p97', target: '900', floorMs: '50' }), 0)).toEqual({
      criterion: { metric: 'p97Ms', scope: 'aggregate', op: '<', target: 900 },
    });
    expect(fromFormRow(row({ metric: 'rps', relative: true, op: '>=', target: '-5', floorMs: '50' }), 0)).toEqual({
      criterion: { metric: 'rps', scope: 'aggregate', op: '>=', target: -0.05, relative: 'baseline' },
    });
  });
});

describe('errors keyed like the API', () => {
  test.each([
    [{ target: '' }, 'criteria.3.target'],
    [{ target: 'fast' }, 'criteria.3.target'],
    [{ target: '1', metric: CUSTOM_METRIC, customMetric: 'slow' }, 'criteria.3.metric'],
    [{ target: '1', scopeKind: 'endpoint' as const, scopeText: '  ' }, 'criteria.3.scope'],
    [{ target: '1', scopeKind: 'group' as const }, 'criteria.3.scope'],
    [{ target: '1', minRequests: '2.5' }, 'criteria.3.minRequests'],
    [{ target: '1', relative: true, floorMs: '-1' }, 'criteria.3.floorMs'],
  ])('%o -> %s', (over, path) => {
    const result = fromFormRow(row(over), 3);
    expect('errors' in result && Object.keys(result.errors)).toEqual([path]);
  });

  test('every row or every error', () => {
    expect(fromFormRows([])).toEqual({ errors: { criteria: 'add at least one criterion' } });
    const result = fromFormRows([row({ target: '1' }), row({ target: '' }), row({ target: 'x' })]);
    expect('errors' in result && Object.keys(result.errors)).toEqual(['criteria.1.target', 'criteria.2.target']);
    expect(fromFormRows([row({ target: '1', id: 'c1' })])).toEqual({
      criteria: [{ id: 'c1', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 1 }],
    });
  });
});

describe('moving rows', () => {
  test.each([
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [5, 1, ['a', 'b', 'c']],
  ] as const)('row %d by %d', (from, by, expected) => expect(moveRow(['a', 'b', 'c'], from, by)).toEqual(expected));
});

describe('changing the metric or relative', () => {
  test.each([
    [{ metric: 'p95Ms', target: '3000' }, { metric: 'p99Ms' }, { metric: 'p99Ms' }],
    [{ metric: 'p95Ms', target: '3000' }, { metric: CUSTOM_METRIC }, { metric: CUSTOM_METRIC }],
    [{ metric: 'successRate', target: '97' }, { metric: 'failureRate' }, { metric: 'failureRate' }],
    [{ metric: 'successRate', target: '97' }, { metric: 'p95Ms' }, { metric: 'p95Ms', target: '' }],
    [{ metric: 'p95Ms', target: '3000' }, { relative: true }, { relative: true, target: '' }],
    [{ metric: 'p95Ms', relative: true, target: '10' }, { metric: 'successRate' }, { metric: 'successRate' }],
  ] as const)('%o + %o -> %o', (over, patch, expected) => expect(retarget(row(over), patch)).toEqual(expected));
});
