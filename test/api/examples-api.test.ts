// POST /api/examples through its route handler: the demo project with its runs, criteria sets and
// roadmap, landing on the comparison; loading again stores nothing twice.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-examples-')), 'e.db')}`;
const examples = await import('../../app/api/examples/route');
const project = await import('../../app/api/projects/[id]/route');
const run = await import('../../app/api/runs/[id]/route');

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const load = async () => {
  const res = await examples.POST(new Request('http://test/api/examples', { method: 'POST' }));
  return { status: res.status, body: await res.json() };
};
type Overview = {
  sets: { name: string }[];
  evaluation: { runs: { label: string }[]; sets: { name: string; verdicts: { verdict: string }[] }[] };
  roadmap: {
    roadmap: { phases: { title: string; items: { id: string; title: string }[] }[] };
    verification: Record<string, { state: string; verifiedBy: { label: string } | null }>;
  };
};
const overview = async (id: string) =>
  (await (await project.GET(new Request('http://test/x'), ctx(id))).json()) as Overview;

let first: { ids: string[]; projectId: string; compareUrl: string } = { ids: [], projectId: '', compareUrl: '' };

test('the first load: 201, two runs, and the comparison to land on (the 20-user run as baseline)', async () => {
  const { status, body } = await load();
  expect(status).toBe(201);
  expect(body.ids).toHaveLength(2);
  expect(body.created).toBe(true);
  const [id20, id40] = body.ids;
  expect(body.compareUrl).toBe(`/compare?runs=${id20},${id40}&baseline=${id20}`);
  expect((await (await run.GET(new Request('http://test/x'), ctx(id20))).json()).meta.userCount).toBe(20);
  first = body;
}, 60_000);

test('the project judges its runs GO / CONDITIONAL / NO-GO, and its roadmap is verified by them', async () => {
  const o = await overview(first.projectId);
  expect(o.evaluation.runs.map((r) => r.label)).toEqual(['20 users', '40 users']);
  expect(o.evaluation.sets.map((s) => [s.name, s.verdicts.map((v) => v.verdict)])).toEqual([
    ['Production gate', ['GO', 'NO-GO']],
    ['Conditional GO', ['GO', 'CONDITIONAL']],
  ]);
  const [phase] = o.roadmap.roadmap.phases;
  const states = phase!.items.map((i) => [
    i.title,
    o.roadmap.verification[i.id]!.state,
    o.roadmap.verification[i.id]!.verifiedBy?.label ?? null,
  ]);
  expect(states).toEqual([
    ['Raise the database pool above 2 connections', 'regressed', '20 users'],
    ['Move session writes off the single-writer store', 'regressed', '20 users'],
    ['Render exports in their own worker pool', 'verified', '40 users'],
  ]);
});

test('loading again: 200, the same runs, nothing stored twice', async () => {
  const { status, body } = await load();
  expect(status).toBe(200);
  expect(body).toMatchObject({
    ids: first.ids,
    projectId: first.projectId,
    compareUrl: first.compareUrl,
    created: false,
  });
  const o = await overview(first.projectId);
  expect(o.sets).toHaveLength(2);
  expect(o.evaluation.runs).toHaveLength(2);
  expect(o.roadmap.roadmap.phases.map((p) => p.items.length)).toEqual([3]);
});

test('a deleted example run comes back; the sets and roadmap are kept as they are', async () => {
  expect((await run.DELETE(new Request('http://test/x', { method: 'DELETE' }), ctx(first.ids[1]!))).status).toBe(204);
  const { status, body } = await load();
  expect(status).toBe(201);
  expect(body.ids[0]).toBe(first.ids[0]);
  expect(body.ids[1]).not.toBe(first.ids[1]);
  const o = await overview(first.projectId);
  expect([o.sets.length, o.evaluation.runs.length, o.roadmap.roadmap.phases.length]).toEqual([2, 2, 1]);
});
