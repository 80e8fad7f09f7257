// Named accounts in process, through proxy.ts: invitations (accept once; used, revoked, expired refused),
// e-mail + password sign-in, per-project roles, tokens capped by their owner and revoked when the owner
// is disabled, "sign out everywhere", the last admin, and sign-offs naming the account.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { call, cookieOf } from '../support/through-proxy';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-accounts-')), 'a.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'accounts-test-secret';
const signIn = await import('../../app/api/auth/sign-in/route');
const everywhere = await import('../../app/api/auth/sign-out-everywhere/route');
const invitations = await import('../../app/api/invitations/route');
const invitation = await import('../../app/api/invitations/[id]/route');
const accept = await import('../../app/api/invitations/accept/route');
const users = await import('../../app/api/users/route');
const user = await import('../../app/api/users/[id]/route');
const projectRole = await import('../../app/api/users/[id]/projects/[projectId]/route');
const tokens = await import('../../app/api/tokens/route');
const sets = await import('../../app/api/projects/[id]/criteria-sets/route');
const { database } = await import('../../lib/server/db/stores');
const { changeUser } = await import('../../lib/server/services/user-admin-service');

const PASSWORD = 'a long enough password';
const SET = { name: 'Gate', criteria: [{ metric: 'failureRate', scope: 'aggregate', op: '<=', target: 0.01 }] };
let admin = '';
const asAdmin = {
  get cookie() {
    return admin;
  },
};
const projects: Record<'a' | 'b', string> = { a: '', b: '' };

async function invite(body: Record<string, unknown>): Promise<string> {
  const res = await call(invitations.POST, { path: '/api/invitations', body, headers: { cookie: admin } });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}
async function account(email: string, body: Record<string, unknown> = {}): Promise<{ cookie: string; id: string }> {
  const token = await invite({ email, role: 'viewer', ...body });
  const res = await call(accept.POST, {
    path: '/api/invitations/accept',
    body: { token, name: email, password: PASSWORD },
  });
  expect(res.status).toBe(201);
  const list = (await (await call(users.GET, { path: '/api/users', headers: asAdmin })).json()) as {
    users: { id: string; email: string }[];
  };
  return { cookie: cookieOf(res), id: list.users.find((u) => u.email === email)!.id };
}
const newSet = (cookie: string, project: string, name: string) =>
  call(sets.POST, {
    path: `/api/projects/${project}/criteria-sets`,
    body: { ...SET, name },
    headers: { cookie },
    params: { id: project },
  });

beforeAll(async () => {
  admin = cookieOf(
    await signIn.POST(
      new Request('http://x/api/auth/sign-in', {
        method: 'POST',
        body: JSON.stringify({ secret: 'accounts-test-secret', name: 'Root' }),
      }),
    ),
  );
  const db = await database();
  projects.a = await db.projects.ensureProject('Checkout');
  projects.b = await db.projects.ensureProject('Search');
});

describe('invitations', () => {
  test('a link makes one account, which then signs in with its e-mail and password', async () => {
    const token = await invite({ email: 'Ana@Example.com', role: 'editor' });
    const body = { token, name: 'Ana Ruiz', password: PASSWORD };
    const first = await call(accept.POST, { path: '/api/invitations/accept', body });
    expect(first.status).toBe(201);
    expect((await call(accept.POST, { path: '/api/invitations/accept', body })).status).toBe(410);
    const signed = await signIn.POST(
      new Request('http://x', {
        method: 'POST',
        body: JSON.stringify({ email: 'ana@example.com', password: PASSWORD }),
      }),
    );
    expect(signed.status).toBe(200);
    expect((await signed.json()).name).toBe('Ana Ruiz');
    const wrong = await signIn.POST(
      new Request('http://x', {
        method: 'POST',
        body: JSON.stringify({ email: 'ana@example.com', password: 'not the password' }),
      }),
    );
    expect(wrong.status).toBe(401);
  });

  test.each([
    [
      'revoked',
      async (id: string) => {
        await call(invitation.DELETE, {
          method: 'DELETE',
          path: `/api/invitations/${id}`,
          headers: asAdmin,
          params: { id },
        });
      },
    ],
    [
      'expired',
      async (id: string) => {
        const { prisma } = await (await import('../../lib/server/db/client')).getDatabase();
        await prisma.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      },
    ],
  ])('a %s link makes no account (410)', async (what, close) => {
    const res = await call(invitations.POST, {
      path: '/api/invitations',
      body: { email: `${what}@x.test`, role: 'viewer' },
      headers: asAdmin,
    });
    const { id, token } = (await res.json()) as { id: string; token: string };
    await close(id);
    const body = { token, name: what, password: PASSWORD };
    expect((await call(accept.POST, { path: '/api/invitations/accept', body })).status).toBe(410);
  });

  test('inviting an e-mail that has an account is a conflict; a non-admin may not invite', async () => {
    const viewer = await account('vera@x.test');
    const again = await call(invitations.POST, {
      path: '/api/invitations',
      body: { email: 'VERA@x.test', role: 'viewer' },
      headers: asAdmin,
    });
    expect(again.status).toBe(409);
    const byViewer = await call(invitations.POST, {
      path: '/api/invitations',
      body: { email: 'z@x.test', role: 'admin' },
      headers: { cookie: viewer.cookie },
    });
    expect(byViewer.status).toBe(403);
  });
});

