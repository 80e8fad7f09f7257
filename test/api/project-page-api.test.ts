// GET /api/projects/:id answers the project page, not every run evaluated (issue 20): every run without figures,
// one page of 30 evaluated (page 1 the newest; `page`, or the page holding `run`), a 400 for a bad page or a run
// of another project. Through the route handler on a 65-run project (stored in one batch from a real run).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-project-page-')), 'p.db')}`;

const route = await import('../../app/api/projects/[id]/route');
const { database } = await import('../../lib/server/db/stores');
const { parseUpload } = await import('../../lib/domain/locust');

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const files = readdirSync(DIR).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));
const run = parseUpload(files).runs[0]!.run;
const RUNS = 65;
let ids: string[] = [];

beforeAll(async () => {
  const db = await database();
  const batch = Array.from({ length: RUNS }, (_, i) => ({ run, label: `run ${i + 1}`, tags: [], notes: null }));
  ids = await db.runs.createRuns(
    'Paged',
    batch.map((r) => ({ ...r, originals: [] })),
  );
  await db.runs.createRuns('Other', [{ run, label: 'elsewhere', tags: [], notes: null, originals: [] }]);
}, 60_000);

const get = async (query: string) => {
  const res = await route.GET(new Request(`http://test/api/projects/Paged${query}`), {
    params: Promise.resolve({ id: 'Paged' }),
  });
  return { status: res.status, body: await res.json() };
};
const labels = (body: { evaluation: { runs: { label: string }[] } }) => body.evaluation.runs.map((r) => r.label);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `run ${from + i}`);

test.each([
  ['', 1, range(36, 65), 'run 65'],
  ['?page=2', 2, range(6, 35), 'run 35'],
  ['?page=3', 3, range(1, 5), 'run 5'],
  ['?page=9', 3, range(1, 5), 'run 5'],
])('GET %s: page %i evaluated, every run listed', async (query, page, shown, selected) => {
  const { status, body } = await get(query);
  expect(status).toBe(200);
  expect(body.runs).toHaveLength(RUNS);
  expect(body.window).toMatchObject({ page, pageCount: 3 });
  expect(labels(body)).toEqual(shown);
  expect(body.runs.find((r: { id: string }) => r.id === body.selectedRunId).label).toBe(selected);
  expect(Object.keys(body).sort()).toEqual(
    ['evaluation', 'project', 'roadmap', 'runs', 'selectedRunId', 'sets', 'signOffs', 'window'].sort(),
  );
});

test('run=ID opens the page holding it and selects it', async () => {
  const { status, body } = await get(`?run=${ids[9]}`);
  expect(status).toBe(200);
  expect(body.window.page).toBe(2);
  expect(body.selectedRunId).toBe(ids[9]);
});

test.each([
  ['?page=0', /page must be a whole number from 1, not "0"/],
  ['?page=two', /page must be a whole number from 1/],
  ['?run=run_unknown', /run run_unknown is not a run of project Paged/],
])('GET %s: 400 saying why', async (query, message) => {
  const { status, body } = await get(query);
  expect(status).toBe(400);
  expect(body.error.message).toMatch(message);
});
