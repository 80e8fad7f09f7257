import { describe, expect, test } from 'vitest';
import { chooseUsers, parseTrendQuery, trendHref, trendSearch } from './trend-query';

describe('parseTrendQuery', () => {
  test.each([
    [{}, { metric: 'p95Ms', scope: 'aggregate', basis: 'steady' }],
    [
      { metric: 'goodputRps', scope: 'endpoint:POST /login', basis: 'whole', users: '100', tag: 'nightly' },
      { metric: 'goodputRps', scope: 'endpoint:POST /login', basis: 'whole', users: 100, tag: 'nightly' },
    ],
    // Malformed values fall back to the defaults: a shared link never breaks the page.
    [
      { metric: 'avgMs', scope: 'group:/api', basis: 'x', users: '-3', branch: '' },
      { metric: 'p95Ms', scope: 'aggregate', basis: 'steady' },
    ],
    [{ scope: 'endpoint:' }, { metric: 'p95Ms', scope: 'aggregate', basis: 'steady' }],
    [
      { users: 'all', branch: ['main', 'dev'] },
      { metric: 'p95Ms', scope: 'aggregate', basis: 'steady', users: 'all', branch: 'main' },
    ],
    [{ environment: 'x'.repeat(2001) }, { metric: 'p95Ms', scope: 'aggregate', basis: 'steady' }],
  ])('%j', (params, expected) => {
    expect(parseTrendQuery(params)).toEqual(expected);
  });
});

describe('trendSearch and trendHref', () => {
  const q = parseTrendQuery({ scope: 'endpoint:POST /login', users: '20', branch: 'main' });

  test('defaults are left out; the order is fixed', () => {
    expect(trendSearch(parseTrendQuery({}))).toBe('');
    expect(trendSearch(q)).toBe('scope=endpoint%3APOST+%2Flogin&branch=main&users=20');
  });

  test('a change applies; undefined removes a value; the project id is encoded', () => {
    expect(trendHref('prj 1', q, { metric: 'p99Ms', branch: undefined })).toBe(
      '/projects/prj%201/trends?metric=p99Ms&scope=endpoint%3APOST+%2Flogin&users=20',
    );
    expect(trendHref('p', q, { scope: 'aggregate', users: undefined, branch: undefined })).toBe('/projects/p/trends');
  });

  test('a link round-trips through the parser', () => {
    const href = trendHref('p', q, { basis: 'whole', users: 'all' });
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseTrendQuery(params)).toEqual({ ...q, basis: 'whole', users: 'all' });
  });
});

describe('chooseUsers', () => {
  test.each([
    ['one count: no filter, nothing to say', undefined, [20, 20, null], { users: undefined, counts: [20], note: null }],
    [
      'mixed counts: the newest run with a count',
      undefined,
      [20, 40, 40, 20, null],
      {
        users: 20,
        counts: [20, 40],
        note: "Showing runs at 20 users, the newest run's count: runs here have 20, 40 users.",
      },
    ],
    ['asked for a count: that one', 40, [20, 40], { users: 40, counts: [20, 40], note: null }],
    [
      'asked for all of them: said to mix loads',
      'all',
      [20, 1500],
      {
        users: undefined,
        counts: [20, 1500],
        note: 'Runs at 20, 1,500 users are shown together: their figures measure different loads.',
      },
    ],
    ['no runs', undefined, [], { users: undefined, counts: [], note: null }],
  ] as const)('%s', (_, asked, runUsers, expected) => {
    expect(chooseUsers(asked, runUsers)).toEqual(expected);
  });
});
