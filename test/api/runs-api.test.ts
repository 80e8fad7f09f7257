// The HTTP API through its route handlers (no server): every status of docs/contract.md.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-api-')), 'api.db')}`;
process.env.SWARMLENS_UPLOAD_MAX_MB = '1';

const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');
const file = await import('../../app/api/runs/[id]/files/[fileId]/route');
const series = await import('../../app/api/runs/[id]/series/route');
const health = await import('../../app/api/health/route');

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const RUN_20U = join(FIXTURES, 'locust-2.12-generated/smallpool-20u');
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

function form(files: { name: string; bytes: Uint8Array | string }[], fields: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const x of files) f.append('files', new Blob([x.bytes as BlobPart]), x.name);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}
const post = (body: FormData | string, headers: Record<string, string> = {}) =>
  runs.POST(new Request('http://test/api/runs', { method: 'POST', body, headers }));
const folder = (dir: string) =>
  readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));

let runId = '';
beforeAll(async () => {
  const res = await post(form(folder(RUN_20U), { project: 'API test', tags: 'x, y', label: '20 users' }));
  expect(res.status).toBe(201);
  runId = (await res.json()).id;
});

describe('success', () => {
  test('POST /api/runs → 201 with id, url and Location; users and spawn rate can be given', async () => {
    const res = await post(
      form(folder(join(FIXTURES, 'locust-real/kalpee06-locust1.x')), { userCount: '120', spawnRate: '10' }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ id: expect.stringMatching(/^run_/), url: `/runs/${body.id}` });
    expect(res.headers.get('Location')).toBe(`/api/runs/${body.id}`);
    const run = await (await one.GET(new Request('http://test'), ctx({ id: body.id }))).json();
    expect(run.meta).toMatchObject({ userCount: 120, spawnRate: 10 });
  });

  test('GET /api/runs/:id → the Run JSON, with project, tags and downloads', async () => {
    const res = await one.GET(new Request('http://test'), ctx({ id: runId }));
    expect(res.status).toBe(200);
    const run = await res.json();
    expect(run).toMatchObject({
      id: runId,
      meta: { label: '20 users', userCount: 20 },
      aggregated: { requests: 552, failures: 8 },
      tags: ['x', 'y'],
      project: { name: 'API test' },
    });
    expect(run.history.points).toBe(832);
    expect(run.downloads).toHaveLength(5);
    const dl = await file.GET(
      new Request('http://test'),
      ctx({ id: runId, fileId: run.downloads.find((d: { name: string }) => d.name.endsWith('_stats.csv')).id }),
    );
    expect(dl.status).toBe(200);
    expect(Buffer.from(await dl.arrayBuffer()).equals(readFileSync(join(RUN_20U, 'smallpool-20u_stats.csv')))).toBe(
      true,
    );
    expect(dl.headers.get('Content-Disposition')).toContain('smallpool-20u_stats.csv');
  });

  test('GET /api/runs lists with paging and filters; PATCH edits; series answer', async () => {
    const list = await (await runs.GET(new Request('http://test/api/runs?tag=x&pageSize=5'))).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 5 });
    const patched = await one.PATCH(
      new Request('http://test', {
        method: 'PATCH',
        body: JSON.stringify({ label: 'renamed', tags: ['z'], userCount: 25, spawnRate: 2.5 }),
      }),
      ctx({ id: runId }),
    );
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      meta: { label: 'renamed', userCount: 25, spawnRate: 2.5 },
      tags: ['z'],
    });
    const names = await (
      await series.GET(new Request(`http://test/api/runs/${runId}/series`), ctx({ id: runId }))
    ).json();
    expect(names.series.length).toBe(14);
    const s = names.series[0];
    const one1 = await series.GET(
      new Request(`http://test/x?name=${encodeURIComponent(s.name)}&method=${s.method}`),
      ctx({ id: runId }),
    );
    expect((await one1.json()).columns.timestampsS).toHaveLength(s.length);
  });

  test('GET /api/health → 200 { ok, db }', async () => {
    const res = await health.GET();
    expect(await res.json()).toEqual({ ok: true, db: 'sqlite' });
  });
});

