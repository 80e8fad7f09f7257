// Issue 17, the audit log against the built, secured server (e2e/support/serve.mjs): an admin signs in with
// the secret, uploads a run, deletes it, makes and revokes an API token; the audit page lists each of those
// with the actor and its target, pages back with "Load older", filters by action, and its CSV download holds
// them; axe finds no serious violation on it (light, dark, 390 px). A viewer token gets 403 on the log, its
// API and its CSV.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const SECRET = 'e2e-admin-secret';
const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated/smallpool-20u');
/** Other secured specs share this server: this one's events carry its own name. */
const NAME = `Audit e2e ${Date.now().toString(36)}`;
const ACTOR = `${NAME} (admin secret)`;

function runForm(): FormData {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('label', 'audit e2e');
  form.append('project', 'E2E audit');
  return form;
}

const row = (page: Page, action: string, target: string) =>
  page.locator(`tr[data-audit-action="${action}"]`).filter({ hasText: target });

let runId = '';
let tokenId = '';

test('an admin signs in, uploads, deletes, makes and revokes a token: all of it is in the log', async ({ page }) => {
  const api = page.request;
  const signIn = await api.post('/api/auth/sign-in', { data: { secret: SECRET, name: NAME } });
  expect(signIn.status()).toBe(200);
  const uploaded = await api.post('/api/runs', { multipart: runForm() });
  expect(uploaded.status()).toBe(201);
  runId = ((await uploaded.json()) as { id: string }).id;
  expect((await api.delete(`/api/runs/${runId}`)).status()).toBe(204);
  const made = await api.post('/api/tokens', { data: { name: 'audit e2e', role: 'viewer' } });
  expect(made.status()).toBe(201);
  tokenId = ((await made.json()) as { id: string }).id;
  expect((await api.delete(`/api/tokens/${tokenId}`)).status()).toBe(204);

  await page.goto('/settings/audit');
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page.locator('[data-audit-summary]')).toContainText(/^(?:No|\d[\d,]*) events? in the last 7 days/);
  const expected: [string, string, string][] = [
    ['run.upload', runId, '201'],
    ['run.delete', runId, '204'],
    ['token.create', tokenId, '201'],
    ['token.revoke', tokenId, '204'],
  ];
  for (const [action, target, status] of expected) {
    const found = row(page, action, target);
    await expect(found, action).toHaveCount(1);
    await expect(found).toContainText(ACTOR);
    await expect(found).toContainText(status);
  }
  await expect(page.locator('tr[data-audit-action="sign-in"]').filter({ hasText: ACTOR })).toHaveCount(1);
});

test('filter by action; "Load older" pages back', async ({ page }) => {
  const api = page.request;
  expect((await api.post('/api/auth/sign-in', { data: { secret: SECRET, name: NAME } })).status()).toBe(200);
  // 105 refused revocations (404: no such token) make more than one page (100) of token.revoke events.
  for (let i = 0; i < 105; i++) expect((await api.delete(`/api/tokens/tok_missing_${i}`)).status()).toBe(404);
  await page.goto('/settings/audit');
  await page.getByLabel('Action').selectOption('token.revoke');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/[?&]action=token\.revoke/);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(100);
  expect(await page.locator('tbody tr:not([data-audit-action="token.revoke"])').count()).toBe(0);
  await expect(row(page, 'token.revoke', tokenId)).toHaveCount(0);
  await page.getByRole('button', { name: 'Load older' }).click();
  await expect(row(page, 'token.revoke', tokenId)).toHaveCount(1);
  expect(await rows.count()).toBeGreaterThanOrEqual(106);
  await expect(row(page, 'token.revoke', 'tok_missing_0')).toContainText('not_found');
});

test('the CSV download holds the same events', async ({ page }) => {
  expect((await page.request.post('/api/auth/sign-in', { data: { secret: SECRET, name: NAME } })).status()).toBe(200);
  await page.goto('/settings/audit');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^swarmlens-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(header).toEqual(['at', 'actor', 'user_id', 'via', 'address', 'action', 'target', 'status', 'detail']);
  const ours = rows.filter((r) => r[1] === ACTOR).map((r) => `${r[5]} ${r[6]} ${r[7]}`);
  expect(ours).toEqual(
    expect.arrayContaining([
      `run.upload ${runId} 201`,
      `run.delete ${runId} 204`,
      `token.create ${tokenId} 201`,
      `token.revoke ${tokenId} 204`,
    ]),
  );
  expect(rows.filter((r) => r[1] === ACTOR && r[5] === 'sign-in')).toHaveLength(3);
  expect(rows.filter((r) => r[1] === ACTOR && r[5] === 'token.revoke' && r[7] === '404')).toHaveLength(105);
});

test('no serious or critical axe violation on the audit page: light, dark, 390 px wide', async ({ page }) => {
  expect((await page.request.post('/api/auth/sign-in', { data: { secret: SECRET, name: NAME } })).status()).toBe(200);
  const found: string[] = [];
  for (const [colorScheme, width] of [
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
  ] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/settings/audit');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of result.violations)
      if (v.impact === 'serious' || v.impact === 'critical')
        found.push(`${colorScheme} ${width}px: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
    // Nothing wider than the screen: the table scrolls inside its card, phones get a list.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
  expect(found, found.join('\n')).toEqual([]);
});

test('a viewer token gets 403 on the log, its API and its CSV', async ({ request, playwright }, testInfo) => {
  expect((await request.post('/api/auth/sign-in', { data: { secret: SECRET, name: NAME } })).status()).toBe(200);
  const made = await request.post('/api/tokens', { data: { name: 'audit e2e viewer', role: 'viewer' } });
  const { token } = (await made.json()) as { token: string };
  const viewer = await playwright.request.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  for (const path of ['/api/audit', '/api/audit.csv', '/api/audit?limit=5', '/settings/audit'])
    expect((await viewer.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
  expect((await viewer.get('/api/runs')).status()).toBe(200);
  await viewer.dispose();
});
