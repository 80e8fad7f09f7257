// The compare page's endpoint and attribution rows arrive after the page (GET /api/compare/rows): the verdict and
// headline first; while the rows are on their way each section says what is coming; when they cannot be read it says
// so, with the server's message and a way to try again, and nothing else on the page is lost. Runs:
// fixtures/locust-2.12-generated smallpool-20u and smallpool-40u. Screenshots (light, dark, 390 px wide) go to
// test-results/compare-rows/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated');
const ids: string[] = [];

async function upload(request: APIRequestContext, run: string, label: string): Promise<void> {
  const form = new FormData();
  for (const name of readdirSync(join(DIR, run)))
    form.append('files', new Blob([readFileSync(join(DIR, run, name))]), name);
  form.append('project', 'E2E compare rows');
  form.append('label', label);
  const res = await request.post('/api/runs', { multipart: form });
  expect(res.status()).toBe(201);
  ids.push(((await res.json()) as { id: string }).id);
}

test.beforeAll(async ({ request }) => {
  await upload(request, 'smallpool-20u', '20 users');
  await upload(request, 'smallpool-40u', '40 users');
});

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const id of ids) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

/** The viewport with `what` scrolled into it, light and dark, 1280 and 390 px wide. */
async function shots(page: Page, name: string, what: Locator) {
  for (const size of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await what.scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `test-results/compare-rows/${name}-${size.width}-${scheme}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

const endpointsCard = (page: Page) => page.getByText('Endpoints (14)');
const attributionTable = (page: Page) =>
  page.getByRole('table', { name: 'Contributions to the change in average response time' });

test('the HTML carries the verdict and headline, not the rows; the rows come from /api/compare/rows', async ({
  page,
  request,
}) => {
  const html = await (await request.get(`/compare?runs=${ids.join(',')}`)).text();
  // (booleans: a failure would print the whole page)
  expect(/Loading (?:<!-- -->)?the endpoint tables/.test(html), 'the placeholder of the endpoint tables').toBe(true);
  // Endpoint names appear in the headline's findings, but no packed endpoint row ("[\"GET\",\"/…\",…]") is sent.
  expect(/\[\\"GET\\",\\"\/dashboard\/\\",\d/.test(html), 'a packed endpoint row').toBe(false);
  // The head asks the browser to fetch them at once (a preload); the page's own fetch takes that answer.
  expect(/<link rel="preload" href="\/api\/compare\/rows\?runs=[^"]+" as="fetch"/.test(html), 'the preload').toBe(true);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/compare/rows?')) asked.push(r.url());
  });
  const rows = page.waitForResponse((r) => r.url().includes('/api/compare/rows?runs='));
  await page.goto(`/compare?runs=${ids.join(',')}`);
  expect((await rows).status()).toBe(200);
  await expect(endpointsCard(page)).toBeVisible();
  await expect(attributionTable(page).locator('tbody tr').first()).toContainText('GET /dashboard/');
  expect(asked, 'the rows are asked once').toHaveLength(1);
});

test('while the rows are on their way, each section says what is coming', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/compare/rows?*', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/compare?runs=${ids.join(',')}`);
  await expect(page.getByTestId('meeting-verdict')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the endpoint tables…' })).toBeVisible();
  const explains = page.getByRole('status').filter({ hasText: 'Loading what explains the change…' });
  await expect(explains).toBeVisible();
  await shots(page, 'loading', explains);
  release();
  await expect(endpointsCard(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the endpoint tables…' })).toHaveCount(0);
});

test("rows that cannot be read: the server's message and Try again; the rest of the page stays", async ({ page }) => {
  let failures = 1;
  await page.route('**/api/compare/rows?*', async (route) => {
    if (failures-- > 0) {
      const error = { code: 'internal', message: 'the database is busy, try again' };
      return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error }) });
    }
    return route.continue();
  });
  await page.goto(`/compare?runs=${ids.join(',')}`);
  const alerts = page.getByRole('alert').filter({ hasText: 'Could not load the endpoint tables' });
  await expect(alerts).toContainText('the database is busy, try again');
  await expect(page.getByRole('table', { name: 'Endpoint groups per run' })).toBeVisible();
  await shots(page, 'failed', alerts.first());
  await alerts.getByRole('button', { name: 'Try again' }).click();
  await expect(endpointsCard(page)).toBeVisible();
  await expect(attributionTable(page).locator('tbody tr').first()).toContainText('GET /dashboard/');
});

test('a 200 that is not the rows (a proxy page) is a failure too, not an endless "Loading"', async ({ page }) => {
  let proxied = 1;
  await page.route('**/api/compare/rows?*', async (route) => {
    if (proxied-- > 0) return route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Sign in</html>' });
    return route.continue();
  });
  await page.goto(`/compare?runs=${ids.join(',')}`);
  const alerts = page.getByRole('alert').filter({ hasText: 'Could not load the endpoint tables' });
  await expect(alerts).toContainText('the server did not answer with the rows');
  await alerts.getByRole('button', { name: 'Try again' }).click();
  await expect(endpointsCard(page)).toBeVisible();
});
