"""The CI metadata of a run from the environment CI sets: commit, branch, environment, job page.

A line-for-line copy of lib/domain/ci/ci-env.ts (the `swarmlens upload` side) and of the build default of
cli/build-option.ts; both languages are tested against one fixture (tests/ci_env_cases.json) so they cannot
drift. SWARMLENS_COMMIT / _BRANCH / _ENVIRONMENT / _BUILD_URL, when set, win over what the CI says.
Pure: reads only the mapping it is given.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Mapping, Optional, Tuple
from urllib.parse import quote

#: Longest values sent, in characters (the server refuses longer ones: lib/server/schemas/run-meta.ts).
CI_LIMITS = {"commit": 100, "branch": 255, "environment": 100, "buildUrl": 2000}

Env = Mapping[str, str]
Read = Dict[str, Optional[str]]

_CONTROL = re.compile("[\x00-\x1f\x7f]")
_HTTP_URL = re.compile(r"https?://[^\s/]", re.IGNORECASE)


def _value(env: Env, name: str) -> Optional[str]:
    v = (env.get(name) or "").strip()
    return v or None


def _first(env: Env, *names: str) -> Optional[str]:
    for name in names:
        v = _value(env, name)
        if v is not None:
            return v
    return None


def _without_trailing_slashes(text: Optional[str]) -> Optional[str]:
    return None if text is None else text.rstrip("/")


def _branch_of_ref(ref: Optional[str]) -> Optional[str]:
    """A Git ref as a branch name: refs/heads/ dropped; a tag or pull-request ref is no branch (None)."""
    if ref is None or ref.startswith("refs/tags/") or ref.startswith("refs/pull/"):
        return None
    return (ref[len("refs/heads/") :] or None) if ref.startswith("refs/heads/") else ref


def _encode_uri_component(text: str) -> str:
    """JavaScript's encodeURIComponent: UTF-8, everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) escaped."""
    return quote(text, safe="-_.!~*'()")


# https://docs.github.com/en/actions/reference/workflows-and-actions/variables (default environment variables).
def _github(env: Env) -> Read:
    server = _value(env, "GITHUB_SERVER_URL")
    repo = _value(env, "GITHUB_REPOSITORY")
    run = _value(env, "GITHUB_RUN_ID")
    branch = _value(env, "GITHUB_HEAD_REF")
    if branch is None and _value(env, "GITHUB_REF_TYPE") != "tag":
        branch = _value(env, "GITHUB_REF_NAME")
    url = f"{_without_trailing_slashes(server)}/{repo}/actions/runs/{run}" if server and repo and run else None
    return {"commit": _value(env, "GITHUB_SHA"), "branch": branch, "environment": None, "buildUrl": url}


