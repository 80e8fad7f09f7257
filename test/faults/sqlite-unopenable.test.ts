// SQLite whose folder cannot be created at start (here: a file stands where the folder should
// be; the same path as a folder the server may not write): the server still starts, answers 503
// with what to do, and works without a restart once the folder can be made.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'swarmlens-unopenable-'));
const blocker = join(root, 'data');
writeFileSync(blocker, 'not a folder');
process.env.DATABASE_URL = `file:${join(blocker, 'swarmlens.db')}`;
process.env.NEXT_RUNTIME = 'nodejs';

const { register } = await import('../../instrumentation');
const runs = await import('../../app/api/runs/route');
const health = await import('../../app/api/health/route');

const quiet = async <T>(run: () => Promise<T>) => {
  const e = console.error;
  console.error = () => undefined;
  try {
    return await run();
  } finally {
    console.error = e;
  }
};

test(
  'cannot open at start: the server starts, 503 cannot_open; ' + 'fixed → 200 and uploads work (no restart)',
  async () => {
    await expect(quiet(register)).resolves.toBeUndefined();
    const h = await quiet(() => health.GET());
    expect(h.status).toBe(503);
    expect(await h.json()).toMatchObject({
      ok: false,
      db: 'sqlite',
      reason: 'cannot_open',
      error: expect.stringMatching(/could not be opened.*server log/),
    });
    const l = await quiet(() => runs.GET(new Request('http://test/api/runs')));
    expect(l.status).toBe(503);
    expect((await l.json()).error).toMatchObject({ code: 'database_unavailable', details: { reason: 'cannot_open' } });
    // Still failing on the next request: a failed first attempt is retried, not cached.
    expect((await quiet(() => health.GET())).status).toBe(503);

    rmSync(blocker);
    expect(await (await health.GET()).json()).toEqual({ ok: true, db: 'sqlite' });
    const form = new FormData();
    const dir = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
    form.append('files', new Blob([readFileSync(join(dir, 'smallpool-20u_stats.csv'))]), 'smallpool-20u_stats.csv');
    expect((await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }))).status).toBe(201);
  },
);
