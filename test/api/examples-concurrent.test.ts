// "Load example runs" clicked twice at once (two POST /api/examples in flight together, one server): the demo
// project ends up as one load makes it — one roadmap phase with its three items, two sets, two runs — and
// both answers name the same runs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-examples-twice-')), 'e.db')}`;
const examples = await import('../../app/api/examples/route');
const project = await import('../../app/api/projects/[id]/route');

const load = async () => {
  const res = await examples.POST(new Request('http://test/api/examples', { method: 'POST' }));
  return { status: res.status, body: (await res.json()) as { ids: string[]; projectId: string } };
};

test('two loads at once: one phase, its items once, the sets and runs once', async () => {
  const [a, b] = await Promise.all([load(), load()]);
  // One stores the project, the other finds it all there (the loads of one server take turns).
  expect([a.status, b.status].sort()).toEqual([200, 201]);
  expect(a.body.projectId).toBe(b.body.projectId);
  expect(b.body.ids).toEqual(a.body.ids);
  const ctx = { params: Promise.resolve({ id: a.body.projectId }) };
  const o = (await (await project.GET(new Request('http://test/x'), ctx)).json()) as {
    sets: unknown[];
    evaluation: { runs: unknown[] };
    roadmap: { roadmap: { phases: { title: string; items: unknown[] }[] } };
  };
  expect(o.roadmap.roadmap.phases.map((p) => [p.title, p.items.length])).toEqual([['Before the 40-user review', 3]]);
  expect(o.sets).toHaveLength(2);
  expect(o.evaluation.runs).toHaveLength(2);
}, 120_000);
