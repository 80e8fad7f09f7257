// Named accounts in the browser, on the secured server (e2e/support/serve.mjs): the admin signs in with the
// secret and invites an editor of one project and a viewer; each makes the account from the link in a fresh
// browser and signs in with e-mail and password. Per-project roles hold (upload to the project, 403 in another;
// the viewer writes nothing); "sign out everywhere" ends the other browser's session; disabling an account
// ends its sessions and its API tokens.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const SECRET = 'e2e-admin-secret';
const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated/smallpool-20u');
/** Unique per run, so a rerun against a kept database meets no account of an earlier run. */
const RUN = Date.now().toString(36);
const PROJECT_A = `Accounts A ${RUN}`;
const PROJECT_B = `Accounts B ${RUN}`;
const EDITOR = { email: `edith-${RUN}@example.com`, name: 'Edith', password: 'correct horse battery' };
const VIEWER = { email: `vera-${RUN}@example.com`, name: 'Vera', password: 'staple gun lantern' };
const links: Record<string, string> = {};

function runForm(label: string, project: string): FormData {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('label', label);
  form.append('project', project);
  return form;
}

const upload = (api: APIRequestContext, project: string) =>
  api.post('/api/runs', { multipart: runForm(`accounts ${project}`, project) });

/** Fills a field until React has hydrated and taken the text (`ready` turns enabled). */
async function fillUntil(page: Page, fields: [string, string][], ready: string) {
  await expect(async () => {
    for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
    await expect(page.getByRole('button', { name: ready, exact: true })).toBeEnabled({ timeout: 1000 });
  }).toPass();
  await page.getByRole('button', { name: ready, exact: true }).click();
}

/** The admin-secret form is collapsed once accounts exist (open on a new instance): opens it if need be. */
async function openSecretForm(page: Page) {
  if (await page.getByLabel('Admin secret').isVisible()) return;
  await page.locator('summary').filter({ hasText: 'Sign in with the admin secret' }).click();
}

async function signInWithSecret(page: Page, next: string) {
  await page.goto(next);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await openSecretForm(page);
  await fillUntil(
    page,
    [
      ['Admin secret', SECRET],
      ['Your name', 'Ada'],
    ],
    'Sign in with the admin secret',
  );
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

async function signInWithPassword(page: Page, who: typeof EDITOR, next = '/runs') {
  await page.goto(next);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await fillUntil(
    page,
    [
      ['E-mail', who.email],
      ['Password', who.password],
    ],
    'Sign in',
  );
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  await expect(page.getByRole('button', { name: `Account: ${who.name}` })).toBeVisible();
}

const accountRow = (page: Page, email: string) =>
  page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: email });

async function invite(page: Page, email: string, role: string, project?: [string, string]) {
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  if (project) {
    await page.getByLabel('Project (optional)').selectOption({ label: project[0] });
    await page.getByLabel('Role in the project').selectOption(project[1]);
  }
  await page.getByRole('button', { name: 'Create invitation' }).click();
  const link = (await page.getByLabel('The invitation link').textContent())!.trim();
  expect(link).toMatch(/\/invite\/\S+$/);
  await page.getByRole('button', { name: 'Done, hide the link' }).click();
  return link;
}

async function accept(browser: Browser, baseURL: string, link: string, who: typeof EDITOR, sentence: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByText(sentence)).toBeVisible();
  await fillUntil(
    page,
    [
      ['Your name', who.name],
      ['Password', who.password],
      ['Password, again', who.password],
    ],
    'Make the account and sign in',
  );
  // The home page (/ sends on to /runs), signed in as the new account.
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByRole('button', { name: `Account: ${who.name}` })).toBeVisible();
  await context.close();
}

test('the admin invites an editor of one project and a viewer; each joins and signs in with a password', async ({
  page,
  browser,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  await signInWithSecret(page, '/settings/users');
  for (const project of [PROJECT_A, PROJECT_B]) expect((await upload(page.request, project)).status()).toBe(201);
  await page.reload();
  links.editor = await invite(page, EDITOR.email, 'viewer', [PROJECT_A, 'editor']);
  links.viewer = await invite(page, VIEWER.email, 'viewer');
  await expect(page.getByText(/; 2 invitations open\.$/)).toBeVisible();

  await accept(
    browser,
    baseURL,
    links.editor,
    EDITOR,
    `${EDITOR.email} is invited as an editor of project ${PROJECT_A} (a viewer elsewhere).`,
  );
  await accept(browser, baseURL, links.viewer, VIEWER, `${VIEWER.email} is invited as a viewer.`);

  await page.reload();
  await expect(page.getByText(/^2 accounts: 2 viewers; no invitation open\.$/)).toBeVisible();
  const edith = accountRow(page, EDITOR.email);
  await expect(edith).toContainText(`${PROJECT_A}: editor`);
  // A used link says so instead of offering the form again.
  const again = await browser.newPage({ baseURL });
  await again.goto(links.editor);
  await expect(again.getByText('This invitation has already been accepted.')).toBeVisible();
  await again.close();
});

test('the editor of one project uploads there and is refused elsewhere; the viewer writes nothing', async ({
  page,
  browser,
}, testInfo) => {
  await signInWithPassword(page, EDITOR);
  expect((await upload(page.request, PROJECT_A)).status()).toBe(201);
  const refused = await upload(page.request, PROJECT_B);
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  expect((await page.goto('/settings/users'))?.status()).toBe(403);

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const viewer = await context.newPage();
  await signInWithPassword(viewer, VIEWER);
  for (const project of [PROJECT_A, PROJECT_B]) expect((await upload(viewer.request, project)).status()).toBe(403);
  await context.close();
});

test('"Sign out everywhere" in one browser ends the session of another', async ({ page, browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const other = await context.newPage();
  await signInWithPassword(other, EDITOR);
  await signInWithPassword(page, EDITOR);

  await page.getByRole('button', { name: `Account: ${EDITOR.name}` }).click();
  await page.getByRole('button', { name: 'Sign out everywhere…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await other.goto('/projects');
  await expect(other).toHaveURL(/\/sign-in\?next=%2Fprojects$/);
  await context.close();
});

test('disabling an account ends its sessions and its API tokens; enabled, it signs in again', async ({
  page,
  browser,
  playwright,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  const context = await browser.newContext({ baseURL });
  const viewer = await context.newPage();
  await signInWithPassword(viewer, VIEWER);
  const made = await viewer.request.post('/api/tokens', { data: { name: 'vera ci', role: 'viewer' } });
  expect(made.status()).toBe(201);
  const { token } = (await made.json()) as { token: string };
  const ci = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await ci.get('/api/runs')).status()).toBe(200);

  await signInWithSecret(page, '/settings/users');
  const row = accountRow(page, VIEWER.email);
  await row.getByRole('button', { name: 'Disable' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Disable account' }).click();
  await expect(row).toContainText('disabled');
  await expect(page.getByText(/\(1 disabled\)/)).toBeVisible();

  await viewer.goto('/runs');
  await expect(viewer).toHaveURL(/\/sign-in\?next=%2Fruns$/);
  expect((await ci.get('/api/runs')).status()).toBe(401);
  await fillUntil(
    viewer,
    [
      ['E-mail', VIEWER.email],
      ['Password', VIEWER.password],
    ],
    'Sign in',
  );
  await expect(viewer.getByText('That e-mail and password do not match an account that may sign in.')).toBeVisible();

  await row.getByRole('button', { name: 'Enable' }).click();
  await expect(row).toContainText('active');
  await signInWithPassword(viewer, VIEWER);
  await Promise.all([ci.dispose(), context.close()]);
});
