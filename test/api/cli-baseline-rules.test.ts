// `--baseline rule:NAME` on the command line: `compare --server` and `check --server` send it to the server, which
// resolves the project's rule (GET /api/runs/:id/baseline?spec=rule:NAME); an unknown rule is exit 2 with the
// server's sentence; without --server a rule names stored runs and is a usage error.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { routeServer, type RouteServer } from '../support/route-server';

const work = mkdtempSync(join(tmpdir(), 'swarmlens-cli-rules-'));
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
    '/api/projects/:id/baseline-rules': await import('../../app/api/projects/[id]/baseline-rules/route'),
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
  for (const rule of [
    { name: 'pinned-main', kind: 'pinned', runId: ids.main },
    { name: 'latest-main', kind: 'latest', spec: 'branch=main' },
  ]) {
    const res = await fetch(`${server.base}/api/projects/Shop/baseline-rules`, {
      method: 'POST',
      body: JSON.stringify(rule),
    });
    expect(res.status, await res.text()).toBe(201);
  }
}, 60_000);
afterAll(() => server?.close());

test('compare --server --baseline rule:NAME: the rule’s run; json says the rule and why', async () => {
  const json = await swarmlens(['compare', ids.pr!, '--server', server.base, '--baseline', 'rule:pinned-main']);
  expect(json.code, json.stderr).toBe(0);
  const c = JSON.parse(json.stdout);
  expect(c.runs.map((r: { id: string }) => r.id)).toEqual([ids.main, ids.pr]);
  expect(c.resolvedBaseline).toMatchObject({
    runId: ids.main,
    spec: 'rule:pinned-main',
    rule: { name: 'pinned-main', kind: 'pinned' },
    reason: 'rule "pinned-main" pins run “main”',
  });
  const pr = await swarmlens([
    ...['compare', ids.pr!, '--server', server.base, '--baseline', 'rule:latest-main', '--format', 'pr'],
  ]);
  expect(pr.code, pr.stderr).toBe(0);
  expect(pr.stdout.split('\n')[3]).toMatch(/^\*\*pr\*\* against baseline \*\*main\*\* \(rule\\:latest-main\) · /);
});

test('check --server --criteria FILE --baseline rule:NAME: relative criteria against the rule’s run', async () => {
  const file = join(work, 'relative.json');
  const set = {
    name: 'No slower',
    criteria: [{ metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1 }],
  };
  writeFileSync(file, JSON.stringify(set));
  const r = await swarmlens([
    ...['check', ids.pr!, '--server', server.base, '--criteria', file, '--baseline', 'rule:latest-main'],
  ]);
  expect(r.code, r.stderr).toBe(1);
  expect(JSON.parse(r.stdout).results[0]).toMatchObject({ met: false, current: expect.closeTo(2.25, 2) });
});

test.each([
  [
    ['compare', 'PR', '--server', 'S', '--baseline', 'rule:nope'],
    /^swarmlens: compare: baseline: the server answered 404: project Shop has no baseline rule "nope" \(its rules: /,
  ],
  [
    ['check', 'PR', '--server', 'S', '--criteria', 'F', '--baseline', 'rule:nope'],
    /the server answered 404: project Shop has no baseline rule "nope" \(its rules: latest-main, pinned-main\)/,
  ],
  [['compare', 'A', 'B', '--baseline', 'rule:x'], /names a stored run: give --server URL/],
  [['check', 'A', '--criteria', 'F', '--baseline', 'rule:x'], /names a stored run: give --server URL/],
  [['compare', 'PR', '--server', 'S', '--baseline', 'rule:Bad Name'], /a rule name is 1 to 63 lower-case/],
])('%j: exit 2, one line', async (args, message) => {
  const file = join(work, 'relative.json');
  const real = args.map((a) => (a === 'PR' ? ids.pr! : a === 'S' ? server.base : a === 'F' ? file : a));
  const r = await swarmlens(real);
  expect(r.code, r.stdout).toBe(2);
  expect(r.stderr).toMatch(message);
});
