// Issue 17, the audit log in process (e2e/audit.secured.spec.ts does it against the built server): every
// mutating request is recorded once when it ends (withErrors), with its caller, address, target and status,
// refusals by the route too; reads are not; a failed audit write fails nothing; the audit writes raise no
// data revision; sign-in is recorded once (by the sign-in service).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-audit-')), 'a.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'audit-test-secret';
const { proxy } = await import('../../proxy');
const signIn = await import('../../app/api/auth/sign-in/route');
const tokens = await import('../../app/api/tokens/route');
const token = await import('../../app/api/tokens/[id]/route');
const runs = await import('../../app/api/runs/route');
const run = await import('../../app/api/runs/[id]/route');
const invitations = await import('../../app/api/invitations/route');
const projectRole = await import('../../app/api/users/[id]/projects/[projectId]/route');
const { database } = await import('../../lib/server/db/stores');
const { startSession } = await import('../../lib/server/services/auth-service');
const { auditEventOf } = await import('../../lib/server/http/audit-request');

const BASE = 'http://swarmlens.test';
const ADDRESS = '203.0.113.7';
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const db = await database();

/** The request as the route gets it once proxy.ts has let it through (with the caller header it sets). */
async function proxied(path: string, method: string, headers: Record<string, string>, body?: unknown) {
  const base = { host: 'swarmlens.test', 'x-forwarded-for': ADDRESS, ...headers };
  const res = await proxy(new NextRequest(BASE + path, { method, headers: base }));
  expect(res.headers.get('x-middleware-next'), `${method} ${path}: ${res.status}`).toBe('1');
  const forwarded: Record<string, string> = { ...base };
  for (const [k, v] of res.headers) if (k.startsWith('x-middleware-request-')) forwarded[k.slice(21)] = v;
  if (body === undefined) return new Request(BASE + path, { method, headers: forwarded });
  const json = { ...forwarded, 'content-type': 'application/json' };
  return new Request(BASE + path, { method, headers: json, body: JSON.stringify(body) });
}
const upload = (headers: Record<string, string>, project = 'alpha') => {
  const form = new FormData();
  for (const n of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, n))]), n);
  form.append('project', project);
  return runs.POST(new Request(`${BASE}/api/runs`, { method: 'POST', body: form, headers }));
};
const newest = async (n = 1) => db.audit.listAuditEvents({ beforeId: null, limit: n, userId: null, action: null });
const count = async () =>
  (await db.audit.listAuditEvents({ beforeId: null, limit: 10_000, userId: null, action: null })).length;