describe('errors: { error: { code, message, details? } } with the right status, nothing stored', () => {
  const stats = readFileSync(join(FIXTURES, 'locust-examples/v1.2-2.43.3__stats.csv'), 'utf8');

  test.each([
    ['no files', () => post(form([], { label: 'x' })), 400, 'bad_request'],
    ['not multipart', () => post('hello', { 'content-type': 'text/plain' }), 400, 'bad_request'],
    [
      'over the size limit (declared)',
      () => post(form([{ name: 'a_stats.csv', bytes: stats }]), { 'content-length': String(5 * 1024 * 1024) }),
      413,
      'payload_too_large',
    ],
    [
      'over the size limit (actual)',
      () => post(form([{ name: 'a_stats.csv', bytes: 'x'.repeat(1100 * 1024) }])),
      413,
      'payload_too_large',
    ],
    ['not Locust output', () => post(form([{ name: 'notes.txt', bytes: 'hello\nworld\n' }])), 415, 'not_locust_output'],
    [
      'a Locust file that cannot be read',
      () => post(form([{ name: 'bad_stats.csv', bytes: stats.replace('GET,/,100,2,42,', 'GET,/,100,2,fast,') }])),
      422,
      'invalid_locust_file',
    ],
    [
      'a bad tag list',
      () => post(form([{ name: 'a_stats.csv', bytes: stats }], { tags: 'x'.repeat(100) })),
      400,
      'bad_request',
    ],
    [
      'a user count that is not a positive number',
      () => post(form([{ name: 'a_stats.csv', bytes: stats }], { userCount: 'many' })),
      400,
      'bad_request',
    ],
  ])('%s', async (_what, send, status, code) => {
    const before = await (await runs.GET(new Request('http://test/api/runs'))).json();
    const res = await send();
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error).toMatchObject({ code, message: expect.any(String) });
    const after = await (await runs.GET(new Request('http://test/api/runs'))).json();
    expect(after.total).toBe(before.total);
  });

  test('422 details name the file and the line', async () => {
    const res = await post(
      form([{ name: 'bad_stats.csv', bytes: stats.replace('GET,/,100,2,42,', 'GET,/,100,2,fast,') }]),
    );
    expect((await res.json()).error.details).toEqual({
      file: 'bad_stats.csv',
      line: 2,
      reason: 'column "Median Response Time" holds "fast", expected a number',
    });
  });

  test('one bad file in a multi-run upload stores nothing', async () => {
    const before = (await (await runs.GET(new Request('http://test/api/runs'))).json()).total;
    const res = await post(
      form([...folder(RUN_20U), { name: 'other_stats.csv', bytes: stats.replace(',Aggregated,', ',Aggregated,x,') }]),
    );
    expect(res.status).toBe(422);
    expect((await (await runs.GET(new Request('http://test/api/runs'))).json()).total).toBe(before);
  });

  const patch = (body: unknown) =>
    one.PATCH(new Request('http://test', { method: 'PATCH', body: JSON.stringify(body) }), ctx({ id: runId }));

  test("PATCH corrects provenance: set, then cleared with null or empty text; the sender's facts stay", async () => {
    const set = await patch({
      commit: '3f786850e387550fdab836ed7e6dc881de23001b',
      branch: 'release/1.4',
      environment: 'staging',
      buildUrl: 'https://ci.example/jobs/7',
      profile: 'nightly',
    });
    expect(set.status).toBe(200);
    expect((await set.json()).meta).toMatchObject({
      commit: '3f786850e387550fdab836ed7e6dc881de23001b',
      branch: 'release/1.4',
      environment: 'staging',
      buildUrl: 'https://ci.example/jobs/7',
      profile: 'nightly',
    });
    const cleared = await patch({ branch: null, environment: '', profile: '  ' });
    expect((await cleared.json()).meta).toMatchObject({
      branch: null,
      environment: null,
      profile: null,
      commit: '3f786850e387550fdab836ed7e6dc881de23001b',
    });
  });

  test.each([
    ['a build URL that is not http(s)', { buildUrl: 'javascript:alert(1)' }, 'buildUrl'],
    ['a control character', { branch: 'main\u0000' }, 'branch'],
    ["the sender's own facts", { source: 'cli' }, 'source'],
    ['the locustfile hash', { locustfileSha256: 'ab'.repeat(32) }, 'locustfileSha256'],
  ])('PATCH refuses %s (400 naming the field)', async (_what, body, field) => {
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain(field);
  });

  test.each([
    ['GET unknown run', () => one.GET(new Request('http://test'), ctx({ id: 'run_nope' })), 404],
    ['DELETE unknown run', () => one.DELETE(new Request('http://test'), ctx({ id: 'run_nope' })), 404],
    [
      'PATCH unknown run',
      () => one.PATCH(new Request('http://test', { method: 'PATCH', body: '{"label":"x"}' }), ctx({ id: 'run_nope' })),
      404,
    ],
    [
      'PATCH with an unknown field',
      () => one.PATCH(new Request('http://test', { method: 'PATCH', body: '{"colour":"red"}' }), ctx({ id: runId })),
      400,
    ],
    ['unknown file', () => file.GET(new Request('http://test'), ctx({ id: runId, fileId: 'file_nope' })), 404],
    ['bad list query', () => runs.GET(new Request('http://test/api/runs?pageSize=100000')), 400],
  ])('%s', async (_what, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toEqual(expect.any(String));
  });

  test('DELETE removes the run; then it is 404', async () => {
    expect((await one.DELETE(new Request('http://test'), ctx({ id: runId }))).status).toBe(204);
    expect((await one.GET(new Request('http://test'), ctx({ id: runId }))).status).toBe(404);
  });
});
