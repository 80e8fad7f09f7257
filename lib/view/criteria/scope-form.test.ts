import { describe, expect, test } from 'vitest';
import { EMPTY_SCOPE, fromScopeForm, toScopeForm } from './scope-form';

describe('the editor\'s "Applies to" fields', () => {
  test.each([
    ['nothing typed: every run', EMPTY_SCOPE, { appliesTo: null }],
    ['100 users', { ...EMPTY_SCOPE, userCount: ' 100 ' }, { appliesTo: { userCount: 100 } }],
    [
      'tags split at commas, blanks and repeats dropped',
      { ...EMPTY_SCOPE, tags: 'release, ,nightly,release' },
      { appliesTo: { tags: ['release', 'nightly'] } },
    ],
    [
      'everything',
      { userCount: '50', tags: 'a', labelGlob: ' *retest* ', profile: 'nightly' },
      { appliesTo: { userCount: 50, tags: ['a'], labelGlob: '*retest*', profile: 'nightly' } },
    ],
    [
      'users not a whole number',
      { ...EMPTY_SCOPE, userCount: '99.5' },
      { errors: { 'appliesTo.userCount': 'a whole number of users, e.g. 100' } },
    ],
    [
      'users not a number',
      { ...EMPTY_SCOPE, userCount: 'many' },
      { errors: { 'appliesTo.userCount': 'a whole number of users, e.g. 100' } },
    ],
    [
      'a glob too long',
      { ...EMPTY_SCOPE, labelGlob: '*'.repeat(201) },
      { errors: { 'appliesTo.labelGlob': 'at most 200 characters' } },
    ],
  ] as const)('%s', (_what, values, expected) => {
    expect(fromScopeForm(values)).toEqual(expected);
  });

  test('a stored scope fills the fields and reads back the same', () => {
    const scope = { userCount: 100, tags: ['release', 'rc'], labelGlob: 'series-*', profile: 'nightly' };
    expect(toScopeForm(scope)).toEqual({
      userCount: '100',
      tags: 'release, rc',
      labelGlob: 'series-*',
      profile: 'nightly',
    });
    expect(fromScopeForm(toScopeForm(scope))).toEqual({ appliesTo: scope });
    expect(toScopeForm(null)).toEqual(EMPTY_SCOPE);
  });
});