# https://docs.gitlab.com/ci/variables/predefined_variables/
def _gitlab(env: Env) -> Read:
    return {
        "commit": _value(env, "CI_COMMIT_SHA"),
        "branch": _first(env, "CI_COMMIT_BRANCH", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"),
        "environment": _value(env, "CI_ENVIRONMENT_NAME"),
        "buildUrl": _first(env, "CI_JOB_URL", "CI_PIPELINE_URL"),
    }


# https://buildkite.com/docs/pipelines/configure/environment-variables ("HEAD" is no commit).
def _buildkite(env: Env) -> Read:
    commit = _value(env, "BUILDKITE_COMMIT")
    return {
        "commit": None if commit == "HEAD" else commit,
        "branch": _value(env, "BUILDKITE_BRANCH"),
        "environment": None,
        "buildUrl": _value(env, "BUILDKITE_BUILD_URL"),
    }


# https://circleci.com/docs/reference/variables/
def _circleci(env: Env) -> Read:
    return {
        "commit": _value(env, "CIRCLE_SHA1"),
        "branch": _value(env, "CIRCLE_BRANCH"),
        "environment": None,
        "buildUrl": _value(env, "CIRCLE_BUILD_URL"),
    }


# https://learn.microsoft.com/en-us/azure/devops/pipelines/build/variables ; ENVIRONMENT_NAME of deployment jobs:
# https://learn.microsoft.com/en-us/azure/devops/pipelines/process/deployment-jobs
def _azure(env: Env) -> Read:
    collection = _without_trailing_slashes(_value(env, "SYSTEM_COLLECTIONURI"))
    project = _value(env, "SYSTEM_TEAMPROJECT")
    build = _value(env, "BUILD_BUILDID")
    url = None
    if collection and project and build:
        url = f"{collection}/{_encode_uri_component(project)}/_build/results?buildId={_encode_uri_component(build)}"
    return {
        "commit": _value(env, "BUILD_SOURCEVERSION"),
        "branch": _branch_of_ref(_first(env, "SYSTEM_PULLREQUEST_SOURCEBRANCH", "BUILD_SOURCEBRANCH")),
        "environment": _value(env, "ENVIRONMENT_NAME"),
        "buildUrl": url,
    }


# https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables ;
# https://www.jenkins.io/doc/book/pipeline/multibranch/ ; https://plugins.jenkins.io/git/
def _jenkins(env: Env) -> Read:
    branch = _first(env, "CHANGE_BRANCH", "BRANCH_NAME", "GIT_LOCAL_BRANCH")
    remote = _value(env, "GIT_BRANCH")
    if branch is None and remote is not None:
        branch = (remote[len("origin/") :] if remote.startswith("origin/") else remote) or None
    return {
        "commit": _value(env, "GIT_COMMIT"),
        "branch": branch,
        "environment": None,
        "buildUrl": _value(env, "BUILD_URL"),
    }


#: (name, the variable set only under that CI, reader), in the order they are tried (as CI_RULES in TypeScript).
CI_RULES: List[Tuple[str, str, Callable[[Env], Read]]] = [
    ("GitHub Actions", "GITHUB_ACTIONS", _github),
    ("GitLab CI", "GITLAB_CI", _gitlab),
    ("Buildkite", "BUILDKITE", _buildkite),
    ("CircleCI", "CIRCLECI", _circleci),
    ("Azure Pipelines", "TF_BUILD", _azure),
    ("Jenkins", "JENKINS_URL", _jenkins),
]


def _clean(text: Optional[str], limit: int) -> Optional[str]:
    if text is None or len(text) > limit or _CONTROL.search(text):
        return None
    return text


def ci_metadata(env: Env) -> Dict[str, Optional[str]]:
    """{ci, commit, branch, environment, buildUrl}: the first CI recognised, then the SWARMLENS_* overrides.
    A value over its limit, holding a control character, or a build URL that is not http(s), is None."""
    rule = next((r for r in CI_RULES if _value(env, r[1]) is not None), None)
    read: Read = rule[2](env) if rule else {"commit": None, "branch": None, "environment": None, "buildUrl": None}
    build_url = _clean(_value(env, "SWARMLENS_BUILD_URL") or read["buildUrl"], CI_LIMITS["buildUrl"])
    return {
        "ci": rule[0] if rule else None,
        "commit": _clean(_value(env, "SWARMLENS_COMMIT") or read["commit"], CI_LIMITS["commit"]),
        "branch": _clean(_value(env, "SWARMLENS_BRANCH") or read["branch"], CI_LIMITS["branch"]),
        "environment": _clean(_value(env, "SWARMLENS_ENVIRONMENT") or read["environment"], CI_LIMITS["environment"]),
        "buildUrl": build_url if build_url is not None and _HTTP_URL.match(build_url) else None,
    }


#: As cli/build-option.ts BUILD_ENV: SWARMLENS_BUILD first, then each CI's own commit variable.
BUILD_ENV = [
    "SWARMLENS_BUILD",
    "CI_COMMIT_SHORT_SHA",
    "GITHUB_SHA",
    "CIRCLE_SHA1",
    "BITBUCKET_COMMIT",
    "BUILDKITE_COMMIT",
    "GIT_COMMIT",
]
_FULL_SHA = re.compile(r"[0-9a-fA-F]{40}")


def build_of(env: Env) -> Optional[str]:
    """The build `swarmlens upload` would send without --build: a CI's full 40-hex commit cut to 7 characters."""
    for name in BUILD_ENV:
        value = _value(env, name)
        if value is None:
            continue
        return value[:7] if name != "SWARMLENS_BUILD" and _FULL_SHA.fullmatch(value) else value
    return None
