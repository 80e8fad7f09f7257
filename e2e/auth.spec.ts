// Access control on the secured instance (SWARMLENS_ADMIN_SECRET set; see e2e/support/serve.mjs):
// pages send you to sign in; an API token made in the browser uploads from "CI" and is refused once
// revoked; a share link opens in a fresh browser with no session, and answers 404 once revoked.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const SECRET = 'e2e-admin-secret';
const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated/smallpool-20u');

function runForm(label: string): FormData {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('label', label);
  form.append('project', 'E2E secured');
  return form;
}

/** The admin-secret form is collapsed once accounts exist (open on a new instance): opens it if need be. */
async function openSecretForm(page: Page) {
  if (await page.getByLabel('Admin secret').isVisible()) return;
  await page.locator('summary').filter({ hasText: 'Sign in with the admin secret' }).click();
}

async function signIn(page: Page, next = '/runs') {
  await page.goto(next);
  await expect(page).toHaveURL(
    new RegExp(`/sign-in\\?next=${encodeURIComponent(next).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  );
  await openSecretForm(page);
  await page.getByLabel('Admin secret').fill(SECRET);
  await page.getByLabel('Your name').fill('Dina');
  await page.getByRole('button', { name: 'Sign in with the admin secret' }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  await expect(page.getByRole('button', { name: 'Account: Dina (admin secret)' })).toBeVisible();
}

test('sign-in is required; a wrong secret is refused', async ({ page, request }) => {
  expect((await request.get('/api/runs')).status()).toBe(401);
  expect((await request.get('/api/health')).status()).toBe(200);
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprojects$/);
  await openSecretForm(page);
  await page.getByLabel('Admin secret').fill('not it');
  await page.getByRole('button', { name: 'Sign in with the admin secret' }).click();
  await expect(page.getByText('That is not the admin secret.')).toBeVisible();
  await expect(page.getByText('This instance is open')).toHaveCount(0);
});

test('an API token made in the browser uploads from CI; revoked, it is refused', async ({
  page,
  playwright,
}, testInfo) => {
  await signIn(page, '/settings/tokens');
  // Typed before hydration, the text would not reach React's state: retry until the form takes it.
  await expect(async () => {
    await page.getByLabel('Name').fill('GitLab CI');
    await expect(page.getByRole('button', { name: 'Create token' })).toBeEnabled({ timeout: 1000 });
  }).toPass();
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByLabel('The new API token').textContent())!.trim();
  expect(token).toMatch(/^slt_[A-Za-z0-9_-]{43}$/);

  const ci = await playwright.request.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const uploaded = await ci.post('/api/runs', { multipart: runForm('from CI') });
  expect(uploaded.status()).toBe(201);

  await page.reload();
  await page.getByRole('button', { name: 'Revoke GitLab CI' }).click();
  await page.getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByRole('button', { name: 'Revoke GitLab CI' })).toHaveCount(0);
  expect((await ci.post('/api/runs', { multipart: runForm('refused') })).status()).toBe(401);
  expect((await ci.get('/api/runs')).status()).toBe(401);
  await ci.dispose();
});

test('a share link opens in a fresh browser with no session, read-only and noindex; revoked, it is a 404', async ({
  page,
  browser,
}, testInfo) => {
  await signIn(page, '/upload');
  const created = await page.request.post('/api/runs', { multipart: runForm('20 users shared') });
  expect(created.status()).toBe(201);
  const runId = ((await created.json()) as { id: string }).id;

  await page.goto(`/runs/${runId}`);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const url = await dialog.getByLabel('Link').inputValue();
  expect(url).toMatch(/\/s\/sls_[A-Za-z0-9_-]{43}$/);

  const stranger = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const visitor = await stranger.newPage();
  const response = await visitor.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['x-robots-tag']).toContain('noindex');
  await expect(visitor.getByRole('heading', { name: '20 users shared', level: 1 })).toBeVisible();
  await expect(visitor.getByText('Shared view · read-only')).toBeVisible();
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(visitor.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    '552 requests, 1.45% failures, median 160 ms, p95 1,900 ms, 9.33 req/s',
  );
  await expect(visitor.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(visitor.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(visitor.getByRole('navigation').getByRole('link', { name: 'Runs', exact: true })).toHaveCount(0);
  // The rest of the app still needs signing in.
  await visitor.goto(`/runs/${runId}`);
  await expect(visitor).toHaveURL(/\/sign-in\?next=/);

  await page.goto('/shares');
  const row = page.getByRole('table', { name: 'Share links' }).getByRole('row').filter({ hasText: '20 users shared' });
  await expect(row).toContainText('Dina');
  await row.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('button', { name: 'Revoke link' }).click();
  await expect(row).toContainText('revoked');

  const gone = await visitor.goto(url);
  expect(gone?.status()).toBe(404);
  const unknown = await visitor.goto(url.replace(/sls_.{6}/, 'sls_AAAAAA'));
  expect(unknown?.status()).toBe(404);
  await stranger.close();
});

test("a shared comparison's rows load without a session (/s/TOKEN/rows.json); /api/compare/rows needs one", async ({
  page,
  browser,
}, testInfo) => {
  await signIn(page, '/upload');
  const ids: string[] = [];
  for (const label of ['shared baseline', 'shared target']) {
    const created = await page.request.post('/api/runs', { multipart: runForm(label) });
    expect(created.status()).toBe(201);
    ids.push(((await created.json()) as { id: string }).id);
  }
  const made = await page.request.post('/api/shares', { data: { kind: 'comparison', runs: ids } });
  expect(made.status()).toBe(201);
  const url = ((await made.json()) as { url: string }).url;

  const stranger = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const visitor = await stranger.newPage();
  expect((await visitor.goto(url))?.status()).toBe(200);
  await expect(visitor.getByText(/^Endpoints \(\d+\)$/)).toBeVisible();
  await expect(visitor.getByRole('alert').filter({ hasText: 'Could not load' })).toHaveCount(0);
  expect((await stranger.request.get(`${new URL(url).pathname}/rows.json`)).status()).toBe(200);
  expect((await stranger.request.get(`/api/compare/rows?runs=${ids.join(',')}`)).status()).toBe(401);
  await stranger.close();
});
