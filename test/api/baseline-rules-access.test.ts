// Who may manage a project's baseline rules (access control on): editors of the project make and delete them; a
// viewer of the project (an editor elsewhere) lists them and resolves rule:NAME, and is refused every change with
// 403; the audit log records the changes, refusals too, and the rule's maker is the caller the gate proved.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { call, cookieOf } from '../support/through-proxy';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-rules-access-')), 'a.db')}`;
process.env.SWARMLENS_ADMIN_SECRET = 'rules-access-secret';
const signIn = await import('../../app/api/auth/sign-in/route');
const invitations = await import('../../app/api/invitations/route');
const accept = await import('../../app/api/invitations/accept/route');
const rules = await import('../../app/api/projects/[id]/baseline-rules/route');
const rule = await import('../../app/api/baseline-rules/[id]/route');
const audit = await import('../../app/api/audit/route');
const { database } = await import('../../lib/server/db/stores');

let admin = '';
let viewer = '';
let projectId = '';
const BODY = { name: 'nightly', kind: 'median', lastN: 7 };

beforeAll(async () => {
  const res = await signIn.POST(
    new Request('http://x/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ secret: 'rules-access-secret', name: 'Root' }),
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

test('an editor makes and deletes one; a viewer of the project reads it and changes nothing', async () => {
  const path = `/api/projects/${projectId}/baseline-rules`;
  const params = { id: projectId };
  const made = await call(rules.POST, { path, body: BODY, headers: { cookie: admin }, params });
  expect(made.status).toBe(201);
  const { id, createdBy } = (await made.json()) as { id: string; createdBy: string };
  expect(createdBy).toBe('Root (admin secret)');
  const refused = await call(rules.POST, {
    path,
    body: { ...BODY, name: 'mine' },
    headers: { cookie: viewer },
    params,
  });
  expect(refused.status).toBe(403);
  const listed = await call(rules.GET, { path, headers: { cookie: viewer }, params });
  expect(listed.status).toBe(200);
  expect(((await listed.json()) as { rules: { name: string }[] }).rules.map((r) => r.name)).toEqual(['nightly']);
  const remove = (cookie: string) =>
    call(rule.DELETE, { method: 'DELETE', path: `/api/baseline-rules/${id}`, headers: { cookie }, params: { id } });
  expect((await remove(viewer)).status).toBe(403);
  expect((await remove(admin)).status).toBe(204);
  const events = await call(audit.GET, { path: '/api/audit?limit=50', headers: { cookie: admin } });
  const actions = ((await events.json()) as { events: { action: string; status: number }[] }).events.map(
    (e) => `${e.action} ${e.status}`,
  );
  expect(actions).toEqual(
    expect.arrayContaining([
      'baseline-rule.create 201',
      'baseline-rule.create 403',
      'baseline-rule.delete 403',
      'baseline-rule.delete 204',
    ]),
  );
});
