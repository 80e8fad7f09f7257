import { expect, test } from 'vitest';
import { buildOf } from './build-option';

const SHA = '3f9c2a1e8b7d6c5f4a3b2c1d0e9f8a7b6c5d4e3f';

test.each<[string, string | undefined, Record<string, string>, { build: string; from: string } | null]>([
  ['nothing set: no build', undefined, {}, null],
  ['--build wins over CI', 'release-1.4', { GITHUB_SHA: SHA }, { build: 'release-1.4', from: '--build' }],
  ['--build "" means none, even in CI', '', { GITHUB_SHA: SHA }, null],
  ['GitHub Actions: the full sha, shortened to 7', undefined, { GITHUB_SHA: SHA }, { build: '3f9c2a1', from: 'GITHUB_SHA' }],
  ['GitLab: its short sha as given', undefined, { CI_COMMIT_SHORT_SHA: '3f9c2a1e' }, { build: '3f9c2a1e', from: 'CI_COMMIT_SHORT_SHA' }],
  ['GitLab before GitHub when both are set', undefined, { GITHUB_SHA: SHA, CI_COMMIT_SHORT_SHA: 'abcdef12' }, { build: 'abcdef12', from: 'CI_COMMIT_SHORT_SHA' }],
  ['SWARMLENS_BUILD first, never shortened', undefined, { SWARMLENS_BUILD: SHA, GITHUB_SHA: SHA }, { build: SHA, from: 'SWARMLENS_BUILD' }],
  ['Jenkins', undefined, { GIT_COMMIT: SHA.toUpperCase() }, { build: '3F9C2A1', from: 'GIT_COMMIT' }],
  ['an empty variable is skipped', undefined, { CI_COMMIT_SHORT_SHA: ' ', CIRCLE_SHA1: SHA }, { build: '3f9c2a1', from: 'CIRCLE_SHA1' }],
  ['not a full sha: as given', undefined, { BUILDKITE_COMMIT: 'HEAD' }, { build: 'HEAD', from: 'BUILDKITE_COMMIT' }],
])('%s', (_what, option, env, expected) => expect(buildOf(option, env)).toEqual(expected));
