// `swarmlens upload` in a (simulated) CI job: the run is stored with CI's commit, branch, environment and job
// page, source "cli", and --branch / --environment override what CI says.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cliprov-')), 'api.db')}`;
const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');
const ROOT = join(import.meta.dirname, '../..');
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: Readable.toWeb(req) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const response = await runs.POST(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The CLI with only these CI variables (none of the machine's own CI's). */
function swarmlens(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/swarmlens.mjs'), ...args], {
      env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

const GITHUB = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SHA: '3f786850e387550fdab836ed7e6dc881de23001b',
  GITHUB_REF_NAME: 'main',
  GITHUB_REF_TYPE: 'branch',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '42',
};

test("GitHub Actions' variables reach the run; --environment adds what CI does not say", async () => {
  const run = join(ROOT, 'fixtures/locust-2.12-generated/smallpool-20u');
  const r = await swarmlens(['upload', run, '--server', base, '--environment', 'staging'], GITHUB);
  expect(r.code).toBe(0);
  const { id } = JSON.parse(r.stdout);
  const stored = await (await one.GET(new Request(base), { params: Promise.resolve({ id }) })).json();
  expect(stored.meta).toMatchObject({
    source: 'cli',
    commit: GITHUB.GITHUB_SHA,
    branch: 'main',
    environment: 'staging',
    buildUrl: 'https://github.com/acme/shop/actions/runs/42',
    build: '3f78685',
  });
});

test('--commit and --branch override CI', async () => {
  const run = join(ROOT, 'fixtures/locust-2.12-generated/smallpool-20u');
  const r = await swarmlens(['upload', run, '--server', base, '--commit', 'abc1234', '--branch', 'hotfix'], GITHUB);
  expect(r.code).toBe(0);
  const { id } = JSON.parse(r.stdout);
  const stored = await (await one.GET(new Request(base), { params: Promise.resolve({ id }) })).json();
  expect(stored.meta).toMatchObject({ source: 'cli', commit: 'abc1234', branch: 'hotfix', environment: null });
});