describe('per-project roles', () => {
  test('a viewer who edits one project changes it, and only it', async () => {
    const pat = await account('pat@x.test', { projectId: projects.a, projectRole: 'editor' });
    expect((await newSet(pat.cookie, projects.a, 'pat in A')).status).toBe(201);
    expect((await newSet(pat.cookie, projects.b, 'pat in B')).status).toBe(403);
  });

  test('an editor who only views one project may not change it', async () => {
    const eve = await account('eve@x.test', { role: 'editor' });
    const put = await call(projectRole.PUT, {
      method: 'PUT',
      path: `/api/users/${eve.id}/projects/${projects.b}`,
      body: { role: 'viewer' },
      headers: asAdmin,
      params: { id: eve.id, projectId: projects.b },
    });
    expect(put.status).toBe(204);
    expect((await newSet(eve.cookie, projects.a, 'eve in A')).status).toBe(201);
    expect((await newSet(eve.cookie, projects.b, 'eve in B')).status).toBe(403);
  });
});

describe('tokens belong to their account', () => {
  test("a token acts with its owner's lower role and is revoked when the owner is disabled", async () => {
    const tom = await account('tom@x.test', { role: 'editor' });
    const made = await call(tokens.POST, {
      path: '/api/tokens',
      body: { name: 'ci', role: 'editor' },
      headers: { cookie: tom.cookie },
    });
    const bearer = { authorization: `Bearer ${((await made.json()) as { token: string }).token}` };
    expect((await newSetBearer(bearer, 'tom ci 1')).status).toBe(201);
    const patch = (body: unknown) =>
      call(user.PATCH, {
        method: 'PATCH',
        path: `/api/users/${tom.id}`,
        body,
        headers: asAdmin,
        params: { id: tom.id },
      });
    expect((await patch({ role: 'viewer' })).status).toBe(200);
    expect((await newSetBearer(bearer, 'tom ci 2')).status).toBe(403);
    expect((await patch({ role: 'editor', disabled: true })).status).toBe(200);
    expect((await newSetBearer(bearer, 'tom ci 3')).status).toBe(401);
    expect((await newSet(tom.cookie, projects.a, 'tom 4')).status).toBe(401);
    expect((await patch({ disabled: false })).status).toBe(200);
    expect((await newSetBearer(bearer, 'tom ci 5')).status).toBe(401);
  });

  test('a viewer may make viewer tokens, not editor ones', async () => {
    const val = await account('val@x.test');
    const ask = (role: string) =>
      call(tokens.POST, { path: '/api/tokens', body: { name: role, role }, headers: { cookie: val.cookie } });
    expect((await ask('viewer')).status).toBe(201);
    expect((await ask('editor')).status).toBe(403);
  });
});

const newSetBearer = (headers: Record<string, string>, name: string) =>
  call(sets.POST, {
    path: `/api/projects/${projects.a}/criteria-sets`,
    body: { ...SET, name },
    headers,
    params: { id: projects.a },
  });

describe('sessions', () => {
  test('sign out everywhere ends every session of the account', async () => {
    const sam = await account('sam@x.test', { role: 'editor' });
    const second = cookieOf(
      await signIn.POST(
        new Request('http://x', {
          method: 'POST',
          body: JSON.stringify({ email: 'sam@x.test', password: PASSWORD }),
        }),
      ),
    );
    const ended = await call(everywhere.POST, {
      path: '/api/auth/sign-out-everywhere',
      body: {},
      headers: { cookie: second },
    });
    expect(await ended.json()).toEqual({ ended: 2 });
    for (const cookie of [sam.cookie, second]) expect((await newSet(cookie, projects.a, 'sam')).status).toBe(401);
  });

  test('signing in with endOtherSessions ends the others', async () => {
    const kim = await account('kim@x.test', { role: 'editor' });
    const res = await signIn.POST(
      new Request('http://x', {
        method: 'POST',
        body: JSON.stringify({ email: 'kim@x.test', password: PASSWORD, endOtherSessions: true }),
      }),
    );
    expect((await newSet(kim.cookie, projects.a, 'kim old')).status).toBe(401);
    expect((await newSet(cookieOf(res), projects.a, 'kim new')).status).toBe(201);
  });

  test("an admin unbinds an account's single sign-on identity", async () => {
    const uma = await account('uma@x.test');
    const db = await database();
    await db.users.updateUser(uma.id, { oidcSubject: 'https://idp.test uma-old' });
    const patch = await call(user.PATCH, {
      method: 'PATCH',
      path: `/api/users/${uma.id}`,
      body: { singleSignOn: false },
      headers: asAdmin,
      params: { id: uma.id },
    });
    expect(patch.status).toBe(200);
    expect((await patch.json()).user).toMatchObject({ singleSignOn: false, password: true });
    expect(await db.users.findUserByOidcSubject('https://idp.test uma-old')).toBeNull();
  });

  test('the last admin who can sign in is kept when no admin secret is set', async () => {
    const boss = await account('boss@x.test', { role: 'admin' });
    const secret = process.env.SWARMLENS_ADMIN_SECRET;
    delete process.env.SWARMLENS_ADMIN_SECRET;
    try {
      await expect(changeUser(boss.id, { role: 'editor' })).rejects.toMatchObject({ status: 409, code: 'last_admin' });
    } finally {
      process.env.SWARMLENS_ADMIN_SECRET = secret;
    }
    expect((await changeUser(boss.id, { role: 'editor' })).role).toBe('editor');
  });
});