let cookie = '';
beforeAll(async () => {
  const res = await signIn.POST(
    new Request(`${BASE}/api/auth/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ secret: 'audit-test-secret', name: 'Auditor' }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ADDRESS },
    }),
  );
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
});

afterEach(() => vi.restoreAllMocks());

describe('a mutation is recorded once, with its caller, address, target and status', () => {
  test("sign-in: one event, the sign-in service's (the hook leaves POST /api/auth/sign-in alone)", async () => {
    const events = await db.audit.listAuditEvents({ beforeId: null, limit: 10, userId: null, action: null });
    expect(events.map((e) => [e.action, e.actor, e.via, e.address, e.status])).toEqual([
      ['sign-in', 'Auditor (admin secret)', 'secret', ADDRESS, 200],
    ]);
  });

  test('making and revoking a token (routes behind the proxy): token.create, token.revoke', async () => {
    const before = await count();
    const made = await tokens.POST(await proxied('/api/tokens', 'POST', { cookie }, { name: 'ci', role: 'viewer' }));
    const { id } = (await made.json()) as { id: string };
    expect(await count()).toBe(before + 1);
    expect((await newest())[0]).toMatchObject({
      action: 'token.create',
      actor: 'Auditor (admin secret)',
      userId: null,
      via: 'session',
      address: ADDRESS,
      target: id,
      status: 201,
      detail: null,
    });
    expect((await token.DELETE(await proxied(`/api/tokens/${id}`, 'DELETE', { cookie }), ctx(id))).status).toBe(204);
    expect((await newest())[0]).toMatchObject({ action: 'token.revoke', target: id, status: 204 });
    expect(await count()).toBe(before + 2);
  });

  test('upload and delete (/api/runs passes the gate itself: the gate hands the caller over)', async () => {
    const res = await upload({ cookie, 'x-forwarded-for': ADDRESS });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await newest())[0]).toMatchObject({ action: 'run.upload', actor: 'Auditor (admin secret)', target: id });
    const revision = await db.revisions.readRevision();
    const gone = await run.DELETE(await proxied(`/api/runs/${id}`, 'DELETE', { cookie }), ctx(id));
    expect(gone.status).toBe(204);
    expect((await newest())[0]).toMatchObject({ action: 'run.delete', target: id, status: 204 });
    // The delete raised the revision once (asMutation); the audit write after it did not raise it again.
    expect(await db.revisions.readRevision()).toBe(revision + 1);
  });

  test('a refusal by the route is recorded with its status and error', async () => {
    const res = await token.DELETE(await proxied('/api/tokens/tok_nope', 'DELETE', { cookie }), ctx('tok_nope'));
    expect(res.status).toBe(404);
    expect((await newest())[0]).toMatchObject({ action: 'token.revoke', target: 'tok_nope', status: 404 });
    expect((await newest())[0]!.detail).toMatch(/^not_found: /);
  });

  test("requireEditor's 403 (a project viewer making a new project) is recorded; the gate's 401 is not", async () => {
    const userId = await db.users.createUser({
      email: 'vera@example.com',
      name: 'Vera',
      role: 'viewer',
      passwordHash: null,
      oidcSubject: null,
      createdBy: null,
    });
    await db.users.setProjectRole(userId, await db.projects.ensureProject('alpha'), 'editor');
    const session = await startSession({ userId, name: 'Vera', role: 'viewer', method: 'password' });
    const res = await upload({ cookie: `swarmlens_session=${session.token}` }, 'beta');
    expect(res.status).toBe(403);
    expect((await newest())[0]).toMatchObject({ action: 'run.upload', actor: 'Vera', userId, status: 403 });
    expect((await newest())[0]!.detail).toMatch(/^forbidden: Vera may not make new projects/);
    const before = await count();
    expect((await upload({})).status).toBe(401);
    expect(await count()).toBe(before);
  });
});

describe('accounts and invitations (admin routes)', () => {
  test('an invitation: its id from the answer (never its token); a project role: both ids of the path', async () => {
    const made = await invitations.POST(
      await proxied('/api/invitations', 'POST', { cookie }, { email: 'new@example.com', role: 'viewer' }),
    );
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    const [invited] = await newest();
    expect(invited).toMatchObject({ action: 'invitation.create', target: id, status: 201, detail: null });
    const userId = (await db.users.findUserByEmail('vera@example.com'))!.id;
    const path = `/api/users/${userId}/projects/alpha`;
    const res = await projectRole.PUT(await proxied(path, 'PUT', { cookie }, { role: 'viewer' }), {
      params: Promise.resolve({ id: userId, projectId: 'alpha' }),
    });
    expect(res.status).toBe(204);
    expect((await newest())[0]).toMatchObject({ action: 'user.project-role', target: `${userId}/alpha`, status: 204 });
  });
});

describe('not recorded', () => {
  test('reads: GET records nothing', async () => {
    const before = await count();
    expect((await tokens.GET(await proxied('/api/tokens', 'GET', { cookie }))).status).toBe(200);
    expect((await runs.GET(new Request(`${BASE}/api/runs`, { headers: { cookie } }))).status).toBe(200);
    expect(await count()).toBe(before);
  });

  test('with access control on, a request nobody vouches for: only on a public route that takes one', async () => {
    // Only public routes get such requests to the route: a sign-out without a session changes nothing.
    const anonymous = (path: string) => new Request(BASE + path, { method: 'POST', headers: { 'x-real-ip': ADDRESS } });
    expect(await auditEventOf(anonymous('/api/auth/sign-out'), Response.json({ ok: true }))).toBeNull();
    const refused = Response.json({ error: { code: 'not_found', message: 'invitation not found' } }, { status: 404 });
    expect(await auditEventOf(anonymous('/api/invitations/accept'), refused)).toEqual({
      userId: null,
      actor: 'anonymous',
      via: 'anonymous',
      address: ADDRESS,
      action: 'invitation.accept',
      target: null,
      status: 404,
      detail: 'not_found: invitation not found',
    });
    // Accepted, the answer names the new account's holder: the actor.
    const accepted = Response.json({ name: 'Nia' }, { status: 201 });
    expect(await auditEventOf(anonymous('/api/invitations/accept'), accepted)).toMatchObject({
      actor: 'Nia',
      via: 'anonymous',
      status: 201,
    });
  });
});

test('a failed audit write does not fail the request: it is logged with its action', async () => {
  const made = await tokens.POST(await proxied('/api/tokens', 'POST', { cookie }, { name: 'doomed' }));
  const { id } = (await made.json()) as { id: string };
  const write = vi.spyOn(db.audit, 'recordAuditEvent').mockRejectedValueOnce(new Error('disk I/O error'));
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const res = await token.DELETE(await proxied(`/api/tokens/${id}`, 'DELETE', { cookie }), ctx(id));
  expect(res.status).toBe(204);
  expect(write).toHaveBeenCalledTimes(1);
  expect(String(logged.mock.calls[0]?.[0])).toMatch(/could not record the audit event token\.revoke \(204\)/);
  expect((await db.auth.listApiTokens()).find((t) => t.id === id)?.revokedAt).not.toBeNull();
});

test('audit writes of requests that change no project data leave the data revision alone', async () => {
  const revision = await db.revisions.readRevision();
  const before = await count();
  const made = await tokens.POST(await proxied('/api/tokens', 'POST', { cookie }, { name: 'rev' }));
  const { id } = (await made.json()) as { id: string };
  await token.DELETE(await proxied(`/api/tokens/${id}`, 'DELETE', { cookie }), ctx(id));
  expect(await count()).toBe(before + 2);
  expect(await db.revisions.readRevision()).toBe(revision);
});

test('an open instance: the actor is "anyone (open instance)", via anonymous', async () => {
  delete process.env.SWARMLENS_ADMIN_SECRET;
  try {
    const made = await tokens.POST(
      new Request(`${BASE}/api/tokens`, { method: 'POST', body: JSON.stringify({ name: 'open' }) }),
    );
    expect(made.status).toBe(201);
    expect((await newest())[0]).toMatchObject({
      action: 'token.create',
      actor: 'anyone (open instance)',
      via: 'anonymous',
      userId: null,
      address: 'unknown',
    });
  } finally {
    process.env.SWARMLENS_ADMIN_SECRET = 'audit-test-secret';
  }
});
