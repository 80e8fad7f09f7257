// The CI metadata of a run from the environment CI sets: the commit tested, its branch, the environment
// tested (where CI names one) and the job's page. `swarmlens upload` sends it in the upload's `meta` field;
// the Locust plugin (integrations/locust/swarmlens_locust/ci_env.py) mirrors this table line for line, and
// both are tested against one fixture (integrations/locust/tests/ci_env_cases.json) so they cannot drift.
// SWARMLENS_COMMIT / _BRANCH / _ENVIRONMENT / _BUILD_URL, when set, win over what the CI says.

export interface CiMetadata {
  /** The CI recognised ("GitHub Actions", ...), null when none is. */
  ci: string | null;
  commit: string | null;
  branch: string | null;
  environment: string | null;
  /** An http(s) URL of the job (or pipeline) that ran. */
  buildUrl: string | null;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Longest values sent, in characters (the server refuses longer ones: lib/server/schemas/run-meta.ts). */
export const CI_LIMITS = { commit: 100, branch: 255, environment: 100, buildUrl: 2000 } as const;

interface CiRule {
  name: string;
  /** Set (to any non-empty value) only under this CI. */
  detect: string;
  read: (env: Env) => Omit<CiMetadata, 'ci'>;
}

const value = (env: Env, name: string): string | null => {
  const v = env[name]?.trim();
  return v ? v : null;
};
const first = (env: Env, ...names: string[]): string | null => {
  for (const name of names) {
    const v = value(env, name);
    if (v !== null) return v;
  }
  return null;
};
const withoutTrailingSlashes = (text: string | null): string | null => {
  if (text === null) return null;
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
};
/** A Git ref as a branch name: refs/heads/ dropped; a tag or pull-request ref is no branch (null). */
const branchOfRef = (ref: string | null): string | null => {
  if (ref === null || ref.startsWith('refs/tags/') || ref.startsWith('refs/pull/')) return null;
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) || null : ref;
};

