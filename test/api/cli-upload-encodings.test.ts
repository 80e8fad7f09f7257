// `swarmlens upload --encoding ...` against the real route handler served over HTTP on 127.0.0.1:
// the choices travel in the `encodings` field; the server refuses names it did not receive.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cliupenc-')), 'api.db')}`;
const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');
const ROOT = join(import.meta.dirname, '../..');
const RU = mkdtempSync(join(tmpdir(), 'swarmlens-ru-up-'));
for (const n of ['ru-windows-1251_stats.csv', 'ru-windows-1251_failures.csv'])
  copyFileSync(join(ROOT, 'fixtures/encodings', n), join(RU, n));
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = Readable.toWeb(req) as ReadableStream;
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: 'POST',
      headers: req.headers as Record<string, string>,
      body,
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
const stored = async (id: string) =>
  (await one.GET(new Request('http://test'), { params: Promise.resolve({ id }) })).json();

test.each([[['--encoding', 'cp1251']], [['--encoding', 'ru-windows-1251_stats.csv=windows-1251']]])(
  'upload %j stores the names decoded with the chosen encoding',
  async (options) => {
    const r = await swarmlens(['upload', RU, '--server', base, ...options]);
    // Nothing but, on the second upload of the same file, the line naming the first (stored all the same).
    expect(r.stderr).toMatch(/^(swarmlens: same files as run run_\w+ \(\S+\); stored all the same as run run_\w+\n)?$/);
    expect(r.code).toBe(0);
    const run = await stored(JSON.parse(r.stdout).id);
    expect(run.endpoints[0].name).toBe('Страница входа');
    expect(run.warnings).not.toContain(
      'ru-windows-1251_stats.csv: decoded as windows-1252 with confidence 0.25; ' +
        'choose the encoding if names look wrong',
    );
  },
);

test('a FILE the upload does not hold: the server answers 400 naming it', async () => {
  const r = await swarmlens(['upload', RU, '--server', base, '--encoding', 'run_failures.csv=euc-kr']);
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe(
    'swarmlens: upload: the server answered 400: field `encodings` names a file not in this upload: run_failures.csv',
  );
});
