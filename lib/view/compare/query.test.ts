import { describe, expect, test } from 'vitest';
import { compareApiHref, compareHref, markdownFileName, parseCompareQuery, pickHref } from './query';

describe('parseCompareQuery', () => {
  test.each([
    [{ runs: 'a,b' }, { ids: ['a', 'b'], baseline: undefined, steps: false, groups: [], window: 'whole' }],
    [
      { runs: 'a,b,c', baseline: 'b' },
      { ids: ['a', 'b', 'c'], baseline: 'b', steps: false, groups: [], window: 'whole' },
    ],
    [
      { runs: ' a , b ,, ', baseline: ' ' },
      { ids: ['a', 'b'], baseline: undefined, steps: false, groups: [], window: 'whole' },
    ],
    [{ runs: ['a', 'b,c'] }, { ids: ['a', 'b', 'c'], baseline: undefined, steps: false, groups: [], window: 'whole' }],
    // duplicates are the service's to reject (400)
    [{ runs: 'a,a' }, { ids: ['a', 'a'], baseline: undefined, steps: false, groups: [], window: 'whole' }],
    [{ baseline: ['x', 'y'] }, { ids: [], baseline: 'x', steps: false, groups: [], window: 'whole' }],
    [{}, { ids: [], baseline: undefined, steps: false, groups: [], window: 'whole' }],
    [
      { runs: 'a', steps: '1' },
      { ids: ['a'], baseline: undefined, steps: true, groups: [], window: 'whole' },
    ],
    [
      { runs: 'a', steps: ['true'] },
      { ids: ['a'], baseline: undefined, steps: true, groups: [], window: 'whole' },
    ],
    [
      { runs: 'a', steps: '0' },
      { ids: ['a'], baseline: undefined, steps: false, groups: [], window: 'whole' },
    ],
    [
      { runs: 'a,b', group: ['Auth=/accounts/', ' Api=/api/ '] },
      { ids: ['a', 'b'], baseline: undefined, steps: false, groups: ['Auth=/accounts/', 'Api=/api/'], window: 'whole' },
    ],
  ])('%j', (params, expected) => {
    expect(parseCompareQuery(params)).toEqual(expected);
  });

  test('groups survive a round trip through compareHref', () => {
    const href = compareHref(['a', 'b'], 'b', false, ['Auth=/accounts/']);
    expect(href).toBe('/compare?runs=a,b&baseline=b&group=Auth%3D%2Faccounts%2F');
    const u = new URL(href, 'http://x');
    expect(
      parseCompareQuery({
        runs: u.searchParams.get('runs')!,
        baseline: u.searchParams.get('baseline')!,
        group: u.searchParams.getAll('group'),
      }).groups,
    ).toEqual(['Auth=/accounts/']);
  });

  test('round trip with compareHref (the /runs "Compare selected" link has no baseline)', () => {
    const href = compareHref(['run_1', 'run 2']);
    expect(href).toBe('/compare?runs=run_1,run%202');
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseCompareQuery(params)).toEqual({
      ids: ['run_1', 'run 2'],
      baseline: undefined,
      steps: false,
      groups: [],
      window: 'whole',
    });
    expect(
      parseCompareQuery(Object.fromEntries(new URL(compareHref(['r1'], 'ignored', true), 'http://x').searchParams)),
    ).toEqual({ ids: ['r1'], baseline: undefined, steps: true, groups: [], window: 'whole' });
  });
});

test.each([
  [['a', 'b'], undefined, 'json', '/api/compare?runs=a,b'],
  [['a', 'b'], 'b', 'json', '/api/compare?runs=a,b&baseline=b'],
  [['a', 'b'], 'a', 'md', '/api/compare?runs=a,b&baseline=a&format=md'],
] as const)('compareApiHref(%j, %s, %s)', (ids, baseline, format, expected) => {
  expect(compareApiHref(ids, baseline, format)).toBe(expected);
});

