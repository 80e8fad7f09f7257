// The Locust plugin in Locust's other modes (issue 18): distributed (a master and one worker on loopback; the
// master sends, the worker never) and the web UI's Stop through Locust's own HTTP API (the test is sent while
// Locust keeps running). Counts equal Locust's own: the master's --csv, the web UI's /stats/requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { aggregatedOfCsv, pluginLines, PORTS, runLocust, waitForHttp } from './support/locust-process';
import { GITLAB, TARGET, pluginSession, type PluginSession } from './support/locust-swarmlens';

let session: PluginSession;
test.beforeAll(async ({ playwright, baseURL }) => {
  session = await pluginSession(playwright, baseURL!, 'locust plugin modes e2e');
});
test.afterAll(async () => {
  await session?.close();
});

test.describe.configure({ mode: 'serial' });

test('distributed: the master sends the test of its worker, with the master’s --csv counts', async () => {
  test.setTimeout(120_000);
  const csv = join(session.work, 'master');
  const port = String(PORTS.master);
  const master = runLocust(
    [
      ...['--master', '--master-bind-host', '127.0.0.1', '--master-bind-port', port, '--expect-workers', '1'],
      ...['--headless', '-u', '5', '-r', '5', '-t', '10s', '-H', TARGET, '--csv', csv, '--tags', 'browse'],
      ...session.options('distributed'),
    ],
    {},
  );
  const worker = runLocust(['--worker', '--master-host', '127.0.0.1', '--master-port', port], {});
  const [m, w] = await Promise.all([master.done, worker.done]);
  expect(m.code, m.stderr).toBe(0);
  expect(w.code, w.stderr).toBe(0);
  expect(pluginLines(w.stderr)).toEqual([]); // a worker never sends
  const stored = await session.storedRun(m.stderr);
  const own = aggregatedOfCsv(readFileSync(`${csv}_stats.csv`, 'utf8'));
  expect(own.requests).toBeGreaterThan(50);
  expect({ requests: stored.aggregated.requests, failures: stored.aggregated.failures }).toEqual(own);
  expect(stored.meta).toMatchObject({ source: 'locust-plugin', userCount: 5, label: 'distributed' });
});

test('web UI: Stop through Locust’s HTTP API sends the test; Locust keeps running until asked to quit', async () => {
  test.setTimeout(120_000);
  const ui = `http://127.0.0.1:${PORTS.web}`;
  const locust = runLocust(
    ['--web-host', '127.0.0.1', '--web-port', String(PORTS.web), '-H', TARGET, ...session.options('web ui')],
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
    const stored = await session.storedRun(locust.stderr());
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
