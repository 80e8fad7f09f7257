// Who may manage a project's webhooks (access control on): editors of the project make, disable, delete
// them and send deliveries again; a viewer of the project (an editor elsewhere) reads the list and the log,
// never a secret, and is refused every change with 403; the audit log records the changes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { call, cookieOf } from '../support/through-proxy';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-hooks-access-')), 'a.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'webhooks-access-secret';
const signIn = await import('../../app/api/auth/sign-in/route');
const invitations = await import('../../app/api/invitations/route');
const accept = await import('../../app/api/invitations/accept/route');
const hooks = await import('../../app/api/projects/[id]/webhooks/route');
const hook = await import('../../app/api/webhooks/[id]/route');
const deliveries = await import('../../app/api/webhooks/[id]/deliveries/route');
const audit = await import('../../app/api/audit/route');
const { database } = await import('../../lib/server/db/stores');

let admin = '';
let viewer = '';
let projectId = '';
const BODY = { url: 'https://hooks.example/x', events: ['run.created'], format: 'teams' };

beforeAll(async () => {
  const res = await signIn.POST(
    new Request('http://x/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ secret: 'webhooks-access-secret', name: 'Root' }),
    }),
  );
  admin = cookieOf(res);
  projectId = await (await database()).projects.ensureProject('Shop');
  const invited = await call(invitations.POST, {
    path: '/api/invitations',
    body: { email: 'vic@example.com', role: 'editor', projectId, projectRole: 'viewer' },
    headers: { cookie: admin },
  });
  const { token } = (await invited.json()) as { token: string };
  const accepted = await call(accept.POST, {
    path: '/api/invitations/accept',
    body: { token, name: 'Vic', password: 'a long enough password' },
  });
  viewer = cookieOf(accepted);
});

test('an editor makes one; a viewer of the project reads it without the secret and changes nothing', async () => {
  const path = `/api/projects/${projectId}/webhooks`;
  const made = await call(hooks.POST, { path, body: BODY, headers: { cookie: admin }, params: { id: projectId } });
  expect(made.status).toBe(201);
  const { id, secret, createdBy } = (await made.json()) as { id: string; secret: string; createdBy: string };
  expect(createdBy).toBe('Root (admin secret)');
  const refused = await call(hooks.POST, { path, body: BODY, headers: { cookie: viewer }, params: { id: projectId } });
  expect(refused.status).toBe(403);
  const listed = await call(hooks.GET, { path, headers: { cookie: viewer }, params: { id: projectId } });
  expect(listed.status).toBe(200);
  expect(await listed.text()).not.toContain(secret);
  const log = await call(deliveries.GET, {
    path: `/api/webhooks/${id}/deliveries`,
    headers: { cookie: viewer },
    params: { id },
  });
  expect(log.status).toBe(200);
  for (const method of ['PATCH', 'DELETE']) {
    const res = await call(method === 'PATCH' ? hook.PATCH : hook.DELETE, {
      method,
      path: `/api/webhooks/${id}`,
      body: method === 'PATCH' ? { disabled: true } : undefined,
      headers: { cookie: viewer },
      params: { id },
    });
    expect(res.status, method).toBe(403);
  }
  const gone = await call(hook.DELETE, {
    method: 'DELETE',
    path: `/api/webhooks/${id}`,
    headers: { cookie: admin },
    params: { id },
  });
  expect(gone.status).toBe(204);
  const events = await call(audit.GET, { path: '/api/audit?limit=50', headers: { cookie: admin } });
  const text = await events.text();
  expect(text).not.toContain(secret);
  const actions = (JSON.parse(text) as { events: { action: string; status: number }[] }).events.map(
    (e) => `${e.action} ${e.status}`,
  );
  expect(actions).toEqual(expect.arrayContaining(['webhook.create 201', 'webhook.create 403', 'webhook.delete 204']));
});
