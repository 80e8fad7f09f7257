// SQLite on a full disk (a 2 MiB tmpfs; mounting needs root, as on CI): uploads that do not fit
// get 507 storage_full, the file stays intact with every earlier run, and uploads work again
// once there is space (the tmpfs grown in place, no restart).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';

const mountDir = mkdtempSync(join(tmpdir(), 'swarmlens-full-'));
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountDir], { stdio: 'pipe' });
} catch (e) {
  throw new Error(
    'the disk-full test mounts a 2 MiB tmpfs and needs root (or CAP_SYS_ADMIN) ' +
      `and mount(8): ${e instanceof Error ? e.message : e}`,
  );
}
const dbPath = join(mountDir, 'full.db');
process.env.DATABASE_URL = `file:${dbPath}`;

const runs = await import('../../app/api/runs/route');
const health = await import('../../app/api/health/route');
const { getDatabase } = await import('../../lib/server/db/client');

const SMALL = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
function upload() {
  const form = new FormData();
  for (const n of ['smallpool-20u_stats.csv', 'smallpool-20u_stats_history.csv', 'smallpool-20u_failures.csv'])
    form.append('files', new Blob([readFileSync(join(SMALL, n))]), basename(n));
  return runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
}
const quiet = async <T>(run: () => Promise<T>) => {
  const e = console.error;
  console.error = () => undefined;
  try {
    return await run();
  } finally {
    console.error = e;
  }
};

afterAll(async () => {
  await (await getDatabase()).prisma.$disconnect();
  execFileSync('umount', ['-l', mountDir]);
});

test('disk full: 507 storage_full, no corruption, earlier runs kept; space back → uploads work', async () => {
  const stored: string[] = [];
  let full: Response | null = null;
  for (let i = 0; i < 100 && full === null; i++) {
    const res = await quiet(upload);
    if (res.status === 201) stored.push((await res.json()).id);
    else full = res;
  }
  expect(stored.length, 'no upload fitted before the disk was full').toBeGreaterThan(0);
  expect(full?.status).toBe(507);
  expect((await full!.json()).error).toMatchObject({
    code: 'storage_full',
    message: expect.stringMatching(/disk .* is full; nothing was stored. Free some space/),
  });
  // Reading still works, and the health check says the database answers.
  expect((await health.GET()).status).toBe(200);
  const list = await (await runs.GET(new Request('http://test/api/runs?pageSize=100'))).json();
  expect(list.items.map((r: { id: string }) => r.id).sort()).toEqual([...stored].sort());

  const check = new Database(dbPath, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(check.prepare('SELECT count(*) AS n FROM run').get()).toEqual({ n: stored.length });
  // No row of the failed upload: every run's children belong to a stored run.
  for (const table of ['endpoint_stat', 'run_series', 'run_file', 'failure_row', 'run_tag']) {
    expect(
      check.prepare(`SELECT count(*) AS n FROM "${table}" WHERE run_id NOT IN (SELECT id FROM run)`).get(),
      table,
    ).toEqual({ n: 0 });
  }
  expect(check.prepare('SELECT count(DISTINCT run_id) AS n FROM run_file').get()).toEqual({ n: stored.length });
  check.close();

  execFileSync('mount', ['-o', 'remount,size=32m', mountDir]);
  const again = await upload();
  expect(again.status).toBe(201);
  expect((await (await runs.GET(new Request('http://test/api/runs?pageSize=100'))).json()).total).toBe(
    stored.length + 1,
  );
});
