// The CI integration for real (issue 18): integrations/ci/swarmlens-ci.sh — what action.yml and
// docs/gitlab-ci-swarmlens.yml run — with a real Locust loading a small target, this Swarmlens (access control on, an
// editor API token), and a fake GitHub / GitLab REST API. A push to main stores the baseline; a pull request's job
// gates (exit code, JUnit), compares with latest:branch=main and posts one comment, which its next job updates; a
// GitLab merge-request job with no matching baseline posts a note saying why, updated in place afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminSecretContext } from './support/accounts';
import { fakeForge, type FakeForge } from './support/fake-forge';
import { locustPython, startTarget } from './support/locust-process';

const ROOT = join(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'integrations/ci/swarmlens-ci.sh');
const POST = join(ROOT, 'integrations/ci/post-comment.mjs');
const LOCUSTFILE = join(ROOT, 'e2e/support/locust/ci_locustfile.py');
const PROJECT = 'CI action e2e';
const MARKER = '<!-- swarmlens -->';

let api: APIRequestContext;
let token = '';
let target: Server;
let host = '';
let forge: FakeForge;
let work = '';
let base = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright, baseURL }) => {
  base = baseURL!;
  api = await adminSecretContext(playwright, base);
  const made = await api.post('/api/tokens', { data: { name: 'ci action e2e', role: 'editor' } });
  expect(made.status(), await made.text()).toBe(201);
  token = (await made.json()).token;
  target = await startTarget(0);
  host = `http://127.0.0.1:${(target.address() as { port: number }).port}`;
  forge = await fakeForge();
  work = mkdtempSync(join(tmpdir(), 'swarmlens-ci-e2e-'));
  writeFileSync(join(work, 'go.json'), JSON.stringify(gate('Smoke', 'successRate', '>=', 0.5)));
  writeFileSync(join(work, 'no-failures.json'), JSON.stringify(gate('No failures', 'failures', '==', 0)));
});
test.afterAll(async () => {
  await forge?.close();
  await new Promise((resolve) => target?.close(resolve));
  await api?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});

function gate(name: string, metric: string, op: string, value: number) {
  return { name, criteria: [{ metric, scope: 'aggregate', op, target: value }] };
}

