import { describe, expect, test } from 'vitest';
import type { Criterion, StoredCriterion } from '../../domain/criteria/types';
import {
  defaultSetName,
  itemLinks,
  matchCriterion,
  parseBar,
  planDescription,
  planHref,
  resolveBaseline,
} from './plan';

const saved: StoredCriterion[] = [
  { id: 'a', metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
  { id: 'b', metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2500 },
  { id: 'c', metric: 'medianMs', scope: 'aggregate', op: '<=', target: 0.1, relative: 'baseline' },
];

describe('default names', () => {
  test.each([
    ['between', '40 users', [], 'Retest after 40 users'],
    ['production', '40 users', [], 'Production GO'],
    ['production', '40 users', ['Production GO'], 'Production GO (2)'],
    ['between', 'x', ['Retest after x', 'Retest after x (2)'], 'Retest after x (3)'],
  ] as const)('%s %s %o -> %s', (bar, label, taken, name) => expect(defaultSetName(bar, label, taken)).toBe(name));
});

describe('the proposed set\'s description names the baseline once (issue 15: "(baseline) (baseline)")', () => {
  test.each([
    ['between', '20 users', '40 users', 'Retest bar proposed from 20 users (baseline) → 40 users.'],
    [
      'production',
      '100 users (baseline)',
      '100 users retest',
      'Production bar proposed from 100 users (baseline) → 100 users retest.',
    ],
    ['between', 'Baseline 100u', 'Retest 100u', 'Retest bar proposed from Baseline 100u → Retest 100u.'],
  ] as const)('%s %s -> %s', (bar, baseline, target, text) => {
    expect(planDescription(bar, baseline, target)).toBe(text);
    expect(planDescription(bar, baseline, target)).not.toContain('(baseline) (baseline)');
  });
});

describe('which saved criterion verifies a proposed item', () => {
  test.each<[Criterion, string | null, boolean]>([
    [{ metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 }, 'a', true],
    [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }, 'b', false],
    [{ metric: 'medianMs', scope: 'aggregate', op: '<', target: 400 }, null, false],
    [{ metric: 'failureRate', scope: 'endpoint:POST /login', op: '<', target: 0.1 }, null, false],
  ])('%o -> %o', (wanted, id, exact) => {
    const m = matchCriterion(saved, wanted);
    expect(m?.criterion.id ?? null).toBe(id);
    if (m) expect(m.exact).toBe(exact);
  });

  test('links an item, or adds its criterion to the set', () => {
    expect(itemLinks(saved, 'set1', { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 })).toEqual({
      criterionIds: ['b'],
      newCriteria: [],
    });
    const wanted: Criterion = { metric: 'rps', scope: 'aggregate', op: '>=', target: 22 };
    expect(itemLinks(saved, 'set1', wanted)).toEqual({
      criterionIds: [],
      newCriteria: [{ setId: 'set1', criterion: wanted }],
    });
  });
});

describe('the plan page URL', () => {
  test.each([
    [['a', 'b'], 'b', 'b'],
    [['a', 'b'], '1', 'b'],
    [['a', 'b'], '0', 'a'],
    [['a', 'b'], '7', '7'],
    [['a', 'b'], undefined, undefined],
    [['a', 'b'], 'x', 'x'],
  ] as const)('baseline of %o given %o -> %o', (ids, given, id) => expect(resolveBaseline(ids, given)).toBe(id));

  test.each([
    ['production', 'production'],
    ['between', 'between'],
    [undefined, 'between'],
    [['production', 'x'], 'production'],
    ['nonsense', 'between'],
  ] as const)('bar %o -> %s', (value, bar) => expect(parseBar(value as string | string[] | undefined)).toBe(bar));

  test('keeps runs, baseline and groups', () => {
    expect(planHref('prj 1', ['a', 'b'], 'a', 'production', ['Auth=/accounts/'])).toBe(
      '/projects/prj%201/plan?runs=a,b&baseline=a&bar=production&group=Auth%3D%2Faccounts%2F',
    );
    expect(planHref('p', ['a', 'b'], undefined, 'between')).toBe('/projects/p/plan?runs=a,b');
  });
});
