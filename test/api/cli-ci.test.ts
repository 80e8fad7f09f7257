// `swarmlens compare RUN_ID --server` and `swarmlens check RUN_ID --server` against the app's routes: the server
// picks the baseline (latest:branch=main), --format pr links the comparison page, check --set uses the project's
// stored set and writes JUnit, refusals are one line and exit 2.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { routeServer, type RouteServer } from '../support/route-server';

const work = mkdtempSync(join(tmpdir(), 'swarmlens-cli-ci-'));
process.env.DATABASE_URL = `file:${join(work, 'c.db')}`;
const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'fixtures/locust-2.12-generated');
let server: RouteServer;
const ids: Record<string, string> = {};

function swarmlens(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/swarmlens.mjs'), ...args], {
      env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  server = await routeServer({
    '/api/runs': await import('../../app/api/runs/route'),
    '/api/runs/:id': await import('../../app/api/runs/[id]/route'),
    '/api/runs/:id/baseline': await import('../../app/api/runs/[id]/baseline/route'),
    '/api/runs/:id/check': await import('../../app/api/runs/[id]/check/route'),
    '/api/compare': await import('../../app/api/compare/route'),
    '/api/projects/:id/criteria-sets': await import('../../app/api/projects/[id]/criteria-sets/route'),
    '/api/criteria-sets/:id': await import('../../app/api/criteria-sets/[id]/route'),
  });
  for (const [name, fixture, branch] of [
    ['main', 'smallpool-20u', 'main'],
    ['pr', 'smallpool-40u', 'feature/x'],
  ] as const) {
    const r = await swarmlens(
      ['upload', join(FIXTURES, fixture), '--server', server.base, '--project', 'Shop', '--label', name],
      { SWARMLENS_BRANCH: branch },
    );
    expect(r.code, r.stderr).toBe(0);
    ids[name] = JSON.parse(r.stdout).id;
  }
  const set = {
    name: 'Release',
    criteria: [
      { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.95 },
      { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
    ],
  };
  const res = await fetch(`${server.base}/api/projects/Shop/criteria-sets`, {
    method: 'POST',
    body: JSON.stringify(set),
  });
  expect(res.status).toBe(201);
}, 60_000);
afterAll(() => server?.close());

