// The Locust plugin for real (issue 18): a real Locust process loads a small target with the plugin and sends
// its test to this Swarmlens (access control on, an editor API token). The stored run has Locust's own request
// count (its --csv output of the same test) and every metadata field; with the server unreachable or silent
// Locust still exits with its own exit code and the plugin prints one line. Distributed mode and the web UI's
// Stop: locust-plugin-modes.secured.spec.ts.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { aggregatedOfCsv, LOCUSTFILE, pluginLines, PORTS, runLocust } from './support/locust-process';
import { COMMIT, GITLAB, PROJECT, TARGET, pluginSession, type PluginSession } from './support/locust-swarmlens';

let session: PluginSession;
test.beforeAll(async ({ playwright, baseURL }) => {
  session = await pluginSession(playwright, baseURL!, 'locust plugin e2e');
});
test.afterAll(async () => {
  await session?.close();
});

test.describe.configure({ mode: 'serial' });

test('headless: the stored run has Locust’s own --csv counts and every metadata field', async () => {
  test.setTimeout(120_000);
  const csv = join(session.work, 'headless');
  const args = ['--headless', '-u', '5', '-r', '5', '-t', '15s', '-H', TARGET, '--csv', csv];
  const run = runLocust([...args, '--tags', 'browse', 'checkout', ...session.options('headless')], GITLAB);
  const { code, stderr } = await run.done;
  // GET /broken fails: Locust's own exit code for a test with failures.
  expect(code, stderr).toBe(1);
  const stored = await session.storedRun(stderr);
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
  const series = await session.api.get(`/api/runs/${stored.id}/series`);
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
  const later = await session.api.post('/api/runs', { multipart: { ...form, project: PROJECT } });
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