/** The script as a CI job runs it: only PATH, HOME and the given variables (none of the machine's CI's). */
function job(env: Record<string, string>, out: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const vars: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      LANG: 'C.UTF-8',
      SWARMLENS_SERVER: base,
      SWARMLENS_TOKEN: token,
      SWARMLENS_PROJECT: PROJECT,
      SWARMLENS_LOCUSTFILE: LOCUSTFILE,
      SWARMLENS_HOST: host,
      SWARMLENS_USERS: '4',
      SWARMLENS_RUN_TIME: '4s',
      SWARMLENS_LOCUST: `${locustPython()} -m locust`,
      SWARMLENS_OUT: join(work, out),
      ...env,
    };
    const child = spawn('bash', [SCRIPT], { env: vars, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const GITHUB = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SERVER_URL: 'https://github.example',
  GITHUB_RUN_ID: '77',
  GITHUB_TOKEN: 'gh-fake-token',
};
let baselineRunId = '';

test('a push to main: stored, gated GO (exit 0), no pull request to comment on', async () => {
  test.setTimeout(120_000);
  const github = {
    GITHUB_API_URL: forge.url,
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_SHA: 'a'.repeat(40),
  };
  const r = await job({ ...GITHUB, ...github, SWARMLENS_CRITERIA: join(work, 'go.json') }, 'push');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain('gate: GO (exit 0)');
  expect(r.stderr).toContain('swarmlens-ci: not a pull request: no comment posted');
  baselineRunId = /run stored: \S+\/runs\/(\S+)/.exec(r.stderr)![1]!;
  const run = await (await api.get(`/api/runs/${baselineRunId}`)).json();
  expect(run.meta).toMatchObject({ branch: 'main', commit: 'a'.repeat(40), source: 'cli', userCount: 4 });
  expect(run.project.name).toBe(PROJECT);
  const junit = readFileSync(join(work, 'push/junit.xml'), 'utf8');
  expect(junit).toContain('<testsuite name="Smoke" tests="1" failures="0" errors="0" skipped="0"');
  expect(forge.requests).toEqual([]);
});

test('a pull request: NO-GO (exit 1), one comment against main, updated by the next job', async () => {
  test.setTimeout(200_000);
  const event = join(work, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
  const pr = {
    ...GITHUB,
    GITHUB_API_URL: forge.url,
    GITHUB_EVENT_PATH: event,
    GITHUB_HEAD_REF: 'feature/x',
    GITHUB_SHA: 'b'.repeat(40),
    SWARMLENS_CRITERIA: join(work, 'no-failures.json'),
    SWARMLENS_BASELINE: 'latest:branch=main',
  };
  const first = await job(pr, 'pr-1');
  expect(first.code, first.stderr).toBe(1);
  expect(first.stderr).toContain('gate: NO-GO (exit 1)');
  const comments = forge.threads.get('github:7')!;
  expect(comments).toHaveLength(1);
  const body = comments[0]!.body;
  expect(body.split('\n')[0]).toBe(MARKER);
  expect(body).toMatch(/^### 🔴 NOT READY \(NO-GO\) — No failures misses 1 of 1 criterion$/m);
  expect(body).toContain('- **No failures: NO-GO** (0 of 1 met):');
  expect(body).toContain(`(latest\\:branch=main) · [Full comparison](${base}/compare?runs=${baselineRunId}%2C`);
  expect(body).toContain('| Success rate |');
  const junit = readFileSync(join(work, 'pr-1/junit.xml'), 'utf8');
  expect(junit).toMatch(/<failure message="Failures [\d,]+, target = 0" type="must">/);
  expect(forge.requests.every((q) => q.token === 'gh-fake-token')).toBe(true);

  const second = await job(pr, 'pr-2');
  expect(second.code, second.stderr).toBe(1);
  expect(second.stderr).toMatch(/comment \d+ updated on pull request #7/);
  expect(forge.threads.get('github:7')).toHaveLength(1);
  expect(forge.threads.get('github:7')![0]!.body).not.toBe(body);
  expect(forge.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
  expect(forge.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
});

test('a GitLab merge request without a matching baseline: a note saying why, then updated in place', async () => {
  test.setTimeout(120_000);
  forge.threads.set('gitlab:3', [
    { id: 1, body: `${MARKER} mentioned by the system`, system: true },
    { id: 2, body: 'looks good to me' },
  ]);
  const gitlab = {
    GITLAB_CI: 'true',
    CI_API_V4_URL: `${forge.url}/api/v4`,
    CI_PROJECT_ID: '42',
    CI_MERGE_REQUEST_IID: '3',
    CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/y',
    CI_COMMIT_SHA: 'c'.repeat(40),
    SWARMLENS_GITLAB_TOKEN: 'gl-fake-token',
    SWARMLENS_CRITERIA: join(work, 'go.json'),
    SWARMLENS_BASELINE: 'latest:branch=release',
  };
  const r = await job(gitlab, 'mr');
  expect(r.code, r.stderr).toBe(0);
  const notes = forge.threads.get('gitlab:3')!;
  expect(notes).toHaveLength(3);
  expect(notes[2]!.body).toMatch(/^<!-- swarmlens -->\n### Load test: GO\n/);
  expect(notes[2]!.body).toContain('no run on branch release before run');
  const updated = join(work, 'updated.md');
  writeFileSync(updated, `${MARKER}\nsecond`);
  const again = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, [POST, updated], {
      env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', ...gitlab },
      stdio: 'ignore',
    }).on('close', resolve),
  );
  expect(again).toBe(0);
  expect(forge.threads.get('gitlab:3')!.map((n) => n.body)).toEqual([
    `${MARKER} mentioned by the system`,
    'looks good to me',
    `${MARKER}\nsecond`,
  ]);
  expect(forge.requests.filter((q) => q.path.startsWith('/api/v4/')).every((q) => q.token === 'gl-fake-token')).toBe(
    true,
  );
});
