// DELETE /api/projects/:id through its route handler: 204 and everything of the project gone (its
// runs answer 404, its share links too), 404 for an unknown project; another project is untouched.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-project-delete-')), 'p.db')}`;
const runs = await import('../../app/api/runs/route');
const run = await import('../../app/api/runs/[id]/route');
const project = await import('../../app/api/projects/[id]/route');
const projects = await import('../../app/api/projects/route');
const sets = await import('../../app/api/projects/[id]/criteria-sets/route');
const phases = await import('../../app/api/projects/[id]/roadmap/phases/route');
const shares = await import('../../app/api/shares/route');

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const req = (method: string, body?: unknown) =>
  new Request('http://test/x', { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

async function upload(folder: string, projectName: string): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(join(DIR, folder)))
    form.append('files', new Blob([readFileSync(join(DIR, folder, name))]), name);
  form.append('project', projectName);
  const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

let doomed: string[] = [];
let kept = '';
let projectId = '';
beforeAll(async () => {
  doomed = [await upload('smallpool-20u', 'Doomed'), await upload('smallpool-40u', 'Doomed')];
  kept = await upload('smallpool-20u', 'Kept');
  projectId = (await (await project.GET(req('GET'), ctx('Doomed'))).json()).project.id;
  const criteria = [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }];
  expect(
    (await sets.POST(req('POST', { name: 'Gate', baselineRunId: doomed[0], criteria }), ctx(projectId))).status,
  ).toBe(201);
  expect((await phases.POST(req('POST', { title: 'Fixes' }), ctx(projectId))).status).toBe(201);
}, 60_000);

test('DELETE /api/projects/:id → 204: the project, its runs and share links go; another project stays', async () => {
  const share = async (body: unknown) =>
    shares.POST(new Request('http://test/api/shares', { method: 'POST', body: JSON.stringify(body) }));
  expect((await share({ kind: 'project', runs: [], project: projectId })).status).toBe(201);
  expect((await share({ kind: 'comparison', runs: doomed })).status).toBe(201);
  expect((await share({ kind: 'run', runs: [kept] })).status).toBe(201);

  const res = await project.DELETE(req('DELETE'), ctx(projectId));
  expect(res.status).toBe(204);
  expect((await project.GET(req('GET'), ctx(projectId))).status).toBe(404);
  for (const id of doomed) expect((await run.GET(new Request('http://test/x'), ctx(id))).status).toBe(404);
  expect((await run.GET(new Request('http://test/x'), ctx(kept))).status).toBe(200);
  const names = (await (await projects.GET()).json()) as unknown;
  expect(JSON.stringify(names)).not.toContain('Doomed');
  expect(JSON.stringify(names)).toContain('Kept');
  const left = (await (await shares.GET()).json()).shares as { kind: string; runIds: string[] }[];
  expect(left.map((s) => [s.kind, s.runIds])).toEqual([['run', [kept]]]);
});

test('DELETE /api/projects/:id → 404 for an unknown project (and for one deleted already), by id or name', async () => {
  for (const id of ['prj_nope', projectId, 'Doomed']) {
    const res = await project.DELETE(req('DELETE'), ctx(id));
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  }
});

test('a project is found by its name too', async () => {
  expect((await project.DELETE(req('DELETE'), ctx('Kept'))).status).toBe(204);
  expect((await run.GET(new Request('http://test/x'), ctx(kept))).status).toBe(404);
});
