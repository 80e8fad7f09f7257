// The upload's `meta` field (issue 18) through the route handlers: stored with the run, in the Run JSON and the
// list, filterable; refused (400 naming the key or field) when it is not the documented object.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-meta-')), 'api.db')}`;

const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');
const compare = await import('../../app/api/compare/route');

const RUN_20U = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const files = readdirSync(RUN_20U).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(RUN_20U, name))) }));
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

function upload(fields: Record<string, string>) {
  const f = new FormData();
  for (const x of files) f.append('files', new Blob([x.bytes as BlobPart]), x.name);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return runs.POST(new Request('http://test/api/runs', { method: 'POST', body: f }));
}
const runJson = async (id: string) => (await one.GET(new Request('http://test'), ctx({ id }))).json();
const list = async (query: string) => (await runs.GET(new Request(`http://test/api/runs?${query}`))).json();

const META = {
  source: 'locust-plugin',
  commit: '3f786850e387550fdab836ed7e6dc881de23001b',
  branch: 'release/2.1',
  environment: 'staging',
  buildUrl: 'https://ci.example/acme/shop/-/jobs/4242',
  locustfile: 'locustfile.py',
  locustfileSha256: 'AB'.repeat(32),
  host: 'http://127.0.0.1:8000',
  profile: 'nightly',
  locustVersion: '2.12.1',
  userCount: 5,
  spawnRate: 5,
  startTime: '2026-01-01T10:00:00.125Z',
  endTime: '2026-01-01T10:00:15+00:00',
  locustTags: { tags: ['checkout'], excludeTags: ['slow'] },
};

let withMeta = '';
let plain = '';
beforeAll(async () => {
  const a = await upload({ project: 'Meta', meta: JSON.stringify(META) });
  expect(a.status, await a.clone().text()).toBe(201);
  withMeta = (await a.json()).id;
  const b = await upload({ project: 'Meta' });
  expect(b.status).toBe(201);
  plain = (await b.json()).id;
});

describe('meta stored with the run', () => {
  test('every field is in the Run JSON; what the plugin knows wins over the files', async () => {
    const { meta } = await runJson(withMeta);
    expect(meta).toMatchObject({
      ...META,
      locustfileSha256: 'ab'.repeat(32),
      userCount: 5,
      durationS: expect.any(Number),
    });
  });

  test('without meta: source "api", every provenance field null', async () => {
    expect((await runJson(plain)).meta).toMatchObject({
      source: 'api',
      commit: null,
      branch: null,
      environment: null,
      buildUrl: null,
      locustfileSha256: null,
      profile: null,
      locustTags: null,
      userCount: 20,
    });
  });

  test('the list carries commit, branch, environment and source, and filters on branch and environment', async () => {
    const byBranch = await list('branch=release%2F2.1');
    expect(byBranch.items.map((r: { id: string }) => r.id)).toEqual([withMeta]);
    expect(byBranch.items[0]).toMatchObject({ branch: 'release/2.1', environment: 'staging', source: 'locust-plugin' });
    expect((await list('environment=staging&branch=main')).items).toEqual([]);
    expect((await list('project=Meta')).total).toBe(2);
  });

  test('a comparison carries each run provenance', async () => {
    const res = await compare.GET(new Request(`http://test/api/compare?runs=${plain},${withMeta}`));
    const body = await res.json();
    const target = body.runs.find((r: { id: string }) => r.id === withMeta);
    expect(target).toMatchObject({ commit: META.commit, branch: 'release/2.1', environment: 'staging' });
  });
});

describe('meta refused: 400 naming what is wrong, nothing stored', () => {
  test.each([
    ['an unknown key', { ...META, colour: 'red' }, /meta: .*colour/],
    ['an unknown source', { source: 'email' }, /meta\.source/],
    ['a build URL that is not http(s)', { buildUrl: 'javascript:alert(1)' }, /meta\.buildUrl: an http\(s\) URL/],
    ['a sha256 that is not 64 hex', { locustfileSha256: 'abc' }, /meta\.locustfileSha256/],
    ['a branch over 255 characters', { branch: 'b'.repeat(256) }, /meta\.branch: at most 255/],
    ['a control character', { commit: 'abc\u0007' }, /meta\.commit: no control/],
    ['a start without its offset', { startTime: '2026-01-01T10:00:00' }, /meta\.startTime/],
    ['an unknown key of the task tags', { locustTags: { include: ['x'] } }, /meta\.locustTags: .*include/],
  ])('%s', async (_, meta, message) => {
    const before = (await list('project=Meta')).total;
    const res = await upload({ project: 'Meta', meta: JSON.stringify(meta) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(message);
    expect((await list('project=Meta')).total).toBe(before);
  });

  test('meta that is not JSON, or too long', async () => {
    const bad = await upload({ meta: '{source:' });
    expect((await bad.json()).error.message).toMatch(/meta: meta must be a JSON object/);
    const long = await upload({ meta: JSON.stringify({ profile: 'p', pad: 'x'.repeat(20_000) }) });
    expect((await long.json()).error.message).toMatch(/meta: meta is at most 20000 characters/);
  });
});
