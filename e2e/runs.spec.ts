// The first flow a new user goes through, in Debian's Chromium against a production build:
// empty app -> example runs -> upload real Locust files -> run page -> download -> delete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ONS = join(FIXTURES, 'locust-real/ons-srb-0011-locust1.2.3');
const ONS_FILES = ['3500mcpu_10_clients_stats.csv', '3500mcpu_10_clients_stats_history.csv', '3500mcpu_10_clients_failures.csv'].map((f) => join(ONS, f));

test.describe.configure({ mode: 'serial' });

test('an empty app explains what to upload and loads the example runs', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByRole('heading', { name: /Turn Locust results into answers/ })).toBeVisible();
  await expect(page.getByText('--csv-full-history', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Load example runs' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: '20 users' })).toBeVisible();
  await expect(table.getByRole('link', { name: '40 users' })).toBeVisible();
  // smallpool-40u_stats.csv, Aggregated row: 772 requests, 13 failures (1.68%), median 520 ms.
  const row40 = table.getByRole('row', { name: /40 users/ });
  await expect(row40).toContainText('772');
  await expect(row40).toContainText('1.68%');
  await expect(row40).toContainText('520 ms');
});

test('a real run uploaded through the browser shows its numbers, charts and files, then is deleted', async ({ page }) => {
  await page.goto('/upload');
  await page.locator('input[type="file"]').setInputFiles(ONS_FILES);
  // The preview is computed in the browser before anything is sent.
  await expect(page.getByText('Run to save')).toBeVisible();
  await expect(page.getByText('Stats history')).toBeVisible();
  await page.getByLabel('Label', { exact: true }).fill('ONS 10 clients');
  await page.getByLabel('Project').fill('E2E survey runner');
  await page.getByLabel('Tags').fill('e2e, locust-1.2');
  await page.getByRole('button', { name: 'Save run' }).click();
  await expect(page).toHaveURL(/\/runs\/run_[0-9a-z]+$/, { timeout: 30_000 });

  await expect(page.getByRole('heading', { name: 'ONS 10 clients', level: 1 })).toBeVisible();
  // 3500mcpu_10_clients_stats.csv, Aggregated: 46,635 requests, 0 failures, median 110, p95 270,
  // p99 430, max 1320.06; 145 endpoint rows; peak User Count 10 in the history.
  const headline = page.getByRole('region', { name: 'Headline figures' });
  await expect(headline).toContainText('46,635');
  await expect(headline).toContainText('110');
  await expect(headline).toContainText('270');
  await expect(headline).toContainText('430');
  await expect(headline).toContainText('1,320');
  await expect(page.getByText('Endpoints (145)')).toBeVisible();
  // Charts rendered: the time series (percentiles, throughput, users) and the percentile chart.
  await expect.poll(() => page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(4);
  await expect(page.locator('.recharts-line-curve').first()).toBeVisible();

  // Load settings the files cannot say are entered by hand and stored.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Spawn rate (users/s)').fill('2');
  await edit.getByLabel('Notes').fill('Baseline before the gRPC change.');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Baseline before the gRPC change.')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/run-page.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download 3500mcpu_10_clients_stats.csv' }).click();
  const path = await (await download).path();
  expect(readFileSync(path).equals(readFileSync(ONS_FILES[0]!))).toBe(true);

  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Delete “ONS 10 clients”?');
  await dialog.getByRole('button', { name: 'Delete run' }).click();
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByRole('link', { name: 'ONS 10 clients' })).toHaveCount(0);
});

test('a file that is not Locust output is flagged before anything is sent', async ({ page }) => {
  await page.goto('/upload');
  await page.locator('input[type="file"]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a locust file\n') });
  await expect(page.getByText(/not Locust output|not a Locust/i).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save/ })).toBeDisabled();
});
