// PostgreSQL going away and coming back, through the route handlers: the database sits behind a
// TCP proxy the test takes down and brings up, and a backend is terminated mid-transaction.
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTcpProxy } from '../../e2e/support/tcp-proxy.mjs';
import { writeBigRun } from '../../e2e/support/big-run.mjs';
import { countPgTables, createEmptyPgDatabase, POSTGRES_ADMIN_URL } from '../../e2e/support/fault-db.mjs';

const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
const pgTarget = new URL(POSTGRES_ADMIN_URL);
const proxy = await startTcpProxy({ host: pgTarget.hostname, port: Number(pgTarget.port || 5432) });
const { name: dbName, url: directUrl, drop } = await createEmptyPgDatabase();
const viaProxy = new URL(directUrl);
viaProxy.host = `127.0.0.1:${proxy.port}`;
process.env.DATABASE_URL = viaProxy.toString();

const runs = await import('../../app/api/runs/route');
const health = await import('../../app/api/health/route');

const SMALL = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const small = ['smallpool-20u_stats.csv', 'smallpool-20u_stats_history.csv'].map((n) => join(SMALL, n));
function upload(paths: string[]) {
  const form = new FormData();
  for (const p of paths) form.append('files', new Blob([readFileSync(p)]), basename(p));
  return runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
}
const listRuns = () => runs.GET(new Request('http://test/api/runs'));
const quiet = <T>(run: () => Promise<T>) => {
  const [e, w] = [console.error, console.warn];
  console.error = console.warn = () => undefined;
  return run().finally(() => ([console.error, console.warn] = [e, w]));
};

beforeAll(async () => {
  await admin.connect();
});
afterAll(async () => {
  await proxy.close();
  await admin.end();
  await drop();
});

test(
  'down at start → 503 with what to do; back → migrates on first use and works; down in use → 503; ' +
    'back → works (no restart)',
  async () => {
    await proxy.down();
    const h1 = await quiet(() => health.GET());
    expect(h1.status).toBe(503);
    expect(await h1.json()).toMatchObject({
      ok: false,
      db: 'postgresql',
      reason: 'unreachable',
      error: expect.stringMatching(/unavailable.*DATABASE_URL/),
    });
    const l1 = await quiet(listRuns);
    expect(l1.status).toBe(503);
    expect(l1.headers.get('Retry-After')).toBe('5');
    expect((await l1.json()).error).toMatchObject({ code: 'database_unavailable', details: { reason: 'unreachable' } });

    await proxy.up();
    expect(await (await health.GET()).json()).toEqual({ ok: true, db: 'postgresql' });
    expect((await upload(small)).status).toBe(201);

    await proxy.down();
    expect((await quiet(() => health.GET())).status).toBe(503);
    expect((await quiet(listRuns)).status).toBe(503);
    expect((await quiet(() => upload(small))).status).toBe(503);

    await proxy.up();
    expect((await health.GET()).status).toBe(200);
    expect((await (await listRuns()).json()).total).toBe(1);
  },
);

test('a backend terminated mid-transaction (57P01): 503, nothing stored, the next upload succeeds', async () => {
  const before = await countPgTables(dbName);
  const big = await writeBigRun({ endpoints: 2000, ticks: 3 });
  const pending = quiet(() => upload(big.files));
  // The upload's transaction has written once it has a transaction id.
  let terminated = 0;
  for (const deadline = Date.now() + 60_000; terminated === 0 && Date.now() < deadline;) {
    const { rows } = await admin.query(
      'SELECT pg_terminate_backend(pid) AS t FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL',
      [dbName],
    );
    terminated = rows.length;
    if (terminated === 0) await new Promise((r) => setTimeout(r, 5));
  }
  expect(terminated, 'the upload transaction was never seen writing').toBe(1);
  const res = await pending;
  rmSync(big.dir, { recursive: true, force: true });
  expect(res.status).toBe(503);
  expect((await res.json()).error.code).toBe('database_unavailable');
  // Nothing of the run is stored. The audit event of the refused upload is written once it has ended: it
  // is stored when the pool has a live connection again by then, else logged to stderr (never an error).
  const after = await countPgTables(dbName);
  expect({ ...after, audit_event: 0 }).toEqual({ ...before, audit_event: 0 });
  expect([before.audit_event, before.audit_event! + 1]).toContain(after.audit_event);
  expect((await upload(small)).status).toBe(201);
  expect((await (await listRuns()).json()).total).toBe(2);
});
