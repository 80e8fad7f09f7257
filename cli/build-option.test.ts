import { expect, test } from 'vitest';
import { buildOf } from './build-option';

const SHA = '3f9c2a1e8b7d6c5f4a3b2c1d0e9f8a7b6c5d4e3f';

// [what, --build, environment, build sent, where it came from]
test.each<[string, string | undefined, Record<string, string>, string | null, string | null]>([
  ['nothing set: no build', undefined, {}, null, null],
  ['--build wins over CI', 'release-1.4', { GITHUB_SHA: SHA }, 'release-1.4', '--build'],
  ['--build "" means none, even in CI', '', { GITHUB_SHA: SHA }, null, null],
  ['GitHub Actions: the full sha, shortened to 7', undefined, { GITHUB_SHA: SHA }, '3f9c2a1', 'GITHUB_SHA'],
  ['GitLab: its short sha as given', undefined, { CI_COMMIT_SHORT_SHA: '3f9c2a1e' }, '3f9c2a1e', 'CI_COMMIT_SHORT_SHA'],
  [
    'GitLab before GitHub when both are set',
    undefined,
    { GITHUB_SHA: SHA, CI_COMMIT_SHORT_SHA: 'abcdef12' },
    'abcdef12',
    'CI_COMMIT_SHORT_SHA',
  ],
  [
    'SWARMLENS_BUILD first, never shortened',
    undefined,
    { SWARMLENS_BUILD: SHA, GITHUB_SHA: SHA },
    SHA,
    'SWARMLENS_BUILD',
  ],
  ['Jenkins', undefined, { GIT_COMMIT: SHA.toUpperCase() }, '3F9C2A1', 'GIT_COMMIT'],
  ['an empty variable is skipped', undefined, { CI_COMMIT_SHORT_SHA: ' ', CIRCLE_SHA1: SHA }, '3f9c2a1', 'CIRCLE_SHA1'],
  ['not a full sha: as given', undefined, { BUILDKITE_COMMIT: 'HEAD' }, 'HEAD', 'BUILDKITE_COMMIT'],
])('%s', (_what, option, env, build, from) => {
  expect(buildOf(option, env)).toEqual(build === null ? null : { build, from });
});