test('compare --server --baseline latest:branch=main --format pr: the comment, linked to the comparison', async () => {
  const r = await swarmlens([
    ...['compare', ids.pr!, '--server', server.base, '--baseline', 'latest:branch=main', '--format', 'pr'],
  ]);
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stdout.split('\n');
  expect(lines[0]).toBe('<!-- swarmlens -->');
  expect(lines[1]).toMatch(/^### 🔴 NOT READY \(NO-GO\) — Release misses 1 of 2 criteria$/);
  const page = `${server.base}/compare?runs=${ids.main}%2C${ids.pr}&baseline=${ids.main}`;
  expect(lines[3]).toBe(`**pr** against baseline **main** (latest\\:branch=main) · [Full comparison](${page})`);
  expect(r.stdout).toContain('| P95 | 1,900 ms | 4,200 ms | +121% | < 3,000 ms (Release) | ❌ Critical |');
});

test('compare --server json: the comparison with the resolved baseline; md: the server’s report', async () => {
  const json = await swarmlens(['compare', ids.pr!, '--server', server.base, '--baseline', `id:${ids.main}`]);
  expect(json.code, json.stderr).toBe(0);
  const c = JSON.parse(json.stdout);
  expect(c.runs.map((r: { id: string }) => r.id)).toEqual([ids.main, ids.pr]);
  expect(c.resolvedBaseline).toMatchObject({ runId: ids.main, spec: `id:${ids.main}`, targetRunId: ids.pr });
  const md = await swarmlens(['compare', ids.pr!, '--server', server.base, '--format', 'md']);
  expect(md.stdout).toMatch(/^# Load test comparison: main vs pr/);
});

test('compare --server --criteria FILE: the file’s set judged by the server, in the comment', async () => {
  const file = join(work, 'strict.json');
  const set = { name: 'Strict', criteria: [{ metric: 'failures', scope: 'aggregate', op: '==', target: 0 }] };
  (await import('node:fs')).writeFileSync(file, JSON.stringify(set));
  const args = ['compare', ids.pr!, '--server', server.base, '--baseline', 'latest:branch=main'];
  const r = await swarmlens([...args, '--criteria', file, '--format', 'pr']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('- **Strict: NO-GO** (0 of 1 met):');
  expect(r.stdout).toContain('- **Release: NO-GO** (1 of 2 met):');
  const json = JSON.parse((await swarmlens([...args, '--criteria', file])).stdout);
  expect(json.criteria.map((c: { name: string }) => c.name)).toEqual(['Release', 'Strict']);
  expect((await swarmlens([...args, '--criteria', file, '--format', 'md'])).code).toBe(2);
});

test('compare --server --criteria FILE: a latency beyond its limit is marked as compare marks it', async () => {
  const file = join(work, 'latency.json');
  const set = { name: 'Latency', criteria: [{ metric: 'medianMs', scope: 'aggregate', op: '<', target: 100 }] };
  (await import('node:fs')).writeFileSync(file, JSON.stringify(set));
  type Row = { metric: string; status: string; reason: string; beyondCriterion?: string };
  const rowOf = (stdout: string, metric: string) =>
    (JSON.parse(stdout).summary as Row[]).find((r) => r.metric === metric)!;
  const args = ['compare', ids.pr!, '--server', server.base, '--baseline', 'latest:branch=main', '--criteria', file];
  const onServer = await swarmlens(args);
  expect(onServer.code, onServer.stderr).toBe(0);
  const median = rowOf(onServer.stdout, 'medianMs');
  expect(median.beyondCriterion).toBe('beyond the Latency limit of 100 ms');
  expect(['warning', 'critical']).toContain(median.status);
  expect(median.reason).toMatch(/^beyond the Latency limit of 100 ms; /);
  // The project's own set still names p95 (its limit, 3,000 ms); the file's set has none there.
  expect(rowOf(onServer.stdout, 'p95Ms').beyondCriterion).toBe('beyond the Release limit of 3,000 ms');
  const local = await swarmlens([
    ...['compare', join(FIXTURES, 'smallpool-20u'), join(FIXTURES, 'smallpool-40u'), '--criteria', file],
  ]);
  expect(local.code, local.stderr).toBe(0);
  const { status, reason, beyondCriterion } = rowOf(local.stdout, 'medianMs');
  expect({ status: median.status, reason: median.reason, beyondCriterion }).toEqual({
    status,
    reason,
    beyondCriterion,
  });
});

test('check --server --set NAME --junit: the stored set, exit 1, JUnit with the failure', async () => {
  const junit = join(work, 'gate.xml');
  const r = await swarmlens(['check', ids.pr!, '--server', server.base, '--set', 'Release', '--junit', junit]);
  expect(r.code, r.stderr).toBe(1);
  expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'NO-GO', name: 'Release' });
  const xml = readFileSync(junit, 'utf8');
  expect(xml).toContain('<testsuite name="Release" tests="2" failures="1" errors="0" skipped="0"');
  expect(xml).toContain('<failure message="p95 4,200 ms, target &lt; 3,000 ms" type="must">');
  expect(xml).toContain(`<property name="runId" value="${ids.pr}"/>`);
  const main = await swarmlens(['check', ids.main!, '--server', server.base, '--set', 'Release']);
  expect(main.code, main.stderr).toBe(0);
});

test('check --server --criteria FILE --baseline latest: a relative gate against the resolved baseline', async () => {
  const file = join(work, 'relative.json');
  const set = {
    name: 'No slower',
    criteria: [{ metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1 }],
  };
  (await import('node:fs')).writeFileSync(file, JSON.stringify(set));
  const r = await swarmlens([
    'check',
    ids.pr!,
    '--server',
    server.base,
    '--criteria',
    file,
    '--baseline',
    'latest:branch=main',
  ]);
  expect(r.code, r.stderr).toBe(1);
  expect(JSON.parse(r.stdout).results[0]).toMatchObject({ met: false, current: expect.closeTo(2.25, 2) });
});

test.each([
  [['compare', 'RUN', '--server', 'S', '--baseline', '2'], /give id:RUN_ID, latest:KEY=VALUE,... or rule:NAME/],
  [['compare', 'RUN', '--baseline', 'latest:branch=main'], /give at least two RUNs|names a stored run/],
  [
    ['check', 'RUN', '--server', 'http://127.0.0.1:1', '--set', 'X', '--criteria', 'f'],
    /give --set NAME .* or --criteria/,
  ],
  [['check', 'RUN', '--criteria', 'f', '--baseline', 'latest:users=x'], /users must be a positive number/],
  [['check', 'RUN', '--set', 'Release'], /--set NAME reads a stored set: give --server URL/],
])('%j: exit 2, one line', async (args, message) => {
  const r = await swarmlens(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
});

test('no baseline on the server: exit 2 with its sentence', async () => {
  const r = await swarmlens(['compare', ids.pr!, '--server', server.base, '--baseline', 'latest:branch=release']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /^swarmlens: compare: baseline: the server answered 404: no run on branch release before run/,
  );
});

test('with files: --baseline PATH is the baseline, --format pr has no link; check --junit writes the XML', async () => {
  const [before, after] = [join(FIXTURES, 'smallpool-20u'), join(FIXTURES, 'smallpool-40u')];
  const pr = await swarmlens(['compare', after, '--baseline', before, '--format', 'pr']);
  expect(pr.code, pr.stderr).toBe(0);
  expect(pr.stdout.split('\n')[3]).toMatch(/^\*\*smallpool-40u\*\* against baseline \*\*smallpool-20u\*\* \(/);
  expect(pr.stdout).toContain('(no server: no link)');
  const file = join(work, 'files.json');
  const set = { name: 'Files', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }] };
  (await import('node:fs')).writeFileSync(file, JSON.stringify(set));
  const junit = join(work, 'files.xml');
  const r = await swarmlens(['check', after, '--criteria', file, '--baseline', before, '--junit', junit]);
  expect(r.code).toBe(1);
  expect(readFileSync(junit, 'utf8')).toContain('<testsuite name="Files" tests="1" failures="1"');
});
