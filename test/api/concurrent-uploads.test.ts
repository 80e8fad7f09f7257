// Several uploads at once on one SQLite file: each stored whole, none lost.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-conc-')), 'c.db')}`;
const runs = await import('../../app/api/runs/route');
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');

function upload(label: string) {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('label', label);
  form.append('project', 'Concurrent');
  return runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
}

test('six simultaneous uploads all succeed and are all listed', async () => {
  const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(`run ${i}`)));
  expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
  const list = await (await runs.GET(new Request('http://test/api/runs?pageSize=50'))).json();
  expect(list.total).toBe(6);
  expect(new Set(list.items.map((r: { label: string }) => r.label)).size).toBe(6);
});
