// GET /api/compare through its route handler.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { callerHeader } from '../support/caller';
import { generate } from '../support/stepped-run';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cmp-')), 'c.db')}`;
const runs = await import('../../app/api/runs/route');
const compare = await import('../../app/api/compare/route');
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const ids: string[] = [];

beforeAll(async () => {
  for (const [run, label] of [
    ['smallpool-20u', '20 users'],
    ['smallpool-40u', '40 users'],
  ]) {
    const form = new FormData();
    for (const name of readdirSync(join(DIR, run!)))
      form.append('files', new Blob([readFileSync(join(DIR, run!, name))]), name);
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
  expect(c.runs).toMatchObject([
    { id: ids[0], label: '20 users', userCount: 20 },
    { id: ids[1], label: '40 users', userCount: 40 },
  ]);
  expect(c.summary.find((s: { metric: string }) => s.metric === 'p95Ms').values).toEqual([1900, 4200]);
});

test('the same files uploaded twice: the comparison says the inputs are identical (same sha256) first', async () => {
  const form = new FormData();
  for (const name of readdirSync(join(DIR, 'smallpool-20u')))
    form.append('files', new Blob([readFileSync(join(DIR, 'smallpool-20u', name))]), name);
  form.append('label', '20 users again');
  const again = (await (await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }))).json())
    .id;
  const c = await (await get(`runs=${ids[0]},${again}`)).json();
  expect(c.headlineNotes[0]).toBe(
    '20 users again and 20 users are the same files (identical sha256): every change below is zero by construction.',
  );
  const md = await (await get(`runs=${ids[0]},${again}&format=md`)).text();
  expect(md).toContain('are the same files (identical sha256)');
});

test('Markdown with a chosen baseline', async () => {
  const res = await get(`runs=${ids.join(',')}&baseline=${ids[1]}&format=md`);
  expect(res.headers.get('content-type')).toContain('text/markdown');
  expect(await res.text()).toContain('Baseline: **40 users**');
});

test('a stored stepped run compares its steps, per endpoint too (all series are loaded)', async () => {
  const { history, stats } = generate({ full: true, reset: false });
  const form = new FormData();
  form.append('files', new Blob([stats]), 'stepped_stats.csv');
  form.append('files', new Blob([history]), 'stepped_stats_history.csv');
  const id = (await (await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }))).json()).id;
  const c = await (await get(`runs=${id}&steps=1`)).json();
  expect(c.runs.map((r: { userCount: number }) => r.userCount)).toEqual([50, 100, 150]);
  expect(c.endpoints.map((e: { name: string }) => e.name)).toEqual(['/a', '/b']);
});

test('user groups and thresholds from the query', async () => {
  const t = encodeURIComponent(JSON.stringify({ latencyGrowth: { warning: 0.2, critical: 3 } }));
  const res = await get(`runs=${ids.join(',')}&group=${encodeURIComponent('Pages=/detail_project/')}&thresholds=${t}`);
  const c = await res.json();
  expect(c.groups[0]).toMatchObject({ name: 'Pages', source: 'user' });
  expect(c.summary.find((s: { metric: string }) => s.metric === 'medianMs').status).toBe('warning');
});

test.each([
  ['thresholds that are not JSON', () => `runs=${ids.join(',')}&thresholds=nope`, 400],
  ['a group without a prefix sign', () => `runs=${ids.join(',')}&group=Pages`, 400],
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

describe('meeting notes of a comparison', () => {
  test(
    'saved by who is signed in, read back, and at the end of the Markdown report; ' + 'other baselines have their own',
    async () => {
      const notesRoute = await import('../../app/api/compare/notes/route');
      const put = (body: unknown) =>
        notesRoute.PUT(
          new Request('http://test/api/compare/notes', {
            method: 'PUT',
            body: JSON.stringify(body),
            headers: callerHeader('Dina'),
          }),
        );
      const saved = await put({
        runs: ids,
        notes: 'Pool exhausted at 40 users.',
        decisions: 'NO-GO; retest after PgBouncer.',
      });
      expect(saved.status).toBe(200);
      expect((await saved.json()).note).toMatchObject({
        notes: 'Pool exhausted at 40 users.',
        decisions: 'NO-GO; retest after PgBouncer.',
        updatedBy: 'Dina',
      });
      const read = await notesRoute.GET(new Request(`http://test/api/compare/notes?runs=${ids.join(',')}`));
      expect((await read.json()).note.decisions).toBe('NO-GO; retest after PgBouncer.');
      const other = await notesRoute.GET(
        new Request(`http://test/api/compare/notes?runs=${ids.join(',')}&baseline=${ids[1]}`),
      );
      expect((await other.json()).note).toBeNull();
      const md = await (await get(`runs=${ids.join(',')}&format=md`)).text();
      expect(md).toContain(
        '## Decisions\n\nNO-GO; retest after PgBouncer.\n\n## Meeting notes\n\nPool exhausted at 40 users.\n\n' +
          '_Last edited by Dina, ',
      );
      expect((await put({ runs: ['run_nope', ids[0]], notes: 'x', decisions: null })).status).toBe(404);
      expect((await put({ runs: ids, baseline: 'run_other', notes: 'x', decisions: null })).status).toBe(400);
    },
  );
});