/** In the order they are tried: the first whose `detect` variable is set reads the rest. */
export const CI_RULES: readonly CiRule[] = [
  // https://docs.github.com/en/actions/reference/workflows-and-actions/variables (default environment variables).
  // GITHUB_HEAD_REF: the pull request's source branch (pull_request events only); GITHUB_REF_NAME is the
  // branch otherwise (a tag's name when GITHUB_REF_TYPE is "tag"). No variable names the deployment environment.
  {
    name: 'GitHub Actions',
    detect: 'GITHUB_ACTIONS',
    read: (env) => {
      const server = value(env, 'GITHUB_SERVER_URL');
      const repo = value(env, 'GITHUB_REPOSITORY');
      const run = value(env, 'GITHUB_RUN_ID');
      return {
        commit: value(env, 'GITHUB_SHA'),
        branch:
          value(env, 'GITHUB_HEAD_REF') ??
          (value(env, 'GITHUB_REF_TYPE') === 'tag' ? null : value(env, 'GITHUB_REF_NAME')),
        environment: null,
        buildUrl: server && repo && run ? `${withoutTrailingSlashes(server)}/${repo}/actions/runs/${run}` : null,
      };
    },
  },
  // https://docs.gitlab.com/ci/variables/predefined_variables/ — CI_COMMIT_BRANCH is unset in merge request
  // pipelines (CI_MERGE_REQUEST_SOURCE_BRANCH_NAME is set there) and for tags; CI_ENVIRONMENT_NAME is set
  // when the job names an `environment`.
  {
    name: 'GitLab CI',
    detect: 'GITLAB_CI',
    read: (env) => ({
      commit: value(env, 'CI_COMMIT_SHA'),
      branch: first(env, 'CI_COMMIT_BRANCH', 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME'),
      environment: value(env, 'CI_ENVIRONMENT_NAME'),
      buildUrl: first(env, 'CI_JOB_URL', 'CI_PIPELINE_URL'),
    }),
  },
  // https://buildkite.com/docs/pipelines/configure/environment-variables — BUILDKITE_COMMIT may be the
  // symbolic "HEAD" before the agent resolves it: not a commit (null).
  {
    name: 'Buildkite',
    detect: 'BUILDKITE',
    read: (env) => {
      const commit = value(env, 'BUILDKITE_COMMIT');
      return {
        commit: commit === 'HEAD' ? null : commit,
        branch: value(env, 'BUILDKITE_BRANCH'),
        environment: null,
        buildUrl: value(env, 'BUILDKITE_BUILD_URL'),
      };
    },
  },
  // https://circleci.com/docs/reference/variables/ (built-in environment variables).
  {
    name: 'CircleCI',
    detect: 'CIRCLECI',
    read: (env) => ({
      commit: value(env, 'CIRCLE_SHA1'),
      branch: value(env, 'CIRCLE_BRANCH'),
      environment: null,
      buildUrl: value(env, 'CIRCLE_BUILD_URL'),
    }),
  },
  // https://learn.microsoft.com/en-us/azure/devops/pipelines/build/variables — variables reach scripts
  // upper-cased with dots as underscores (Build.SourceBranch -> BUILD_SOURCEBRANCH).
  // SYSTEM_PULLREQUEST_SOURCEBRANCH: a pull request's source branch (short or refs/heads/ form);
  // ENVIRONMENT_NAME: Environment.Name of a deployment job
  // (https://learn.microsoft.com/en-us/azure/devops/pipelines/process/deployment-jobs).
  {
    name: 'Azure Pipelines',
    detect: 'TF_BUILD',
    read: (env) => {
      // SYSTEM_COLLECTIONURI: "https://dev.azure.com/ORGANIZATION/", with its closing slash.
      const collection = withoutTrailingSlashes(value(env, 'SYSTEM_COLLECTIONURI'));
      const project = value(env, 'SYSTEM_TEAMPROJECT');
      const build = value(env, 'BUILD_BUILDID');
      const page = `/${encodeURIComponent(project ?? '')}/_build/results?buildId=${encodeURIComponent(build ?? '')}`;
      return {
        commit: value(env, 'BUILD_SOURCEVERSION'),
        branch: branchOfRef(first(env, 'SYSTEM_PULLREQUEST_SOURCEBRANCH', 'BUILD_SOURCEBRANCH')),
        environment: value(env, 'ENVIRONMENT_NAME'),
        buildUrl: collection && project && build ? `${collection}${page}` : null,
      };
    },
  },
  // https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables (BUILD_URL, JENKINS_URL);
  // multibranch CHANGE_BRANCH / BRANCH_NAME: https://www.jenkins.io/doc/book/pipeline/multibranch/;
  // GIT_COMMIT / GIT_LOCAL_BRANCH / GIT_BRANCH ("origin/main"): https://plugins.jenkins.io/git/ .
  {
    name: 'Jenkins',
    detect: 'JENKINS_URL',
    read: (env) => {
      const remote = value(env, 'GIT_BRANCH');
      return {
        commit: value(env, 'GIT_COMMIT'),
        branch:
          first(env, 'CHANGE_BRANCH', 'BRANCH_NAME', 'GIT_LOCAL_BRANCH') ??
          (remote === null ? null : remote.replace(/^origin\//, '') || null),
        environment: null,
        buildUrl: value(env, 'BUILD_URL'),
      };
    },
  },
];

/** What the environment says of the run: the first CI recognised, then SWARMLENS_* overrides. A value
 *  over its limit (CI_LIMITS), holding a control character, or a build URL that is not http(s), is left
 *  out (null) rather than sent for the server to refuse. */
export function ciMetadata(env: Env): CiMetadata {
  const rule = CI_RULES.find((r) => value(env, r.detect) !== null) ?? null;
  const read = rule?.read(env) ?? { commit: null, branch: null, environment: null, buildUrl: null };
  return {
    ci: rule?.name ?? null,
    commit: clean(value(env, 'SWARMLENS_COMMIT') ?? read.commit, CI_LIMITS.commit),
    branch: clean(value(env, 'SWARMLENS_BRANCH') ?? read.branch, CI_LIMITS.branch),
    environment: clean(value(env, 'SWARMLENS_ENVIRONMENT') ?? read.environment, CI_LIMITS.environment),
    buildUrl: httpUrl(clean(value(env, 'SWARMLENS_BUILD_URL') ?? read.buildUrl, CI_LIMITS.buildUrl)),
  };
}

function clean(text: string | null, limit: number): string | null {
  if (text === null || text.length > limit || /[\u0000-\u001f\u007f]/.test(text)) return null;
  return text;
}

function httpUrl(text: string | null): string | null {
  return text !== null && /^https?:\/\/[^\s/]/i.test(text) ? text : null;
}
