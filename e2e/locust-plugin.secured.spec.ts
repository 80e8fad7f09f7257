// The Locust plugin for real (issue 18): a real Locust process loads a small target with the plugin and sends
// its test to this Swarmlens (access control on, an editor API token). The stored run has Locust's own request
// count (its --csv output of the same test) and every metadata field; with the server unreachable or silent
// Locust still exits with its own exit code and the plugin prints one line. Distributed (a master and a worker
// on loopback) and the web UI's Stop (Locust's HTTP API) send their tests too.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminSecretContext } from './support/accounts';
import {
  aggregatedOfCsv,
  LOCUSTFILE,
  pluginLines,
  PORTS,
  runLocust,
  startTarget,
  waitForHttp,
} from './support/locust-process';

const TARGET = `http://127.0.0.1:${PORTS.target}`;
const PROJECT = 'Locust plugin e2e';
const COMMIT = '3f786850e387550fdab836ed7e6dc881de23001b';
const GITLAB = {
  GITLAB_CI: 'true',
  CI_COMMIT_SHA: COMMIT,
  CI_COMMIT_SHORT_SHA: COMMIT.slice(0, 8),
  CI_COMMIT_BRANCH: 'main',
  CI_ENVIRONMENT_NAME: 'staging',
  CI_JOB_URL: 'https://gitlab.example/acme/shop/-/jobs/4242',
};

let target: Server;
let api: APIRequestContext;
let token = '';
let base = '';
let work = '';

