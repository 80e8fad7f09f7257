// `swarmlens upload`'s `meta` field: source "cli" and the CI metadata of the environment (lib/domain/ci/ci-env.ts:
// GitHub Actions, GitLab CI, Jenkins, CircleCI, Buildkite, Azure Pipelines; SWARMLENS_COMMIT / _BRANCH /
// _ENVIRONMENT / _BUILD_URL), each overridden by --commit, --branch, --environment when given (`''`: none).
import { ciMetadata, CI_LIMITS, type Env } from '../lib/domain/ci/ci-env';
import { UsageError } from './run-argument';

export interface ProvenanceOptions {
  commit?: string;
  branch?: string;
  environment?: string;
}

/** The JSON of the `meta` field. A value given on the command line that the server would refuse (too long, a
 *  control character) is a usage error, exit 2. */
export function uploadMetaField(options: ProvenanceOptions, env: Env): string {
  const ci = ciMetadata(env);
  const chosen = (flag: keyof ProvenanceOptions, fromCi: string | null): string | null => {
    const given = options[flag];
    if (given === undefined) return fromCi;
    const value = given.trim();
    if (value.length > CI_LIMITS[flag])
      throw new UsageError(`upload: --${flag} is at most ${CI_LIMITS[flag]} characters`);
    if (/[\u0000-\u001f\u007f]/.test(value)) throw new UsageError(`upload: --${flag} holds a control character`);
    return value === '' ? null : value;
  };
  const meta = {
    source: 'cli',
    commit: chosen('commit', ci.commit),
    branch: chosen('branch', ci.branch),
    environment: chosen('environment', ci.environment),
    buildUrl: ci.buildUrl,
  };
  return JSON.stringify(meta);
}
