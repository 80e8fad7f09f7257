// The first flow a new user goes through, in Debian's Chromium against a production build:
// empty app -> example runs -> upload real Locust files -> run page -> download -> delete.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ONS = join(FIXTURES, 'locust-real/ons-srb-0011-locust1.2.3');
const ONS_FILES = [
  '3500mcpu_10_clients_stats.csv',
  '3500mcpu_10_clients_stats_history.csv',
  '3500mcpu_10_clients_failures.csv',
].map((f) => join(ONS, f));

test.describe.configure({ mode: 'serial' });

test('an empty app explains what to upload and loads the example runs', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByRole('heading', { name: /Turn Locust results into answers/ })).toBeVisible();
  await expect(page.getByText('--csv-full-history', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Load example runs' }).click();
  // It opens the comparison of the example runs (issue 15); the list shows them too.
  const comparison = /\/compare\?runs=run_[0-9a-z]+,run_[0-9a-z]+&baseline=run_[0-9a-z]+$/;
  await expect(page).toHaveURL(comparison, { timeout: 60_000 });
  await page.goto('/runs');
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: '20 users' })).toBeVisible();
  await expect(table.getByRole('link', { name: '40 users' })).toBeVisible();
  // smallpool-40u_stats.csv, Aggregated row: 772 requests, 13 failures (1.68%), median 520 ms.
  const row40 = table.getByRole('row', { name: /40 users/ });
  await expect(row40).toContainText('772');
  await expect(row40).toContainText('1.68%');
  await expect(row40).toContainText('520 ms');
});

test('a real run uploaded through the browser shows its numbers, charts and files, then is deleted', async ({
  page,
}) => {
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
  // Provenance (issue 18): the upload page says it sent the run.
  await expect(page.getByRole('region', { name: 'Provenance' })).toContainText('Sent byupload page');
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
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a locust file\n') });
  await expect(page.getByText(/not Locust output|not a Locust/i).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save/ })).toBeDisabled();
});

test('a ramp run opens with its capacity curve; a P95 limit typed in is kept in the URL', async ({ page, request }) => {
  // locust-2.12-series/ramp-400u: 0 → 400 users; goodput peaks at 1,353 successful requests in 20 s (~68/s) in the
  // ~151-user bucket, then falls to ~50/s; window P95 stays above 2,000 ms from the ~171-user bucket.
  const dir = join(FIXTURES, 'locust-2.12-series/ramp-400u');
  const form = new FormData();
  for (const name of readdirSync(dir).filter((n) => /\.(csv|html)$/.test(n))) {
    form.append('files', new Blob([readFileSync(join(dir, name))]), name);
  }
  form.append('project', 'E2E capacity');
  form.append('label', 'Ramp to 400 users');
  const uploaded = await request.post('/api/runs', { multipart: form });
  expect(uploaded.status()).toBe(201);
  const id = ((await uploaded.json()) as { id: string }).id;
  try {
    await page.goto(`/runs/${id}`);
    const sentence = page.getByTestId('capacity-sentence');
    await expect(sentence).toContainText('Goodput peaked at ~68 successful req/s around 150 users, then fell');
    await expect(sentence).toContainText('no P95 limit: give one');
    await page.getByLabel('P95 limit (ms)').fill('2000');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/\?p95LimitMs=2000$/);
    await expect(sentence).toContainText('P95 stayed above 2,000 ms from ~170 users (the limit you gave).');
    await expect(page.getByRole('link', { name: 'Steady state' })).toHaveCount(0); // a ramp has no steady state
  } finally {
    expect((await request.delete(`/api/runs/${id}`)).ok()).toBe(true);
  }
});
