#!/usr/bin/env node
// Posts FILE (a `swarmlens compare --format pr` comment) on the pull request or merge request the CI job runs for,
// or updates the comment it posted before: the one whose body holds the marker `<!-- swarmlens -->`
// (SWARMLENS_COMMENT_MARKER to change it). Used by integrations/ci/swarmlens-ci.sh.
//
// GitHub Actions (GITHUB_ACTIONS): GITHUB_TOKEN (pull-requests: write), GITHUB_REPOSITORY, the pull request's number
//   from the event (GITHUB_EVENT_PATH: pull_request.number) or SWARMLENS_PR_NUMBER; GITHUB_API_URL (default
//   https://api.github.com). REST: issues/NUMBER/comments (list, create), issues/comments/ID (update).
// GitLab CI (GITLAB_CI): SWARMLENS_GITLAB_TOKEN (a project or personal access token with the api scope: the job token
//   may not write notes), CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID (merge request pipelines). REST:
//   projects/ID/merge_requests/IID/notes (list, create), .../notes/NOTE_ID (update).
// Exit 0 when posted, updated, or when there is nothing to post on (no pull / merge request: said on stderr);
// 1 when the API refused (its status and message on stderr). Node 20+, no dependency.
import { readFileSync } from 'node:fs';

const env = process.env;
const MARKER = env.SWARMLENS_COMMENT_MARKER || '<!-- swarmlens -->';
/** The URL without its closing slashes (no regexp: user text). */
const trimSlashes = (url) => {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
};
const say = (text) => process.stderr.write(`swarmlens-ci: ${text}\n`);

async function api(method, url, headers, body) {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'swarmlens-ci', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`);
  return { json: text ? JSON.parse(text) : null, headers: res.headers };
}

/** Every page of a list (100 a page), up to 50 pages. */
async function listAll(url, headers) {
  const all = [];
  for (let page = 1; page <= 50; page++) {
    const { json } = await api('GET', `${url}${url.includes('?') ? '&' : '?'}per_page=100&page=${page}`, headers);
    if (!Array.isArray(json) || json.length === 0) break;
    all.push(...json);
    if (json.length < 100) break;
  }
  return all;
}

function pullRequestNumber() {
  if (env.SWARMLENS_PR_NUMBER) return env.SWARMLENS_PR_NUMBER;
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    return event.pull_request?.number ?? event.issue?.number ?? null;
  } catch {
    return null;
  }
}

async function github(body) {
  const number = pullRequestNumber();
  if (!number) return say('not a pull request: no comment posted');
  if (!env.GITHUB_TOKEN) return say('no GITHUB_TOKEN: no comment posted');
  const base = `${trimSlashes(env.GITHUB_API_URL || 'https://api.github.com')}/repos/${env.GITHUB_REPOSITORY}`;
  const headers = {
    Authorization: `Bearer ${env.GITHUB_TOKEN}`,
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
  };
  const mine = (await listAll(`${base}/issues/${number}/comments`, headers)).find((c) => c.body?.includes(MARKER));
  if (mine) {
    await api('PATCH', `${base}/issues/comments/${mine.id}`, headers, { body });
    say(`comment ${mine.id} updated on pull request #${number}`);
  } else {
    const { json } = await api('POST', `${base}/issues/${number}/comments`, headers, { body });
    say(`comment ${json?.id} posted on pull request #${number}`);
  }
}

async function gitlab(body) {
  const iid = env.CI_MERGE_REQUEST_IID;
  if (!iid) return say('not a merge request pipeline: no note posted');
  if (!env.SWARMLENS_GITLAB_TOKEN) return say('no SWARMLENS_GITLAB_TOKEN: no note posted');
  const base = `${trimSlashes(env.CI_API_V4_URL ?? '')}/projects/${encodeURIComponent(env.CI_PROJECT_ID)}`;
  const notes = `${base}/merge_requests/${iid}/notes`;
  const headers = { 'PRIVATE-TOKEN': env.SWARMLENS_GITLAB_TOKEN };
  const mine = (await listAll(notes, headers)).find((n) => !n.system && n.body?.includes(MARKER));
  if (mine) {
    await api('PUT', `${notes}/${mine.id}`, headers, { body });
    say(`note ${mine.id} updated on merge request !${iid}`);
  } else {
    const { json } = await api('POST', notes, headers, { body });
    say(`note ${json?.id} posted on merge request !${iid}`);
  }
}

const file = process.argv[2];
if (!file) {
  say('usage: post-comment.mjs FILE');
  process.exit(2);
}
const body = readFileSync(file, 'utf8');
try {
  if (env.GITHUB_ACTIONS) await github(body);
  else if (env.GITLAB_CI) await gitlab(body);
  else say('neither GitHub Actions nor GitLab CI: no comment posted');
} catch (e) {
  say(`the comment was not posted: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
