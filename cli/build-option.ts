// `swarmlens upload --build NAME`: the build of the system under test. Without --build, the commit CI
// names, when it names one: the first that is set of SWARMLENS_BUILD, then (as each CI sets it)
// CI_COMMIT_SHORT_SHA (GitLab), GITHUB_SHA (GitHub Actions), CIRCLE_SHA1 (CircleCI), BITBUCKET_COMMIT
// (Bitbucket), BUILDKITE_COMMIT (Buildkite), GIT_COMMIT (Jenkins' Git plugin). A full 40-hex commit
// is shortened to its first 7 characters (as GitHub and `git log --oneline` show it). `--build ''`:
// no build, whatever CI says.

/** Environment variables read, in order: SWARMLENS_BUILD first, then each CI's own. */
export const BUILD_ENV = [
  'SWARMLENS_BUILD',
  'CI_COMMIT_SHORT_SHA',
  'GITHUB_SHA',
  'CIRCLE_SHA1',
  'BITBUCKET_COMMIT',
  'BUILDKITE_COMMIT',
  'GIT_COMMIT',
] as const;

const FULL_SHA = /^[0-9a-f]{40}$/i;

/** The build to send and where it came from; null when none. `option`: --build as given (undefined: absent). */
export function buildOf(
  option: string | undefined,
  env: Record<string, string | undefined>,
): { build: string; from: string } | null {
  if (option !== undefined) return option.trim() === '' ? null : { build: option.trim(), from: '--build' };
  for (const name of BUILD_ENV) {
    const value = env[name]?.trim();
    if (!value) continue;
    return { build: name !== 'SWARMLENS_BUILD' && FULL_SHA.test(value) ? value.slice(0, 7) : value, from: name };
  }
  return null;
}
