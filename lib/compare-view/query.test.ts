import { describe, expect, test } from 'vitest';
import { compareApiHref, compareHref, markdownFileName, parseCompareQuery } from './query';

describe('parseCompareQuery', () => {
  test.each([
    [{ runs: 'a,b' }, { ids: ['a', 'b'], baseline: undefined }],
    [{ runs: 'a,b,c', baseline: 'b' }, { ids: ['a', 'b', 'c'], baseline: 'b' }],
    [{ runs: ' a , b ,, ', baseline: ' ' }, { ids: ['a', 'b'], baseline: undefined }],
    [{ runs: ['a', 'b,c'] }, { ids: ['a', 'b', 'c'], baseline: undefined }],
    [{ runs: 'a,a' }, { ids: ['a', 'a'], baseline: undefined }], // duplicates are the service's to reject (400)
    [{ baseline: ['x', 'y'] }, { ids: [], baseline: 'x' }],
    [{}, { ids: [], baseline: undefined }],
  ])('%j', (params, expected) => {
    expect(parseCompareQuery(params)).toEqual(expected);
  });

  test('round trip with compareHref (the /runs "Compare selected" link has no baseline)', () => {
    const href = compareHref(['run_1', 'run 2']);
    expect(href).toBe('/compare?runs=run_1,run%202');
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseCompareQuery(params)).toEqual({ ids: ['run_1', 'run 2'], baseline: undefined });
  });
});

test.each([
  [['a', 'b'], undefined, 'json', '/api/compare?runs=a,b'],
  [['a', 'b'], 'b', 'json', '/api/compare?runs=a,b&baseline=b'],
  [['a', 'b'], 'a', 'md', '/api/compare?runs=a,b&baseline=a&format=md'],
] as const)('compareApiHref(%j, %s, %s)', (ids, baseline, format, expected) => {
  expect(compareApiHref(ids, baseline, format)).toBe(expected);
});

test.each([
  [['20 users', '40 users'], 'comparison-20-users-vs-40-users.md'],
  [['ONS / 1 user', '3500mcpu_80_clients'], 'comparison-ons-1-user-vs-3500mcpu-80-clients.md'],
  [['€€', ''], 'comparison-runs.md'],
])('markdownFileName(%j)', (names, expected) => {
  expect(markdownFileName(names)).toBe(expected);
});
