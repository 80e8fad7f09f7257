// Which runs a scoped criteria set judges, on our Locust 2.12 series (50, 100, 150 users and the
// retest at 100 users): user count, tags, label glob and profile, and the words that say why not.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { appliesToRun, appliesToWords, normaliseAppliesTo, outOfScopeReason, type ScopeSubject } from './applies-to';
import type { AppliesTo } from './types';

const LOCUST = /\.(csv|html)$/;
const TAGS: Record<string, string[]> = {
  'series-50u': ['baseline'],
  'series-100u': ['baseline', 'profile:nightly'],
  'series-150u': ['baseline'],
  'series-retest-100u': ['Release', 'profile:nightly'],
};
/** Each run as a scope sees it: its label and user count read from the files, and the tags above. */
const runs: Record<string, ScopeSubject> = Object.fromEntries(
  Object.keys(TAGS).map((name) => {
    const { meta } = fixtureRun(`locust-2.12-series/${name}`, LOCUST);
    return [name, { label: meta.label, userCount: meta.userCount, tags: TAGS[name]! }];
  }),
);
const judged = (a: AppliesTo | null) => Object.keys(runs).filter((name) => appliesToRun(a, runs[name]!));

describe('appliesToRun on the series', () => {
  test('the fixtures read as the scope expects', () => {
    expect(Object.values(runs).map((r) => [r.label, r.userCount])).toEqual([
      ['series-50u', 50],
      ['series-100u', 100],
      ['series-150u', 150],
      ['series-retest-100u', 100],
    ]);
  });

  test.each<[string, AppliesTo | null, string[]]>([
    ['no scope: every run', null, ['series-50u', 'series-100u', 'series-150u', 'series-retest-100u']],
    ['an empty scope: every run', {}, ['series-50u', 'series-100u', 'series-150u', 'series-retest-100u']],
    ['100 users', { userCount: 100 }, ['series-100u', 'series-retest-100u']],
    ['50 users', { userCount: 50 }, ['series-50u']],
    ['a tag, case ignored', { tags: ['release'] }, ['series-retest-100u']],
    ['every tag given must be there', { tags: ['baseline', 'profile:nightly'] }, ['series-100u']],
    ['a label glob', { labelGlob: 'series-*00u' }, ['series-100u', 'series-retest-100u']],
    ['a label glob with ?', { labelGlob: 'series-?0u' }, ['series-50u']],
    ['a profile: the tag profile:NAME', { profile: 'nightly' }, ['series-100u', 'series-retest-100u']],
    [
      'all conditions at once',
      { userCount: 100, tags: ['release'], labelGlob: '*retest*', profile: 'NIGHTLY' },
      ['series-retest-100u'],
    ],
    ['conditions no run meets together', { userCount: 150, tags: ['release'] }, []],
  ])('%s', (_what, scope, expected) => {
    expect(judged(scope)).toEqual(expected);
  });
});

describe('outOfScopeReason', () => {
  test.each<[string, AppliesTo, string, string | null]>([
    ['in scope', { userCount: 100 }, 'series-100u', null],
    [
      'the user count',
      { userCount: 100 },
      'series-50u',
      'Production @100 users applies to 100-user runs; this run has 50 users',
    ],
    [
      'a missing tag',
      { tags: ['release'] },
      'series-100u',
      'Production @100 users applies to runs tagged release; this run is not tagged release',
    ],
    [
      'several conditions',
      { userCount: 100, labelGlob: '*retest*' },
      'series-150u',
      'Production @100 users applies to 100-user runs labelled “*retest*”; this run has 150 users and is ' +
        'labelled “series-150u”',
    ],
    [
      'a profile',
      { profile: 'nightly' },
      'series-50u',
      'Production @100 users applies to runs of profile nightly (--profile or tag profile:nightly); ' +
        'this run has no tag profile:nightly',
    ],
  ])('%s', (_what, appliesTo, run, reason) => {
    expect(outOfScopeReason({ name: 'Production @100 users', appliesTo }, runs[run]!)).toBe(reason);
  });

  // Locust's --profile, as the plugin sends it (meta.profile), counts as much as the tag profile:NAME.
  test.each<[string, string | null, string[], string | null]>([
    ['its --profile', 'Nightly', [], null],
    ['the tag alone', null, ['profile:nightly'], null],
    ['another --profile, yet the tag', 'smoke', ['profile:nightly'], null],
    [
      'another --profile',
      'smoke',
      [],
      'N applies to runs of profile nightly (--profile or tag profile:nightly); this run ran Locust profile smoke',
    ],
    [
      'neither',
      null,
      [],
      'N applies to runs of profile nightly (--profile or tag profile:nightly); this run has no tag profile:nightly',
    ],
  ])('profile: %s', (_what, profile, tags, reason) => {
    const subject = { label: 'x', userCount: 10, tags, profile };
    expect(outOfScopeReason({ name: 'N', appliesTo: { profile: 'nightly' } }, subject)).toBe(reason);
  });

  test('a run without a user count is outside a user-count scope, and says so', () => {
    expect(
      outOfScopeReason({ name: 'P', appliesTo: { userCount: 100 } }, { label: 'old', userCount: null, tags: [] }),
    ).toBe('P applies to 100-user runs; this run has no user count');
  });
});

describe('words and normal form', () => {
  test.each<[AppliesTo | null, string]>([
    [null, 'every run'],
    [{ userCount: 100 }, '100 users'],
    [{ userCount: 100, tags: ['release'] }, '100 users, tag release'],
    [
      { tags: ['a', 'b', 'c'], labelGlob: '*retest*', profile: 'nightly' },
      'tags a, b and c, label “*retest*”, profile nightly',
    ],
    [{ userCount: 1 }, '1 user'],
  ])('%j: %s', (a, words) => {
    expect(appliesToWords(a)).toBe(words);
  });

  test('empty conditions say nothing; tags are trimmed and deduplicated', () => {
    expect(normaliseAppliesTo({ tags: [' ', ''], labelGlob: '', profile: ' ' })).toBeNull();
    expect(normaliseAppliesTo({ tags: ['a', ' a ', 'b'] })).toEqual({ tags: ['a', 'b'] });
  });
});
