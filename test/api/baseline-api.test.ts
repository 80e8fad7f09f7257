// GET /api/runs/:id/baseline?spec= through its route: id: and latest: with every filter (and `same`), the newest
// matching run uploaded before the target (the same answer after newer uploads), go=SET stopping at the first GO,
// and the refusals (400 naming the key, 404 with a sentence).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-baseline-')), 'b.db')}`;
const runs = await import('../../app/api/runs/route');
const baseline = await import('../../app/api/runs/[id]/baseline/route');
const sets = await import('../../app/api/projects/[id]/criteria-sets/route');
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const PROJECT = 'Baselines';

interface Upload {
  name: string;
  fixture: 'smallpool-20u' | 'smallpool-40u';
  meta?: Record<string, unknown>;
  tags?: string;
  project?: string;
}
// Upload order is the order here; smallpool-40u has p95 4,200 ms, smallpool-20u far less.
const UPLOADS: Upload[] = [
  { name: 'main-20', fixture: 'smallpool-20u', meta: { branch: 'main', environment: 'staging' }, tags: 'nightly' },
  { name: 'other-project', fixture: 'smallpool-20u', meta: { branch: 'main' }, project: 'Elsewhere' },
  { name: 'main-40-slow', fixture: 'smallpool-40u', meta: { branch: 'main', profile: 'smoke' } },
  { name: 'feature', fixture: 'smallpool-20u', meta: { branch: 'feature/x' } },
  { name: 'target', fixture: 'smallpool-40u', meta: { branch: 'feature/x' } },
  { name: 'after-target', fixture: 'smallpool-20u', meta: { branch: 'main' } },
];
const id: Record<string, string> = {};

beforeAll(async () => {
  for (const u of UPLOADS) {
    const form = new FormData();
    for (const name of readdirSync(join(DIR, u.fixture)))
      form.append('files', new Blob([readFileSync(join(DIR, u.fixture, name))]), name);
    form.append('project', u.project ?? PROJECT);
    form.append('label', u.name);
    if (u.tags) form.append('tags', u.tags);
    form.append('meta', JSON.stringify({ source: 'cli', ...u.meta }));
    const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
    expect(res.status, await res.clone().text()).toBe(201);
    id[u.name] = (await res.json()).id;
  }
  const set = {
    name: 'Fast',
    criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }],
  };
  const res = await sets.POST(
    new Request(`http://test/api/projects/${PROJECT}/criteria-sets`, { method: 'POST', body: JSON.stringify(set) }),
    { params: Promise.resolve({ id: PROJECT }) },
  );
  expect(res.status, await res.clone().text()).toBe(201);
});

const ask = (run: string, spec: string) =>
  baseline.GET(new Request(`http://test/api/runs/${run}/baseline?spec=${encodeURIComponent(spec)}`), {
    params: Promise.resolve({ id: run }),
  });

describe('resolves', () => {
  test.each([
    ['latest', 'feature'],
    ['latest:branch=main', 'main-40-slow'],
    ['latest:branch=main,users=20', 'main-20'],
    ['latest:environment=staging', 'main-20'],
    ['latest:tag=nightly', 'main-20'],
    ['latest:profile=smoke', 'main-40-slow'],
    ['latest:branch=main,go=Fast', 'main-20'],
    ['latest:go=Fast', 'feature'],
    ['latest:branch=main,users=same', 'main-40-slow'], // the target has 40 users
    ['latest:profile=same', 'feature'], // the target says no profile: nor does "feature"
  ])('%s -> %s', async (spec, expected) => {
    const res = await ask(id.target!, spec);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ runId: id[expected], label: expected, targetRunId: id.target });
  });

  test('id: names any stored run', async () => {
    const res = await ask(id.target!, `id:${id['after-target']}`);
    expect(await res.json()).toMatchObject({ runId: id['after-target'], spec: `id:${id['after-target']}` });
  });
});

describe('refuses', () => {
  test.each([
    ['latest:colour=red', 400, /unknown key "colour"/],
    ['latest:branch=', 400, /branch needs a value/],
    ['2', 400, /the server takes id:, latest: or rule:/],
    ['runs/old', 400, /the server takes id:, latest: or rule:/],
    ['id:run_nope', 404, /baseline run run_nope not found/],
    ['latest:branch=release', 404, /^no run on branch release before run \S+ \(target\) in its project$/],
    ['latest:branch=main,users=100', 404, /^no run on branch main with 100 users before run/],
    ['latest:go=Nope', 404, /criteria set "Nope" in the project of run \S+ not found/],
  ])('%s: %i', async (spec, status, message) => {
    const res = await ask(id.target!, spec);
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(message);
  });

  test('the first run of a project has no baseline; an unknown run is 404', async () => {
    expect((await (await ask(id['main-20']!, 'latest')).json()).error.code).toBe('no_baseline');
    expect((await ask('run_nope', 'latest')).status).toBe(404);
  });

  test('a run is not its own baseline', async () => {
    expect((await ask(id.target!, `id:${id.target}`)).status).toBe(400);
  });
});
