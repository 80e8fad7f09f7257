// Faults against the real server process (the production build, `npm start`): killed (SIGKILL)
// mid-upload, its PostgreSQL cut or down (behind a TCP proxy), a read-only SQLite file. After
// each: no partial run, an intact database, and the next upload works.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startApp, faultPort } from './support/app-process.mjs';
import { writeBigRun } from './support/big-run.mjs';
import {
  countPgTables,
  createEmptyPgDatabase,
  dataTables,
  inspectSqlite,
  pgWriter,
  POSTGRES_ADMIN_URL,
  sqliteWriter,
  whenWriting,
} from './support/fault-db.mjs';
import { startTcpProxy } from './support/tcp-proxy.mjs';

const SMALL = join(import.meta.dirname, '..', 'fixtures', 'locust-2.12-generated', 'smallpool-20u');
const smallFiles = ['smallpool-20u_stats.csv', 'smallpool-20u_stats_history.csv'].map((n) => join(SMALL, n));

/** A multipart upload of `paths`, serialized: its bytes and Content-Type. */
async function multipart(paths: string[]) {
  const form = new FormData();
  for (const p of paths) form.append('files', new Blob([readFileSync(p)]), basename(p));
  form.append('project', 'Faults');
  const r = new Response(form);
  return { bytes: new Uint8Array(await r.arrayBuffer()), type: r.headers.get('content-type')! };
}

const post = async (url: string, body: { bytes: Uint8Array; type: string }) =>
  fetch(`${url}/api/runs`, { method: 'POST', body: body.bytes as BodyInit, headers: { 'content-type': body.type } });

