// GET /api/compare through its route handler.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cmp-')), 'c.db')}`;
const runs = await import('../../app/api/runs/route');
const compare = await import('../../app/api/compare/route');
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const ids: string[] = [];

beforeAll(async () => {
  for (const [run, label] of [['smallpool-20u', '20 users'], ['smallpool-40u', '40 users']]) {
    const form = new FormData();
    for (const name of readdirSync(join(DIR, run!))) form.append('files', new Blob([readFileSync(join(DIR, run!, name))]), name);
    form.append('label', label!);
    const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
    ids.push((await res.json()).id);
  }
});

const get = (query: string) => compare.GET(new Request(`http://test/api/compare?${query}`));

test('JSON with stored labels and ids', async () => {
  const res = await get(`runs=${ids.join(',')}`);
  expect(res.status).toBe(200);
  const c = await res.json();
  expect(c.runs).toEqual([{ id: ids[0], label: '20 users', userCount: 20 }, { id: ids[1], label: '40 users', userCount: 40 }]);
  expect(c.summary.find((s: { metric: string }) => s.metric === 'p95Ms').values).toEqual([1900, 4200]);
});

test('Markdown with a chosen baseline', async () => {
  const res = await get(`runs=${ids.join(',')}&baseline=${ids[1]}&format=md`);
  expect(res.headers.get('content-type')).toContain('text/markdown');
  expect(await res.text()).toContain('Baseline: **40 users**');
});

test.each([
  ['one run', () => `runs=${ids[0]}`, 400],
  ['a run twice', () => `runs=${ids[0]},${ids[0]}`, 400],
  ['a baseline outside the runs', () => `runs=${ids.join(',')}&baseline=run_x`, 400],
  ['an unknown run', () => `runs=${ids[0]},run_nope`, 404],
  ['no runs', () => ``, 400],
])('%s', async (_what, query, status) => {
  const res = await get(query());
  expect(res.status).toBe(status);
  expect((await res.json()).error.code).toEqual(expect.any(String));
});
