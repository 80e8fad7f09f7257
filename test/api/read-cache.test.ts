// Cached views follow the data revision: a change made by another instance (a write plus a raised
// revision in the shared database) shows at the next read; the instance's own changes at once.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cache-')), 'cache.db')}`;

const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');
const { getDatabase } = await import('../../lib/server/db/client');
const { bumpRevision, readRevision } = await import('../../lib/server/db/revision-store');

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const label = async (id: string) =>
  (await (await one.GET(new Request('http://test'), ctx(id))).json()).meta.label as string;

test("reads are cached per revision; every mutating request and any instance's bump outdates them", async () => {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('label', 'first');
  const { prisma } = await getDatabase();
  const before = await readRevision(prisma);
  const id = (await (await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }))).json())
    .id as string;
  expect(await readRevision(prisma)).toBe(before + 1);
  expect(await label(id)).toBe('first');

  // Another instance writes without telling this one: the cached view stays until the revision moves.
  await prisma.run.update({ where: { id }, data: { label: 'second' } });
  expect(await label(id)).toBe('first');
  await bumpRevision(prisma);
  expect(await label(id)).toBe('second');

  // This instance's own change answers with the new value and is seen by the next read.
  const patched = await one.PATCH(
    new Request('http://test', { method: 'PATCH', body: JSON.stringify({ label: 'third' }) }),
    ctx(id),
  );
  expect((await patched.json()).meta.label).toBe('third');
  expect(await label(id)).toBe('third');

  // A refused change raises the revision too (it may have written before failing).
  const revision = await readRevision(prisma);
  expect((await one.PATCH(new Request('http://test', { method: 'PATCH', body: '{"label": 5}' }), ctx(id))).status).toBe(
    400,
  );
  expect(await readRevision(prisma)).toBe(revision + 1);
});
