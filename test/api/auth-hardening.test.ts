// Issue 17, in process (e2e/issue17-auth.secured.spec.ts does the same against the built server): an API
// token makes no tokens and its share links die with it; answers per caller are private to it; a route
// param holding % answers 404, not 500; share links that could never open are refused; sign-in, sign-out
// and tokens do not outdate the read cache.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { callerHeader } from '../support/caller';
import { callerIdentity } from '../../lib/server/http/caller';
import { generate } from '../support/stepped-run';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-hardening-')), 'h.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'hardening-test-secret';
const { proxy } = await import('../../proxy');
const signIn = await import('../../app/api/auth/sign-in/route');
const tokens = await import('../../app/api/tokens/route');
const token = await import('../../app/api/tokens/[id]/route');
const shares = await import('../../app/api/shares/route');
const runs = await import('../../app/api/runs/route');
const project = await import('../../app/api/projects/[id]/route');
const openapi = await import('../../app/api/openapi.json/route');
const { openShareLink } = await import('../../lib/server/services/share-service');
const { database } = await import('../../lib/server/db/stores');

const BASE = 'http://swarmlens.test';
const SECRET = 'hardening-test-secret';
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(BASE + path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
const through = (path: string, method: string, headers: Record<string, string>) =>
  proxy(new NextRequest(BASE + path, { method, headers: { host: 'swarmlens.test', ...headers } }));
const passed = (res: Response) => res.headers.get('x-middleware-next') === '1';
/** What the proxy passes on to the route (request headers it set), as the route would see them. */
const forwarded = (res: Response) => {
  const headers: Record<string, string> = {};
  for (const [k, v] of res.headers) if (k.startsWith('x-middleware-request-')) headers[k.slice(21)] = v;
  return headers;
};
const upload = async (files: [string, Blob][], cookie: string) => {
  const form = new FormData();
  for (const [name, blob] of files) form.append('files', blob, name);
  const res = await runs.POST(new Request(`${BASE}/api/runs`, { method: 'POST', body: form, headers: { cookie } }));
  return ((await res.json()) as { id: string }).id;
};

let cookie = '';
let runId = '';
let steppedId = '';
beforeAll(async () => {
  const res = await signIn.POST(post('/api/auth/sign-in', { secret: SECRET, name: 'Dina' }));
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  runId = await upload(
    readdirSync(DIR).map((n) => [n, new Blob([readFileSync(join(DIR, n))])]),
    cookie,
  );
  const { history, stats } = generate({ full: true, reset: false });
  steppedId = await upload(
    [
      ['stepped_stats.csv', new Blob([stats])],
      ['stepped_stats_history.csv', new Blob([history])],
    ],
    cookie,
  );
});

describe('item 3: a leaked editor token leaves nothing behind once revoked', () => {
  test('a token cannot make or revoke tokens (403); a session can', async () => {
    const made = await (await tokens.POST(post('/api/tokens', { name: 'ci', role: 'editor' }))).json();
    const bearer = { authorization: `Bearer ${made.token}` };
    const minted = await through('/api/tokens', 'POST', bearer);
    expect(minted.status).toBe(403);
    expect((await minted.json()).error.code).toBe('session_required');
    expect((await through(`/api/tokens/${made.id}`, 'DELETE', bearer)).status).toBe(403);
    expect(passed(await through('/api/tokens', 'GET', bearer))).toBe(true);
    expect(passed(await through('/api/runs/x', 'DELETE', bearer))).toBe(true);
    expect(passed(await through('/api/tokens', 'POST', { cookie }))).toBe(true);
  });

  test('share links a token made are revoked with it; those a session made are not', async () => {
    const made = await (await tokens.POST(post('/api/tokens', { name: 'leaked', role: 'editor' }))).json();
    const forged = callerHeader('Mallory', { via: 'token', tokenId: 'tok_forged' });
    const viaToken = forwarded(
      await through('/api/shares', 'POST', { authorization: `Bearer ${made.token}`, ...forged }),
    );
    const tokenIdOf = (h: Record<string, string>) => callerIdentity(new Headers(h))?.tokenId;
    expect(tokenIdOf(viaToken)).toBe(made.id);
    const bySession = forwarded(
      await through('/api/shares', 'POST', { cookie, ...callerHeader('Mallory', { tokenId: made.id }) }),
    );
    expect(tokenIdOf(bySession)).toBeNull();
    const share = async (headers: Record<string, string>) =>
      (await (await shares.POST(post('/api/shares', { kind: 'run', runs: [runId] }, headers))).json()) as {
        url: string;
      };
    const tokenLink = (await share(viaToken)).url.split('/').pop()!;
    const sessionLink = (await share(bySession)).url.split('/').pop()!;
    await openShareLink(tokenLink, 'test');
    expect((await token.DELETE(new Request(BASE, { method: 'DELETE' }), ctx(made.id))).status).toBe(204);
    await expect(openShareLink(tokenLink, 'test')).rejects.toMatchObject({ status: 404 });
    await expect(openShareLink(sessionLink, 'test')).resolves.toMatchObject({ kind: 'run' });
  });
});

describe('item 6: answers per caller are private', () => {
  const PRIVATE = { 'cache-control': 'private, no-store', vary: 'Cookie, Authorization' };
  test.each<[string, () => Promise<Response>]>([
    ['a read', () => tokens.GET(new Request(BASE + '/api/tokens'))],
    ['a list of runs', () => runs.GET(new Request(`${BASE}/api/runs`, { headers: { cookie } }))],
    ['an error', () => project.GET(new Request(`${BASE}/api/projects/nope`), ctx('nope'))],
    ['a DELETE', () => token.DELETE(new Request(BASE, { method: 'DELETE' }), ctx('tok_nope'))],
    ['the gate refusing', () => through('/api/runs', 'GET', {})],
    ['the gate sending a page to sign-in', () => through('/runs', 'GET', {})],
  ])('%s', async (_what, send) => {
    const res = await send();
    for (const [name, value] of Object.entries(PRIVATE)) expect(res.headers.get(name)).toBe(value);
  });

  test('the OpenAPI document stays public and cacheable', async () => {
    expect((await openapi.GET()).headers.get('cache-control')).toBe('public, max-age=300');
  });
});

test.each(['%', '%25', '%E0%A4%A', '50% load'])('item 7: GET /api/projects/ with id %j: 404, not 500', async (id) => {
  const res = await project.GET(new Request(`${BASE}/api/projects/x`), ctx(id));
  expect(res.status).toBe(404);
});

describe('item 8: share links that could never open are refused', () => {
  const create = (body: object) => shares.POST(post('/api/shares', body));
  test.each<[string, () => object, RegExp]>([
    ['a group without =', () => ({ kind: 'comparison', runs: [runId, steppedId], groups: ['Auth'] }), /NAME=PREFIX/],
    [
      'a group with a space in its prefix',
      () => ({ kind: 'comparison', runs: [runId, steppedId], groups: ['A=/a b'] }),
      /"A=\/a b"/,
    ],
    [
      'load steps of a run without two',
      () => ({ kind: 'comparison', runs: [runId], steps: true }),
      /no two load steps/,
    ],
  ])('%s: 400', async (_what, body, message) => {
    const res = await create(body());
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(message);
  });

  test.each<[string, () => object]>([
    [
      'groups written NAME=PREFIX',
      () => ({ kind: 'comparison', runs: [runId, steppedId], groups: ['Auth=/accounts/'] }),
    ],
    ['load steps of a stepped run', () => ({ kind: 'comparison', runs: [steppedId], steps: true })],
  ])('%s: 201', async (_what, body) => {
    expect((await create(body())).status).toBe(201);
  });
});

test('sign-in and token writes leave the data revision (and so every cached view) alone', async () => {
  const db = await database();
  const before = await db.revisions.readRevision();
  const res = await signIn.POST(post('/api/auth/sign-in', { secret: SECRET, name: 'Revision' }));
  expect(res.status).toBe(200);
  expect(
    (await signIn.POST(post('/api/auth/sign-in', { secret: 'wrong' }, { 'x-forwarded-for': '10.9.9.9' }))).status,
  ).toBe(401);
  const made = await (await tokens.POST(post('/api/tokens', { name: 'rev' }))).json();
  await token.DELETE(new Request(BASE, { method: 'DELETE' }), ctx(made.id));
  expect(await db.revisions.readRevision()).toBe(before);
});
