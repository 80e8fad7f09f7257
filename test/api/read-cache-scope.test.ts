// The read cache is outdated per project (issue 20): an upload into one project leaves the cached views of
// another (its project page, its runs) as they are and outdates its own and the lists, as do a criteria set, a
// sign-off and roadmap changes; a change that does not say which projects it touched (a run's label edited)
// outdates every project's views. Through the route handlers, which raise the revisions in the database, as
// another instance's would be (cachedRead reads them each time).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cache-scope-')), 'c.db')}`;
delete process.env.SWARMLENS_READ_CACHE;

const runsRoute = await import('../../app/api/runs/route');
const runRoute = await import('../../app/api/runs/[id]/route');
const projectRoute = await import('../../app/api/projects/[id]/route');
const setsRoute = await import('../../app/api/projects/[id]/criteria-sets/route');
const signOffsRoute = await import('../../app/api/criteria-sets/[id]/sign-offs/route');
const roadmapImportRoute = await import('../../app/api/projects/[id]/roadmap/import/route');
const phasesRoute = await import('../../app/api/projects/[id]/roadmap/phases/route');
const { cachedRead } = await import('../../lib/server/services/read-cache');
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
type Scope = Parameters<typeof cachedRead>[1];

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');

async function upload(project: string): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('project', project);
  const res = await runsRoute.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

const runs = { a: '', b: '' };
const loads = new Map<string, number>();
/** How many times each view was computed so far, after reading it once more. */
async function read(views: Record<string, Scope>): Promise<Record<string, number>> {
  for (const [key, scope] of Object.entries(views))
    await cachedRead(`scope-test:${key}`, scope, async () => loads.set(key, (loads.get(key) ?? 0) + 1).get(key));
  return Object.fromEntries(Object.keys(views).map((k) => [k, loads.get(k)!]));
}
const views = (): Record<string, Scope> => ({
  projectA: { project: 'A' },
  projectB: { project: 'B' },
  runA: { runs: [runs.a] },
  runB: { runs: [runs.b] },
  both: { runs: [runs.a, runs.b] },
  lists: 'lists',
});

beforeAll(async () => {
  runs.a = await upload('A');
  runs.b = await upload('B');
}, 60_000);

test('views are computed once while nothing changes', async () => {
  const first = await read(views());
  expect(await read(views())).toEqual(first);
  expect(Object.values(first)).toEqual([1, 1, 1, 1, 1, 1]);
});

test('an upload into B outdates B, runs of B and the lists; A stays cached', async () => {
  await upload('B');
  expect(await read(views())).toEqual({ projectA: 1, projectB: 2, runA: 1, runB: 2, both: 2, lists: 2 });
});

test('an upload into A outdates A', async () => {
  await upload('A');
  expect(await read(views())).toEqual({ projectA: 2, projectB: 2, runA: 2, runB: 2, both: 3, lists: 3 });
});

test('a change that does not name its projects outdates every view', async () => {
  const res = await runRoute.PATCH(
    new Request(`http://test/api/runs/${runs.a}`, { method: 'PATCH', body: JSON.stringify({ label: 'renamed' }) }),
    { params: Promise.resolve({ id: runs.a }) },
  );
  expect(res.status).toBe(200);
  expect(await read(views())).toEqual({ projectA: 3, projectB: 3, runA: 3, runB: 3, both: 4, lists: 4 });
});

test('an unknown project or run is dated by the lists: computed again after any change', async () => {
  const unknown = { nope: { project: 'no such project' } as Scope, gone: { runs: ['run_missing'] } as Scope };
  expect(await read(unknown)).toEqual({ nope: 1, gone: 1 });
  expect(await read(unknown)).toEqual({ nope: 1, gone: 1 });
  await upload('B');
  expect(await read(unknown)).toEqual({ nope: 2, gone: 2 });
});

test('a criteria set made in B, and its sign-off, outdate B only', async () => {
  const before = await read(views());
  const b = (await (await projectRoute.GET(new Request('http://test/api/projects/B'), ctx('B'))).json()).project.id;
  const set = { name: 'Gate', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 60_000 }] };
  const created = await setsRoute.POST(
    new Request('http://test', { method: 'POST', body: JSON.stringify(set) }),
    ctx(b),
  );
  expect(created.status).toBe(201);
  const after = await read(views());
  const bumped = (v: Record<string, number>) => ({
    ...v,
    projectB: v.projectB! + 1,
    runB: v.runB! + 1,
    both: v.both! + 1,
    lists: v.lists! + 1,
  });
  expect(after).toEqual(bumped(before));
  const setId = (await created.json()).id;
  const signOff = { runId: runs.b, decision: 'GO', decidedBy: 'Ana' };
  const signed = await signOffsRoute.POST(
    new Request('http://test', { method: 'POST', body: JSON.stringify(signOff) }),
    ctx(setId),
  );
  expect(signed.status).toBe(201);
  expect(await read(views())).toEqual(bumped(after));
});

test("roadmap changes in B (an import, a new phase) outdate B's views only", async () => {
  const b = (await (await projectRoute.GET(new Request('http://test/api/projects/B'), ctx('B'))).json()).project.id;
  const post = (body: unknown) => new Request('http://test', { method: 'POST', body: JSON.stringify(body) });
  const markdown = readFileSync(join(import.meta.dirname, '../../fixtures/reports/manual-report-roadmap.md'), 'utf8');
  const changes = [
    () => roadmapImportRoute.POST(post({ markdown }), ctx(b)),
    () => phasesRoute.POST(post({ title: 'Retest' }), ctx(b)),
  ];
  for (const change of changes) {
    const before = await read(views());
    expect((await change()).status).toBe(201);
    expect(await read(views())).toEqual({
      ...before,
      projectB: before.projectB! + 1,
      runB: before.runB! + 1,
      both: before.both! + 1,
      lists: before.lists! + 1,
    });
  }
});