test('window=steady survives a round trip; whole (the default) is left out of links', () => {
  const href = compareHref(['a', 'b'], 'a', false, ['Auth=/accounts/'], 'steady');
  expect(href).toBe('/compare?runs=a,b&baseline=a&group=Auth%3D%2Faccounts%2F&window=steady');
  const u = new URL(href, 'http://x');
  expect(parseCompareQuery({ runs: u.searchParams.get('runs')!, window: u.searchParams.get('window')! }).window).toBe(
    'steady',
  );
  expect(compareHref(['a', 'b'], 'a', false, [], 'whole')).toBe('/compare?runs=a,b&baseline=a');
  expect(compareApiHref(['a', 'b'], 'a', 'md', false, [], 'steady')).toBe(
    '/api/compare?runs=a,b&baseline=a&format=md&window=steady',
  );
  expect(parseCompareQuery({ runs: 'a,b', window: ' all ' }).window).toBe('all'); // the service refuses it (400)
});

test('steps links: one run, no baseline', () => {
  expect(compareHref(['a'], undefined, true)).toBe('/compare?runs=a&steps=1');
  expect(compareApiHref(['a'], undefined, 'json', true)).toBe('/api/compare?runs=a&steps=1');
  expect(compareApiHref(['a'], undefined, 'md', true)).toBe('/api/compare?runs=a&steps=1&format=md');
});

test.each([
  [['20 users', '40 users'], 'comparison-20-users-vs-40-users.md'],
  [['ONS / 1 user', '3500mcpu_80_clients'], 'comparison-ons-1-user-vs-3500mcpu-80-clients.md'],
  [['€€', ''], 'comparison-runs.md'],
])('markdownFileName(%j)', (names, expected) => {
  expect(markdownFileName(names)).toBe(expected);
});

describe('target', () => {
  test.each([
    [{ runs: 'a,b,c', target: 'b' }, 'b'],
    [{ runs: 'a,b,c', target: ' b ' }, 'b'],
    [{ runs: 'a,b,c', target: ['c', 'b'] }, 'c'],
    [{ runs: 'a,b,c', target: '' }, undefined],
    [{ runs: 'a,b,c' }, undefined],
  ])('%j → %s', (params, expected) => expect(parseCompareQuery(params).target).toBe(expected));

  test('round trip: target after baseline, only when chosen', () => {
    const href = compareHref(['a', 'b', 'c'], 'a', false, [], 'whole', 'b');
    expect(href).toBe('/compare?runs=a,b,c&baseline=a&target=b');
    const parsed = parseCompareQuery(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(parsed).toMatchObject({ baseline: 'a', target: 'b' });
    expect(compareApiHref(['a', 'b', 'c'], 'a', 'md', false, [], 'steady', 'b')).toBe(
      '/api/compare?runs=a,b,c&baseline=a&target=b&format=md&window=steady',
    );
    expect(compareHref(['a', 'b'], 'a')).toBe('/compare?runs=a,b&baseline=a');
  });

  const q = { ids: ['a', 'b', 'c'], baseline: 'a', groups: [], window: 'whole' };
  test.each<[string, string | undefined, { baseline: string } | { target: string }, string]>([
    ['a new target keeps the baseline', undefined, { target: 'b' }, '/compare?runs=a,b,c&baseline=a&target=b'],
    ['a new baseline keeps the chosen target', 'b', { baseline: 'c' }, '/compare?runs=a,b,c&baseline=c&target=b'],
    ['a new baseline, no target chosen: the default', undefined, { baseline: 'b' }, '/compare?runs=a,b,c&baseline=b'],
    ['the target as the new baseline: the two swap', 'b', { baseline: 'b' }, '/compare?runs=a,b,c&baseline=b&target=a'],
  ])('%s', (_what, target, pick, expected) => expect(pickHref({ ...q, target }, pick)).toBe(expected));
});
