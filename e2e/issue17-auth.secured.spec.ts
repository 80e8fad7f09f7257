// Issue 17 against the built, secured server (e2e/support/serve.mjs): an editor API token makes no tokens
// and the share links it made die with it; API answers are private to their caller; a name or id holding %
// is read once, never decoded twice (no 500); share links that could never open are refused.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const SECRET = 'e2e-admin-secret';
const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated/smallpool-20u');

function runForm(label: string, project: string): FormData {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('label', label);
  form.append('project', project);
  return form;
}

async function upload(api: APIRequestContext, label: string, project = 'E2E issue 17'): Promise<string> {
  const res = await api.post('/api/runs', { multipart: runForm(label, project) });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test.beforeEach(async ({ request }) => {
  expect((await request.post('/api/auth/sign-in', { data: { secret: SECRET, name: 'Issue 17' } })).status()).toBe(200);
});

test('an editor token makes no tokens; revoked, the share links it made answer 404', async ({
  request,
  playwright,
}, testInfo) => {
  const made = await request.post('/api/tokens', { data: { name: 'issue 17 leaked', role: 'editor' } });
  expect(made.status()).toBe(201);
  const { id, token } = (await made.json()) as { id: string; token: string };
  const baseURL = testInfo.project.use.baseURL;
  const leaked = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const minted = await leaked.post('/api/tokens', { data: { name: 'persistence', role: 'editor' } });
  expect(minted.status()).toBe(403);
  expect(((await minted.json()) as { error: { code: string } }).error.code).toBe('session_required');
  expect((await leaked.delete(`/api/tokens/${id}`)).status()).toBe(403);

  const runId = await upload(leaked, 'issue 17 via token');
  const shared = await leaked.post('/api/shares', { data: { kind: 'run', runs: [runId] } });
  expect(shared.status()).toBe(201);
  const { url } = (await shared.json()) as { url: string };
  const stranger = await playwright.request.newContext();
  expect((await stranger.get(url)).status()).toBe(200);

  expect((await request.delete(`/api/tokens/${id}`)).status()).toBe(204);
  expect((await leaked.get('/api/runs')).status()).toBe(401);
  expect((await stranger.get(url)).status()).toBe(404);
  await Promise.all([leaked.dispose(), stranger.dispose()]);
});

test('API answers depend on the caller: private, no-store, Vary: Cookie, Authorization', async ({
  request,
  playwright,
}, testInfo) => {
  const anonymous = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const answers = [
    await request.get('/api/runs'),
    await request.get('/api/projects'),
    await request.get('/api/tokens'),
    await request.get('/api/shares'),
    await request.get('/api/projects/no-such-project'),
    await anonymous.get('/api/runs'),
    await anonymous.get('/runs', { maxRedirects: 0 }),
  ];
  for (const res of answers) {
    expect(res.headers()['cache-control'], res.url()).toBe('private, no-store');
    expect(res.headers()['vary'], res.url()).toMatch(/\bCookie\b.*\bAuthorization\b/);
  }
  await anonymous.dispose();
});

test('a project id or name holding % is decoded once: % answers 404, a name with %20 is found', async ({
  request,
  page,
}) => {
  for (const id of ['%25', '%25E0%25A4%25A', '50%25%20load']) {
    const res = await request.get(`/api/projects/${id}`);
    expect(res.status(), id).toBe(404);
  }
  const name = 'Issue 17 a%20b 100%';
  await upload(request, 'percent', name);
  const found = await request.get(`/api/projects/${encodeURIComponent(name)}`);
  expect(found.status()).toBe(200);
  expect(((await found.json()) as { project: { name: string } }).project.name).toBe(name);
  await page.context().addCookies(await request.storageState().then((s) => s.cookies));
  const shown = await page.goto(`/projects/${encodeURIComponent(name)}`);
  expect(shown?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
});

test('share links that could never open are refused with 400 and the reason', async ({ request }) => {
  const [a, b] = [await upload(request, 'issue 17 a'), await upload(request, 'issue 17 b')];
  const cases: [object, RegExp][] = [
    [{ kind: 'comparison', runs: [a, b], groups: ['Auth'] }, /group "Auth" is not NAME=PREFIX/],
    [{ kind: 'comparison', runs: [a, b], groups: ['Auth=/a b'] }, /is not NAME=PREFIX/],
    [{ kind: 'comparison', runs: [a], steps: true }, /no two load steps/],
  ];
  for (const [body, message] of cases) {
    const res = await request.post('/api/shares', { data: body });
    expect(res.status(), JSON.stringify(body)).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  }
  expect((await request.post('/api/shares', { data: { kind: 'comparison', runs: [a, b] } })).status()).toBe(201);
});