/** Sends the first `fraction` of the upload and stops (the rest never comes); resolves once sent. */
function sendPart(url: string, body: { bytes: Uint8Array; type: string }, fraction: number) {
  const req = httpRequest(`${url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': body.type, 'content-length': body.bytes.length },
  });
  req.on('error', () => undefined);
  return new Promise<void>((resolve) =>
    req.write(body.bytes.subarray(0, Math.floor(body.bytes.length * fraction)), () => resolve()),
  );
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const zeroCounts = (counts: Record<string, number>) => Object.fromEntries(Object.keys(counts).map((t) => [t, 0]));

test.describe.configure({ timeout: 120_000 });

let big: { bytes: Uint8Array; type: string };
let small: { bytes: Uint8Array; type: string };
test.beforeAll(async () => {
  const run = await writeBigRun({ endpoints: 3000, ticks: 20 });
  big = await multipart(run.files);
  rmSync(run.dir, { recursive: true, force: true });
  small = await multipart(smallFiles);
});

for (const provider of ['sqlite', 'postgresql'] as const) {
  test(
    `${provider}: SIGKILL while the upload streams in, then while its transaction writes → no partial run, ` +
      'intact database, next upload works',
    async () => {
      expect(big.bytes.length).toBeGreaterThan(8 * 1024 * 1024);
      const pgDb = provider === 'postgresql' ? await createEmptyPgDatabase() : null;
      const sqlitePath = join(mkdtempSync(join(tmpdir(), 'swarmlens-fault-kill-')), 'kill.db');
      const databaseUrl = pgDb?.url ?? `file:${sqlitePath}`;
      const port = faultPort(provider === 'sqlite' ? 0 : 1);
      const counts = async () => (pgDb ? countPgTables(pgDb.name) : inspectSqlite(sqlitePath).counts);
      const expectIntactAndEmpty = async () => {
        const c = dataTables(await counts());
        expect(Object.keys(c).length).toBeGreaterThan(10);
        expect(c).toEqual(zeroCounts(c));
        if (!pgDb) expect(inspectSqlite(sqlitePath).integrity).toBe('ok');
      };
      let app = await startApp({ port, databaseUrl });
      try {
        // (a) Killed while the body streams in: half of it sent, the rest never comes.
        await sendPart(app.url, big, 0.5);
        await wait(300);
        await app.kill('SIGKILL');
        app = await startApp({ port, databaseUrl });
        await expectIntactAndEmpty();

        // (b) Killed while the upload's transaction is writing (seen from the database itself).
        const writer = pgDb ? await pgWriter(pgDb.name) : sqliteWriter(sqlitePath);
        const pending = post(app.url, big).then(
          (r) => r.status,
          (e: Error) => e.message,
        );
        try {
          await whenWriting(() => writer.isWriting());
        } finally {
          await writer.close();
        }
        await app.kill('SIGKILL');
        expect(await pending).not.toBe(201);
        app = await startApp({ port, databaseUrl });
        await expectIntactAndEmpty();

        const res = await post(app.url, small);
        expect(res.status).toBe(201);
        expect(dataTables(await counts())).toMatchObject({ run: 1, project: 1, run_file: 2 });
      } finally {
        await app.kill('SIGKILL');
        await pgDb?.drop();
      }
    },
  );
}

test(
  'postgresql behind a proxy: down at start → the app starts, health 503, API 503, page says so; up → works ' +
    '(no restart); cut mid-transaction → 503, nothing stored; down and up in use',
  async ({ page }) => {
    const target = new URL(POSTGRES_ADMIN_URL);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) }, faultPort(3));
    const pgDb = await createEmptyPgDatabase();
    const viaProxy = new URL(pgDb.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    await proxy.down();
    const app = await startApp({ port: faultPort(2), databaseUrl: viaProxy.toString(), until: 'answering' });
    try {
      const h = await fetch(`${app.url}/api/health`);
      expect(h.status).toBe(503);
      expect(await h.json()).toMatchObject({
        ok: false,
        db: 'postgresql',
        reason: 'unreachable',
        error: expect.stringContaining('DATABASE_URL'),
      });
      const list = await fetch(`${app.url}/api/runs`);
      expect(list.status).toBe(503);
      expect((await list.json()).error.code).toBe('database_unavailable');
      await page.goto(`${app.url}/runs`);
      await expect(page.getByRole('heading', { name: 'The database is unavailable' })).toBeVisible();

      await proxy.up();
      expect(await (await fetch(`${app.url}/api/health`)).json()).toEqual({ ok: true, db: 'postgresql' });
      expect((await post(app.url, small)).status).toBe(201);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { name: 'The database is unavailable' })).toBeHidden();

      // The connection cut while the upload's transaction writes.
      const before = await countPgTables(pgDb.name);
      const writer = await pgWriter(pgDb.name);
      const pending = post(app.url, big);
      try {
        await whenWriting(() => writer.isWriting());
      } finally {
        await writer.close();
      }
      proxy.cut();
      const cutRes = await pending;
      expect(cutRes.status).toBe(503);
      expect((await cutRes.json()).error).toMatchObject({
        code: 'database_unavailable',
        message: expect.stringContaining('nothing was changed'),
      });
      // Nothing of the run is stored. The audit event of the refused upload is written once it has ended: it
      // is stored when the pool has a live connection again by then, else logged to stderr (never an error).
      const after = await countPgTables(pgDb.name);
      expect({ ...after, audit_event: 0 }).toEqual({ ...before, audit_event: 0 });
      expect([before.audit_event, before.audit_event! + 1]).toContain(after.audit_event);
      expect((await post(app.url, small)).status).toBe(201);

      await proxy.down();
      expect((await fetch(`${app.url}/api/health`)).status).toBe(503);
      expect((await post(app.url, small)).status).toBe(503);
      await proxy.up();
      expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
      expect((await (await fetch(`${app.url}/api/runs`)).json()).total).toBe(2);
    } finally {
      await app.kill('SIGKILL');
      await proxy.close();
      await pgDb.drop();
    }
  },
);

test(
  'sqlite file the server may not write (read-only file): reads work, uploads 503 read-only, ' +
    'the file stays intact',
  async () => {
    if (process.getuid?.() !== 0)
      throw new Error(
        "this test drops the server's file-permission override (setpriv) and needs root: run it as root (CI does)",
      );
    const dir = mkdtempSync(join(tmpdir(), 'swarmlens-fault-ro-'));
    const path = join(dir, 'ro.db');
    const port = faultPort(4);
    let app = await startApp({ port, databaseUrl: `file:${path}` });
    const first = await post(app.url, small);
    expect(first.status).toBe(201);
    const { id } = await first.json();
    await app.kill('SIGTERM');
    // The folder is writable (SQLite's -wal and -shm files), the database file is read-only (0444), and the
    // server runs without the capabilities that would let root write it anyway.
    chmodSync(dir, 0o1777);
    chmodSync(path, 0o444);
    app = await startApp({ port, databaseUrl: `file:${path}`, obeyFileModes: true });
    try {
      expect((await fetch(`${app.url}/api/runs/${id}`)).status).toBe(200);
      expect((await (await fetch(`${app.url}/api/runs`)).json()).total).toBe(1);
      const res = await post(app.url, small);
      expect(res.status).toBe(503);
      expect((await res.json()).error).toMatchObject({
        code: 'database_unavailable',
        details: { reason: 'read_only' },
        message: expect.stringContaining('read-only'),
      });
    } finally {
      await app.kill('SIGTERM');
    }
    const after = inspectSqlite(path);
    expect(after.integrity).toBe('ok');
    expect(dataTables(after.counts)).toMatchObject({ run: 1, run_file: 2 });
    expect(execFileSync('stat', ['-c', '%U', path], { encoding: 'utf8' }).trim()).toBe('root');
  },
);

test(
  'sqlite folder the server may not write at start (read-only folder): it starts, health 503 with what to do; ' +
    'made writable → migrates on the next request, no restart',
  async () => {
    if (process.getuid?.() !== 0)
      throw new Error(
        "this test drops the server's file-permission override (setpriv) and needs root: run it as root (CI does)",
      );
    const dir = mkdtempSync(join(tmpdir(), 'swarmlens-fault-nowrite-'));
    chmodSync(dir, 0o555);
    const app = await startApp({
      port: faultPort(5),
      databaseUrl: `file:${join(dir, 'later.db')}`,
      obeyFileModes: true,
      until: 'answering',
    });
    try {
      const h = await fetch(`${app.url}/api/health`);
      expect(h.status).toBe(503);
      expect(await h.json()).toMatchObject({
        ok: false,
        db: 'sqlite',
        error: expect.stringContaining('the folder exists and the server may write to it'),
      });
      expect((await post(app.url, small)).status).toBe(503);
      chmodSync(dir, 0o1777);
      expect(await (await fetch(`${app.url}/api/health`)).json()).toEqual({ ok: true, db: 'sqlite' });
      expect((await post(app.url, small)).status).toBe(201);
    } finally {
      await app.kill('SIGTERM');
    }
    expect(inspectSqlite(join(dir, 'later.db')).integrity).toBe('ok');
  },
);
