// Comparing runs, in Debian's Chromium against a production build: tick the two example runs on
// /runs, "Compare selected", read the verdict and the headline figures, see every chart drawn, copy
// the Markdown report; then change the baseline, and open links that name no valid comparison.
// The runs are created here (POST /api/examples) and deleted at the end, so the other specs still
// start from an empty app.
import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

let ids: string[] = [];

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const id of ids) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

const headline = (page: Page, metric: string) => page.getByRole('table', { name: 'Headline figures per run' }).locator(`tr[data-metric="${metric}"]`);

test('two runs ticked on /runs open a comparison: verdict, headline figures, charts, Markdown', async ({ page, request }) => {
  const created = await request.post('/api/examples');
  expect(created.status()).toBe(201);
  ids = ((await created.json()) as { ids: string[] }).ids;
  expect(ids).toHaveLength(2);
  const [id20, id40] = ids as [string, string];

  await page.goto('/runs');
  // The rows of these two runs (other specs may have loaded the examples too): the 20-user run first, so it is the baseline.
  for (const id of [id20, id40]) {
    await page.getByRole('row').filter({ has: page.locator(`a[href="/runs/${id}"]`) }).getByRole('checkbox').check();
  }
  await page.getByRole('link', { name: 'Compare selected' }).click();
  await expect(page).toHaveURL(`/compare?runs=${id20},${id40}`);
  await expect(page.getByRole('heading', { name: '20 users vs 40 users', level: 1 })).toBeVisible();

  // smallpool-20u/40u _stats.csv, Aggregated: 552 req / 8 failures -> 772 / 13; median 160 -> 520 ms;
  // p95 1,900 -> 4,200 ms; 9.33 -> 13.04 req/s for twice the users (18.67/s if linear): saturated.
  await expect(page.getByTestId('verdict-headline')).toHaveText('P95 4,200 ms vs 1,900 ms (+121%), throughput +40% for 2× users: saturated.');
  await expect(page.getByText('40 users vs 20 users: critical regression')).toBeVisible();
  await expect(headline(page, 'medianMs')).toContainText('160 ms');
  await expect(headline(page, 'medianMs')).toContainText('520 ms');
  await expect(headline(page, 'medianMs')).toContainText('+225%');
  await expect(headline(page, 'medianMs')).toContainText('Critical');
  await expect(headline(page, 'p95Ms')).toContainText('1,900 ms');
  await expect(headline(page, 'p95Ms')).toContainText('4,200 ms');
  await expect(headline(page, 'successRate')).toContainText('98.55%');
  await expect(headline(page, 'successRate')).toContainText('98.32%');
  await expect(headline(page, 'successRate')).toContainText('−0.23 pts');
  await expect(headline(page, 'successRate')).toContainText('not significant (p = 0.74)');
  const scaling = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Scaling', exact: true }) });
  await expect(scaling).toContainText('saturated');
  await expect(scaling).toContainText('18.67/s');
  await expect(scaling).toContainText('13.04/s');

  // Every chart is drawn: percentiles, the four time series (req/s, failures/s, P95, users), scaling.
  await expect(page.locator('.recharts-wrapper')).toHaveCount(6);
  await expect.poll(() => page.locator('.recharts-wrapper svg.recharts-surface').count()).toBeGreaterThanOrEqual(6);
  await expect.poll(() => page.locator('.recharts-line-curve').count()).toBeGreaterThanOrEqual(10); // 2 runs × 5 line charts
  await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(4); // expected + actual per run
  await expect(page.getByText('80% of requests took at most about 2,100 ms at 40 users, 320 ms at 20 users.')).toBeVisible();

  // Endpoints: GET /dashboard/ failed only at 40 users (0/32 -> 2/87), far from significant.
  const dashboard = page.getByRole('tabpanel').getByRole('row').filter({ hasText: '/dashboard/' });
  await expect(dashboard).toContainText('new');
  await expect(dashboard).toContainText('2 / 87');
  await expect(dashboard).toContainText('not significant');
  await page.getByRole('tab', { name: /Held up/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('row').filter({ hasText: '/export/rekap-rab/pdf/' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByText('Copied to the clipboard')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('# Load test comparison: 20 users vs 40 users');
  expect(copied).toContain('| P95 | 1,900 ms | 4,200 ms | +121% |');
  expect(copied).toContain('**saturated**');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .md' }).click();
  expect((await download).suggestedFilename()).toBe('comparison-20-users-vs-40-users.md');
  await page.screenshot({ path: 'test-results/e2e/compare-page.png', fullPage: true });
});

test('the baseline is chosen in the page and kept in the URL', async ({ page }) => {
  const [id20, id40] = ids as [string, string];
  await page.goto(`/compare?runs=${id20},${id40}`);
  await page.getByRole('combobox', { name: 'Baseline' }).selectOption({ label: '40 users' });
  await expect(page).toHaveURL(`/compare?runs=${id20},${id40}&baseline=${id40}`);
  await expect(page.getByTestId('verdict-headline')).toHaveText('P95 1,900 ms vs 4,200 ms (−55%), throughput −28% for 0.5× users: linear.');
  await expect(page.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', `/api/compare?runs=${id20},${id40}&baseline=${id40}`);
});

test('links that name no valid comparison explain themselves', async ({ page }) => {
  const [id20] = ids as [string];
  await page.goto(`/compare?runs=${id20}`);
  await expect(page.getByRole('heading', { name: 'This comparison cannot be shown' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The link asks' })).toContainText('give at least two run ids');
  await expect(page.getByRole('link', { name: 'Choose runs to compare' })).toHaveAttribute('href', '/runs');

  const missing = await page.goto(`/compare?runs=${id20},run_00000000000000000000000000`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'A run in this comparison was not found' })).toBeVisible();
});