test.beforeAll(async ({ playwright, baseURL }) => {
  base = baseURL!;
  target = await startTarget(PORTS.target);
  api = await adminSecretContext(playwright, base);
  const made = await api.post('/api/tokens', { data: { name: 'locust plugin e2e', role: 'editor' } });
  expect(made.status(), await made.text()).toBe(201);
  token = (await made.json()).token;
  work = mkdtempSync(join(tmpdir(), 'swarmlens-locust-e2e-'));
});
test.afterAll(async () => {
  await new Promise((resolve) => target?.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

const plugin = (label: string) => [
  '--swarmlens-url',
  base,
  '--swarmlens-token',
  token,
  '--swarmlens-project',
  PROJECT,
  '--swarmlens-label',
  label,
  '--swarmlens-tags',
  'e2e, plugin',
];

/** The run the plugin's one line names, as GET /api/runs/:id answers with the token. */
async function storedRun(stderr: string) {
  const lines = pluginLines(stderr);
  expect(lines, stderr).toHaveLength(1);
  const url = /^swarmlens: run stored: (\S+)$/.exec(lines[0]!)?.[1];
  expect(url, lines[0]).toMatch(new RegExp(`^${base}/runs/run_`));
  const id = url!.split('/').pop()!;
  const res = await api.get(`/api/runs/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  return res.json();
}

test.describe.configure({ mode: 'serial' });

test('headless: the stored run has Locust’s own --csv counts and every metadata field', async () => {
  test.setTimeout(120_000);
  const csv = join(work, 'headless');
  const args = ['--headless', '-u', '5', '-r', '5', '-t', '15s', '-H', TARGET, '--csv', csv];
  const run = runLocust([...args, '--tags', 'browse', 'checkout', ...plugin('headless')], GITLAB);
  const { code, stderr } = await run.done;
  // GET /broken fails: Locust's own exit code for a test with failures.
  expect(code, stderr).toBe(1);
  const stored = await storedRun(stderr);
  const own = aggregatedOfCsv(readFileSync(`${csv}_stats.csv`, 'utf8'));
  expect(own.requests).toBeGreaterThan(100);
  expect(own.failures).toBeGreaterThan(0);
  expect({ requests: stored.aggregated.requests, failures: stored.aggregated.failures }).toEqual(own);
  expect(stored.meta).toMatchObject({
    source: 'locust-plugin',
    commit: COMMIT,
    branch: 'main',
    environment: 'staging',
    buildUrl: GITLAB.CI_JOB_URL,
    build: COMMIT.slice(0, 8), // as swarmlens upload: GitLab's CI_COMMIT_SHORT_SHA
    locustfile: 'locustfile.py',
    locustfileSha256: createHash('sha256').update(readFileSync(LOCUSTFILE)).digest('hex'),
    host: TARGET,
    locustVersion: expect.stringMatching(/^2\.\d+/),
    userCount: 5,
    spawnRate: 5,
    startTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    endTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    locustTags: { tags: ['browse', 'checkout'], excludeTags: null },
  });
  expect(stored.meta).toHaveProperty('profile'); // Locust's --profile (2.35+); null before
  const seconds = (Date.parse(stored.meta.endTime) - Date.parse(stored.meta.startTime)) / 1000;
  expect(seconds).toBeGreaterThan(14);
  expect(seconds).toBeLessThan(20);
  expect(stored).toMatchObject({ meta: { label: 'headless' }, tags: ['e2e', 'plugin'], project: { name: PROJECT } });
  expect(stored.files.map((f: { kind: string }) => f.kind).sort()).toEqual([
    'exceptions',
    'failures',
    'history',
    'stats',
  ]);
  // The full history: a series per endpoint, not only the Aggregated one.
  expect(stored.history.fullHistory).toBe(true);
  const series = await api.get(`/api/runs/${stored.id}/series`, { headers: { Authorization: `Bearer ${token}` } });
  expect((await series.json()).series.map((s: { name: string }) => s.name).sort()).toEqual(['/', '/broken']);
});

test('server unreachable, then silent: Locust’s exit code, one line, the files kept for swarmlens upload', async () => {
  test.setTimeout(120_000);
  const args = ['--headless', '-u', '5', '-r', '5', '-t', '4s', '-H', TARGET, '--tags', 'browse'];
  const refused = runLocust([...args, '--swarmlens-url', `http://127.0.0.1:${PORTS.silent}`], {});
  const first = await refused.done;
  expect(first.code, first.stderr).toBe(0); // no failure: Locust's 0, whatever the upload did
  const [line] = pluginLines(first.stderr);
  expect(pluginLines(first.stderr)).toHaveLength(1);
  expect(line).toMatch(/^swarmlens: upload to http:\/\/127\.0\.0\.1:\d+ failed \(cannot reach .*\); the test's files/);
  const folder = /kept in (\S+) /.exec(line!)![1]!;
  expect(readdirSync(folder).sort()).toEqual([
    'locustfile_exceptions.csv',
    'locustfile_failures.csv',
    'locustfile_stats.csv',
    'locustfile_stats_history.csv',
  ]);
  // They are what `swarmlens upload FOLDER` sends later.
  const form = {
    files: {
      name: 'locustfile_stats.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(folder, 'locustfile_stats.csv')),
    },
  };
  const later = await api.post('/api/runs', { multipart: { ...form, project: PROJECT } });
  expect(later.status(), await later.text()).toBe(201);
  rmSync(folder, { recursive: true, force: true });

  const { createServer } = await import('node:net');
  const sockets: import('node:net').Socket[] = [];
  const silent = createServer((s) => void sockets.push(s)).listen(PORTS.silent, '127.0.0.1');
  try {
    const started = Date.now();
    const hung = runLocust(
      [...args, '--swarmlens-url', `http://127.0.0.1:${PORTS.silent}`, '--swarmlens-timeout', '3'],
      {},
    );
    const second = await hung.done;
    expect(second.code, second.stderr).toBe(0);
    expect((Date.now() - started) / 1000).toBeLessThan(4 + 1.5 + 3 + 8);
    expect(pluginLines(second.stderr)).toEqual([expect.stringMatching(/failed \(no answer within 3 s\)/)]);
    rmSync(/kept in (\S+) /.exec(pluginLines(second.stderr)[0]!)![1]!, { recursive: true, force: true });
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
});

test('distributed: the master sends the test of its worker, with the master’s --csv counts', async () => {
  test.setTimeout(120_000);
  const csv = join(work, 'master');
  const port = String(PORTS.master);
  const master = runLocust(
    [
      ...['--master', '--master-bind-host', '127.0.0.1', '--master-bind-port', port, '--expect-workers', '1'],
      ...['--headless', '-u', '5', '-r', '5', '-t', '10s', '-H', TARGET, '--csv', csv, '--tags', 'browse'],
      ...plugin('distributed'),
    ],
    {},
  );
  const worker = runLocust(['--worker', '--master-host', '127.0.0.1', '--master-port', port], {});
  const [m, w] = await Promise.all([master.done, worker.done]);
  expect(m.code, m.stderr).toBe(0);
  expect(w.code, w.stderr).toBe(0);
  expect(pluginLines(w.stderr)).toEqual([]); // a worker never sends
  const stored = await storedRun(m.stderr);
  const own = aggregatedOfCsv(readFileSync(`${csv}_stats.csv`, 'utf8'));
  expect(own.requests).toBeGreaterThan(50);
  expect({ requests: stored.aggregated.requests, failures: stored.aggregated.failures }).toEqual(own);
  expect(stored.meta).toMatchObject({ source: 'locust-plugin', userCount: 5, label: 'distributed' });
});

test('web UI: Stop through Locust’s HTTP API sends the test; Locust keeps running until asked to quit', async () => {
  test.setTimeout(120_000);
  const ui = `http://127.0.0.1:${PORTS.web}`;
  const locust = runLocust(
    ['--web-host', '127.0.0.1', '--web-port', String(PORTS.web), '-H', TARGET, ...plugin('web ui')],
    GITLAB,
  );
  try {
    await waitForHttp(ui);
    const started = await fetch(`${ui}/swarm`, {
      method: 'POST',
      body: new URLSearchParams({ user_count: '4', spawn_rate: '4', host: TARGET }),
    });
    expect(started.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 6_000));
    expect((await fetch(`${ui}/stop`)).ok).toBe(true);
    const deadline = Date.now() + 30_000;
    while (pluginLines(locust.stderr()).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    const stats = await (await fetch(`${ui}/stats/requests`)).json();
    const aggregated = stats.stats.find((s: { name: string }) => s.name === 'Aggregated');
    const stored = await storedRun(locust.stderr());
    expect(stored.aggregated.requests).toBe(aggregated.num_requests);
    expect(stored.aggregated.failures).toBe(aggregated.num_failures);
    expect(stored.meta).toMatchObject({ source: 'locust-plugin', userCount: 4, branch: 'main', host: TARGET });
    expect(locust.child.exitCode).toBeNull(); // still running after the upload
  } finally {
    locust.child.kill('SIGTERM');
  }
  const { code } = await locust.done;
  expect(code).not.toBeNull();
});
