// `swarmlens upload` against the real route handler served over HTTP on 127.0.0.1.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cliup-')), 'api.db')}`;
const runs = await import('../../app/api/runs/route');
const ROOT = join(import.meta.dirname, '../..');
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === 'POST' ? (Readable.toWeb(req) as ReadableStream) : undefined,
      duplex: 'half',
    } as RequestInit);
    const response = req.method === 'POST' ? await runs.POST(request) : await runs.GET(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function swarmlens(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/swarmlens.mjs'), ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let first = '';

test('uploads a run folder and prints { id, url, duplicateOf }', async () => {
  const r = await swarmlens([
    'upload',
    join(ROOT, 'fixtures/locust-2.12-generated/smallpool-40u'),
    '--server',
    base,
    '--project',
    'CI',
    '--label',
    '40 users',
    '--tags',
    'ci,nightly',
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out).toEqual({ id: expect.stringMatching(/^run_/), url: `${base}/runs/${out.id}`, duplicateOf: [] });
  first = out.id;
  const list = await (await runs.GET(new Request(`${base}/api/runs?tag=nightly`))).json();
  expect(list.items).toMatchObject([{ id: out.id, label: '40 users', projectName: 'CI', requests: 772, failures: 13 }]);
});

test('the same files again: stored, duplicateOf in the JSON, a line on stderr naming the first run', async () => {
  expect(first, 'the first test uploads the run').not.toBe('');
  const r = await swarmlens([
    'upload',
    join(ROOT, 'fixtures/locust-2.12-generated/smallpool-40u'),
    '--server',
    base,
    '--project',
    'CI',
  ]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out).toEqual({ id: expect.stringMatching(/^run_/), url: `${base}/runs/${out.id}`, duplicateOf: [first] });
  expect(out.id).not.toBe(first);
  expect(r.stderr).toBe(
    `swarmlens: same files as run ${first} (${base}/runs/${first}); stored all the same as run ${out.id}\n`,
  );
});

test('a refused upload exits 2 with the server message', async () => {
  const r = await swarmlens(['upload', join(ROOT, 'README.md'), '--server', base]);
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe(
    'swarmlens: upload: the server answered 415: README.md: not a Locust CSV, HTML report or JSON output',
  );
});

test('missing --server is a usage error', async () => {
  const r = await swarmlens(['upload', join(ROOT, 'README.md')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--server URL is required/);
});
