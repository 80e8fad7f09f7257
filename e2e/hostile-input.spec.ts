// Hostile input in the browser: payloads in endpoint names, methods and error messages
// (fixtures/hostile/injection) are uploaded through the upload page, then the run, compare and
// presentation pages are opened. No injected script may run, no data may become an element with
// an event handler or a javascript: link, and the payloads are shown as text.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DIR = join(import.meta.dirname, '..', 'fixtures/hostile');
const INJ = join(DIR, 'injection');
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const JS_LINK = '[x](javascript:alert(1))';
const FORMULA = '=HYPERLINK("http://evil/","click")';

test.describe.configure({ mode: 'serial' });

const dialogs: string[] = [];
const ids: string[] = [];
const extraIds: string[] = [];

// Deleted at the end, so runs.spec still starts from an empty app.
test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const id of [...ids, ...extraIds]) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

test.beforeEach(({ page }) => {
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
test.afterEach(() => expect(dialogs, 'no alert/confirm/prompt opened by injected code').toEqual([]));

async function expectInert(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
    ),
  );
  expect(handlers).toEqual([]);
  // No element made from a payload (Next.js's own inline scripts carry the data as JSON strings).
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(
    await page
      .locator('script')
      .evaluateAll((els) => els.filter((e) => /^window\.__pwned/.test((e.textContent ?? '').trim())).length),
  ).toBe(0);
}

async function upload(page: Page, files: string[], label: string): Promise<string> {
  await page.goto('/upload');
  await page.locator('input[type="file"]').setInputFiles(files);
  await expect(page.getByText('Run to save')).toBeVisible();
  await page.getByLabel('Label', { exact: true }).fill(label);
  await page.getByLabel('Project').fill('Hostile input');
  await page.getByRole('button', { name: 'Save run' }).click();
  await expect(page).toHaveURL(/\/runs\/run_[0-9a-z]+$/, { timeout: 30_000 });
  return new URL(page.url()).pathname.split('/').pop() as string;
}

test('CSV runs with payloads: the run page shows them as text and runs none', async ({ page }) => {
  ids.push(
    await upload(
      page,
      ['run-a_stats.csv', 'run-a_failures.csv', 'run-a_exceptions.csv'].map((f) => join(INJ, f)),
      'inject A',
    ),
  );
  await expectInert(page);
  const body = page.locator('body');
  for (const text of [SCRIPT, IMG, JS_LINK, FORMULA]) await expect(body).toContainText(text);
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    `/api/runs/${ids[0]}?format=csv`,
  );
  ids.push(
    await upload(
      page,
      ['run-b_stats.csv', 'run-b_failures.csv'].map((f) => join(INJ, f)),
      'inject B',
    ),
  );
  await expectInert(page);
});

for (const report of ['report-react.html', 'report-legacy.html']) {
  test(`an HTML report with payloads (${report}) is shown as text`, async ({ page }) => {
    extraIds.push(await upload(page, [join(INJ, report)], report));
    await expectInert(page);
    for (const text of [SCRIPT, IMG, JS_LINK]) await expect(page.locator('body')).toContainText(text);
  });
}

test('the compare page and the presentation run none of the payloads', async ({ page }) => {
  await page.goto(`/compare?runs=${ids.join(',')}`);
  await expect(page.getByRole('link', { name: 'Download CSV' })).toBeVisible();
  await expectInert(page);
  await expect(page.locator('body')).toContainText(SCRIPT);
  await page.goto(`/compare/present?runs=${ids.join(',')}`);
  await expectInert(page);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowRight');
    await expectInert(page);
  }
});

test('a refused file is named with the reason before anything is sent', async ({ page }) => {
  await page.goto('/upload');
  await page.locator('input[type="file"]').setInputFiles(join(DIR, 'negative-time_stats.csv'));
  await expect(page.getByText(/negative-time_stats\.csv/).first()).toBeVisible();
  await expect(page.getByText(/cannot be negative/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save/ })).toBeDisabled();
});
