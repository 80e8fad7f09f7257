// Access control through proxy.ts and the auth, token and share routes, with SWARMLENS_ADMIN_SECRET
// set: sign-in, sessions, API tokens (viewer / editor, revoked), cross-site refusals, share links
// that work without a session until revoked or expired (then the same 404 as an unknown link).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { callerHeader, forwardedCallerName } from '../support/caller';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-auth-')), 'a.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'correct horse battery staple';
const { proxy } = await import('../../proxy');
const signIn = await import('../../app/api/auth/sign-in/route');
const tokens = await import('../../app/api/tokens/route');
const token = await import('../../app/api/tokens/[id]/route');
const shares = await import('../../app/api/shares/route');
const share = await import('../../app/api/shares/[id]/route');
const runs = await import('../../app/api/runs/route');
const { openShareLink } = await import('../../lib/server/services/share-service');

const BASE = 'http://swarmlens.test';
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(BASE + path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
const through = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  proxy(
    new NextRequest(BASE + path, {
      method: init.method ?? 'GET',
      headers: { host: 'swarmlens.test', ...init.headers },
    }),
  );
const passed = (res: Response) => res.headers.get('x-middleware-next') === '1';

let cookie = '';
let runId = '';
beforeAll(async () => {
  const res = await signIn.POST(post('/api/auth/sign-in', { secret: 'correct horse battery staple', name: 'Dina' }));
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  runId = (
    await (await runs.POST(new Request(`${BASE}/api/runs`, { method: 'POST', body: form, headers: { cookie } }))).json()
  ).id;
});

describe('sign-in and sessions', () => {
  test('a wrong secret is refused; the right one sets an HttpOnly, SameSite session cookie', async () => {
    expect((await signIn.POST(post('/api/auth/sign-in', { secret: 'wrong' }))).status).toBe(401);
    expect(cookie).toMatch(/^swarmlens_session=slc_[A-Za-z0-9_-]{43}$/);
    const res = await signIn.POST(post('/api/auth/sign-in', { secret: 'correct horse battery staple' }));
    expect(res.headers.get('set-cookie')).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
  });

  test.each([
    ['a page without a session goes to sign-in', '/runs?page=2', {}, 307, '/sign-in?next=%2Fruns%3Fpage%3D2'],
    ['the API without credentials answers 401', '/api/runs', {}, 401, null],
    [
      'a forged session cookie is no session',
      '/api/runs',
      { cookie: 'swarmlens_session=slc_' + 'A'.repeat(43) },
      401,
      null,
    ],
    ['health is public', '/api/health', {}, 'next', null],
    ['share links are public', '/s/sls_whatever', {}, 'next', null],
  ])('%s', async (_what, path, headers, status, location) => {
    const res = await through(path, { headers });
    if (status === 'next') expect(passed(res)).toBe(true);
    else expect(res.status).toBe(status);
    if (location) expect(res.headers.get('location')).toBe(BASE + location);
  });

  test('with the session: pages and API pass, the caller is named, a client cannot claim a name', async () => {
    const res = await through('/api/runs', { headers: { cookie, ...callerHeader('Mallory') } });
    expect(passed(res)).toBe(true);
    expect(forwardedCallerName(res)).toBe('Dina (admin secret)');
  });

  test('any name works, also outside Latin-1 (it travels percent-encoded)', async () => {
    const res = await signIn.POST(
      post(
        '/api/auth/sign-in',
        { secret: 'correct horse battery staple', name: '李雷 🚀' },
        { 'x-forwarded-for': '10.0.0.9' },
      ),
    );
    const own = res.headers.get('set-cookie')!.split(';')[0]!;
    const through1 = await through('/api/runs', { headers: { cookie: own } });
    expect(passed(through1)).toBe(true);
    expect(forwardedCallerName(through1)).toBe('李雷 🚀 (admin secret)');
  });

  test('changing the admin secret ends every session', async () => {
    process.env.SWARMLENS_ADMIN_SECRET = 'a new secret after a leak';
    try {
      expect((await through('/api/runs', { headers: { cookie } })).status).toBe(401);
    } finally {
      process.env.SWARMLENS_ADMIN_SECRET = 'correct horse battery staple';
    }
    expect(passed(await through('/api/runs', { headers: { cookie } }))).toBe(true);
  });

  const attempt = (secret: string, from: string) =>
    signIn.POST(post('/api/auth/sign-in', { secret }, { 'x-forwarded-for': from }));

  test('three wrong secrets from one address are free; then it waits (429), even with the right one', async () => {
    const from = '203.0.113.7';
    for (let i = 0; i < 3; i++) expect((await attempt(`guess ${i}`, from)).status).toBe(401);
    const refused = await attempt('correct horse battery staple', from);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await refused.json()).error.details.retryAfterS).toBe(1);
    expect((await attempt('correct horse battery staple', '198.51.100.1')).status).toBe(200);
  });

  test('the lock-out attack: 100 wrong secrets from ten addresses refuse no clean address the right one', async () => {
    for (let i = 0; i < 100; i++) await attempt(`guess ${i}`, `192.0.2.${i % 10}`);
    expect((await attempt('correct horse battery staple', '198.51.100.2')).status).toBe(200);
    expect((await attempt('correct horse battery staple', '192.0.2.3')).status).toBe(429);
  });

  test('a cross-site mutation is refused even with a session', async () => {
    const res = await through('/api/runs/x', { method: 'DELETE', headers: { cookie, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(passed(await through('/api/runs/x', { method: 'DELETE', headers: { cookie, origin: BASE } }))).toBe(true);
  });
});

describe('API tokens', () => {
  test('an editor token writes, a viewer token only reads, a revoked token is refused at once', async () => {
    const make = async (role: string) =>
      (await (await tokens.POST(post('/api/tokens', { name: `ci ${role}`, role }, callerHeader('Dina')))).json()) as {
        id: string;
        token: string;
      };
    const editor = await make('editor');
    const viewer = await make('viewer');
    expect(editor.token).toMatch(/^slt_/);
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
    expect(passed(await through('/api/runs', { method: 'POST', headers: bearer(editor.token) }))).toBe(true);
    expect(passed(await through('/api/runs', { headers: bearer(viewer.token) }))).toBe(true);
    expect((await through('/api/runs', { method: 'POST', headers: bearer(viewer.token) })).status).toBe(403);
    expect((await token.DELETE(new Request(BASE), ctx(editor.id))).status).toBe(204);
    expect((await through('/api/runs', { method: 'POST', headers: bearer(editor.token) })).status).toBe(401);
    const listed = (await (await tokens.GET(new Request(BASE + '/api/tokens'))).json()).tokens;
    expect(listed.find((t: { id: string }) => t.id === editor.id)).toMatchObject({
      createdBy: 'Dina',
      revokedAt: expect.any(String),
    });
    expect(JSON.stringify(listed)).not.toContain(editor.token);
  });
});

describe('the upload route gates itself (proxy.ts skips /api/runs so uploads stream in)', () => {
  const upload = (headers: Record<string, string>) => {
    const form = new FormData();
    form.append('files', new Blob([readFileSync(join(DIR, 'smallpool-20u_stats.csv'))]), 'smallpool-20u_stats.csv');
    return runs.POST(
      new Request(`${BASE}/api/runs`, { method: 'POST', body: form, headers: { host: 'swarmlens.test', ...headers } }),
    );
  };
  const list = (headers: Record<string, string>) => runs.GET(new Request(`${BASE}/api/runs`, { headers }));
  let viewer = '';
  let editor = '';
  beforeAll(async () => {
    const make = async (role: string) =>
      (await (await tokens.POST(post('/api/tokens', { name: `route ${role}`, role }, callerHeader('Dina')))).json())
        .token as string;
    [viewer, editor] = [await make('viewer'), await make('editor')];
  });

  test.each([
    ['list without credentials', () => list({}), 401],
    ['list with a forged session', () => list({ cookie: 'swarmlens_session=slc_' + 'A'.repeat(43) }), 401],
    ['list with a viewer token', () => list({ authorization: `Bearer ${viewer}` }), 200],
    ['upload without credentials', () => upload({}), 401],
    ['upload with a viewer token', () => upload({ authorization: `Bearer ${viewer}` }), 403],
    ['upload from another site with a session', () => upload({ cookie, origin: 'https://evil.example' }), 403],
    ['upload with a session', () => upload({ cookie, origin: BASE }), 201],
    ['upload with an editor token', () => upload({ authorization: `Bearer ${editor}` }), 201],
  ])('%s: %i', async (_what, send, status) => {
    expect((await send()).status).toBe(status);
  });
});

describe('share links', () => {
  const create = async (body: unknown) => shares.POST(post('/api/shares', body, callerHeader('Dina')));
  const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;

  test(
    'created with an absolute url; opened without a session it counts views; revoked, ' + 'it is a 404 at once',
    async () => {
      const res = await create({ kind: 'run', runs: [runId] });
      expect(res.status).toBe(201);
      const created = await res.json();
      expect(created.url).toMatch(new RegExp(`^${BASE}/s/sls_[A-Za-z0-9_-]{43}$`));
      await openShareLink(tokenOf(created.url), 'test');
      const opened = await openShareLink(tokenOf(created.url), 'test');
      expect(opened).toMatchObject({ kind: 'run', runIds: [runId], viewCount: 2, createdBy: 'Dina' });
      expect((await share.DELETE(new Request(BASE), ctx(created.id))).status).toBe(204);
      await expect(openShareLink(tokenOf(created.url), 'test')).rejects.toMatchObject({
        status: 404,
        message: 'share link not found',
      });
      await expect(openShareLink('sls_' + 'x'.repeat(43), 'test')).rejects.toMatchObject({
        status: 404,
        message: 'share link not found',
      });
    },
  );

  test('an expired link answers the same 404; past expiries and bad shapes are refused', async () => {
    const created = await (
      await create({ kind: 'run', runs: [runId], expiresAt: new Date(Date.now() + 600).toISOString() })
    ).json();
    await openShareLink(tokenOf(created.url), 'test');
    await new Promise((r) => setTimeout(r, 700));
    await expect(openShareLink(tokenOf(created.url), 'test')).rejects.toMatchObject({
      status: 404,
      message: 'share link not found',
    });
    expect((await create({ kind: 'run', runs: [runId], expiresAt: '2020-01-01T00:00:00Z' })).status).toBe(400);
    expect((await create({ kind: 'comparison', runs: [runId] })).status).toBe(400);
    expect((await create({ kind: 'run', runs: ['run_nope'] })).status).toBe(404);
    const listed = (await (await shares.GET()).json()).shares;
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(listed)).not.toMatch(/sls_/);
  });
});
