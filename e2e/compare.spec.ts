// Comparing runs, in Debian's Chromium against a production build: tick the two example runs on
// /runs, "Compare selected", read the verdict and the headline figures, see every chart drawn, copy
// the Markdown report; then change the baseline, and open links that name no valid comparison.
// The runs are created here (POST /api/examples) and deleted at the end, so the other specs still
// start from an empty app.
import { expect, test, type Page } from '@playwright/test';
import { generate } from '../test/support/stepped-run';

test.describe.configure({ mode: 'serial' });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

let ids: string[] = [];

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const id of ids) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

const headline = (page: Page, metric: string) =>
  page.getByRole('table', { name: 'Headline figures per run' }).locator(`tr[data-metric="${metric}"]`);

test('two runs ticked on /runs open a comparison: verdict, headline figures, charts, Markdown', async ({
  page,
  request,
}) => {
  const created = await request.post('/api/examples');
  expect(created.status()).toBe(201);
  ids = ((await created.json()) as { ids: string[] }).ids;
  expect(ids).toHaveLength(2);
  const [id20, id40] = ids as [string, string];

  await page.goto('/runs');
  // The rows of these two runs (other specs may have loaded the examples too): the 20-user run first,
  // so it is the baseline.
  for (const id of [id20, id40]) {
    await page
      .getByRole('row')
      .filter({ has: page.locator(`a[href="/runs/${id}"]`) })
      .getByRole('checkbox')
      .check();
  }
  await page.getByRole('link', { name: 'Compare selected' }).click();
  await expect(page).toHaveURL(`/compare?runs=${id20},${id40}`);
  await expect(page.getByRole('heading', { name: '20 users vs 40 users', level: 1 })).toBeVisible();

  // smallpool-20u/40u _stats.csv, Aggregated: 552 req / 8 failures -> 772 / 13; median 160 -> 520 ms;
  // p95 1,900 -> 4,200 ms; goodput 9.20 -> 12.82 successful req/s for twice the users (18.39/s if linear): saturated.
  await expect(page.getByTestId('verdict-headline')).toHaveText(
    'P95 4,200 ms vs 1,900 ms (+121%), goodput 12.82/s vs 9.2/s (+39%) for 2× users: saturated ' +
      '(−30% against linear from 20 to 40 users).',
  );
  await expect(
    page.getByTestId('meeting-verdict').getByText('40 users vs 20 users: critical regression'),
  ).toBeVisible();
  await expect(headline(page, 'medianMs')).toContainText('160 ms');
  await expect(headline(page, 'medianMs')).toContainText('520 ms');
  await expect(headline(page, 'medianMs')).toContainText('+225%');
  await expect(headline(page, 'medianMs')).toContainText('Critical');
  await expect(headline(page, 'p95Ms')).toContainText('1,900 ms');
  await expect(headline(page, 'p95Ms')).toContainText('4,200 ms');
  await expect(headline(page, 'successRate')).toContainText('98.55%');
  await expect(headline(page, 'successRate')).toContainText('98.32%');
  await expect(headline(page, 'successRate')).toContainText('−0.23 pts');
  await expect(headline(page, 'successRate')).toContainText('not significant (p = 0.74)'); // the analysis' reason
  await expect(headline(page, 'goodputRps')).toContainText('12.82/s');
  await expect(headline(page, 'goodputRps')).toContainText('Critical');
  const scaling = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Scaling', exact: true }) });
  await expect(scaling).toContainText('saturated');
  await expect(scaling).toContainText('18.39/s');
  await expect(scaling).toContainText('12.82/s');

  // Every chart is drawn: percentiles, the four time series (goodput with all requests dashed, failures/s, P95,
  // users), scaling, and the scaling curve (users vs goodput and all requests, users vs median/P95).
  await expect(page.locator('.recharts-wrapper')).toHaveCount(8);
  await expect.poll(() => page.locator('.recharts-wrapper svg.recharts-surface').count()).toBeGreaterThanOrEqual(8);
  // 2 runs × 6 time-series lines + percentiles; linear, goodput, all requests, median, P95
  await expect.poll(() => page.locator('.recharts-line-curve').count()).toBeGreaterThanOrEqual(17);
  // linear goodput, goodput, all requests per run
  await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(6);
  await expect(
    page.getByText('80% of requests took at most about 2,100 ms at 40 users, 320 ms at 20 users.'),
  ).toBeVisible();

  // Endpoints: GET /dashboard/ failed only at 40 users (0/32 -> 2/87), far from significant.
  const dashboard = page.getByRole('tabpanel').getByRole('row').filter({ hasText: '/dashboard/' });
  await expect(dashboard).toContainText('new');
  await expect(dashboard).toContainText('2 / 87');
  await expect(dashboard).toContainText('Inconclusive'); // failure status by rate, on the Holm-adjusted p-value
  await expect(dashboard).toContainText('p = 1');
  await page.getByRole('tab', { name: /Held up/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('row').filter({ hasText: '/export/rekap-rab/pdf/' })).toBeVisible();

  // What explains the change: the average 335 -> 1,201 ms; GET /dashboard/ contributes most (+149 ms);
  // failures 8 -> 13, rekap-rab +5.
  const latencyAttribution = page.getByRole('table', { name: 'Contributions to the change in average response time' });
  await expect(
    page.getByRole('heading', { name: /Average response time 335 ms → 1,201 ms \(\+866 ms\)/ }),
  ).toBeVisible();
  await expect(latencyAttribution.locator('tbody tr').first()).toContainText('GET /dashboard/');
  await expect(latencyAttribution.locator('tbody tr').first()).toContainText('+149 ms');
  await expect(latencyAttribution.locator('tbody tr')).toHaveCount(8);
  await page.getByRole('button', { name: 'Show all 14 endpoints' }).click();
  await expect(latencyAttribution.locator('tbody tr')).toHaveCount(14);
  const failureAttribution = page.getByRole('table', { name: 'Contributions to the change in failures' });
  await expect(failureAttribution.locator('tbody tr').first()).toContainText('/detail_project/[id]/rekap-rab/');
  await expect(failureAttribution.locator('tbody tr').first()).toContainText('+5');

  // Endpoint groups: /dashboard 32 -> 87 requests, 0% -> 2.30% failures (p = 1), P95 labelled an upper bound.
  const groups = page.getByRole('table', { name: 'Endpoint groups per run' });
  await expect(groups).toContainText('Max endpoint P95 (upper bound)');
  const dashboardGroup = groups.locator('tr[data-group="/dashboard"]');
  await expect(dashboardGroup).toContainText('87');
  await expect(dashboardGroup).toContainText('2.30%');
  await expect(dashboardGroup).toContainText('p = 1');
  await expect(groups.locator('tbody tr')).toHaveCount(6);

  // Failure messages: 11, the six new ones (five 503s) first; the filters narrow them down.
  const messages = page.getByRole('region', { name: 'Failure messages' });
  await expect(page.getByRole('heading', { name: 'Failure messages (11)' })).toBeVisible();
  const first = messages.locator('tbody tr').nth(0);
  await expect(first).toContainText('new');
  await expect(first).toContainText('/detail_project/[id]/rekap-rab/');
  await expect(first).toContainText('503 Server Error: Service Unavailable');
  await expect(first).toContainText('HTTP 503');
  await page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: /^new/ }).click();
  await page.getByRole('searchbox', { name: /Filter failure messages/ }).fill('503');
  await expect(messages.locator('tbody tr')).toHaveCount(5);
  await expect(page.getByText('Showing 5 of 11.')).toBeVisible();
  const concentration = page.getByRole('list', { name: 'Failure concentration per run' });
  await expect(concentration.locator('li[data-run="40 users"]')).toContainText('mixed');
  await expect(concentration.locator('li[data-run="40 users"]')).toContainText(
    '7 of 13 failures (54%), on GET /detail_project/[id]/rekap-rab/',
  );

  // Scaling across loads: two loads, no USL fit, efficiency 70% at 40 users.
  const curve = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Scaling across loads' }) });
  await expect(curve).toContainText('saturated from 40 users');
  await expect(curve.getByRole('table', { name: 'Scaling curve points' })).toContainText('70%');
  await expect(curve.getByTestId('scaling-evidence')).toContainText('No USL fit: it needs 3 distinct loads.');

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
  // One scaling story whichever run is the baseline: measured from the run with fewer users.
  await expect(page.getByTestId('verdict-headline')).toHaveText(
    'P95 1,900 ms vs 4,200 ms (−55%), goodput 9.2/s vs 12.82/s (−28%) for 0.5× users: saturated ' +
      '(−30% against linear from 20 to 40 users).',
  );
  await expect(page.getByRole('link', { name: 'JSON' })).toHaveAttribute(
    'href',
    `/api/compare?runs=${id20},${id40}&baseline=${id40}`,
  );
});

test('a user-defined endpoint group joins the URL and comes first, and survives a baseline change', async ({
  page,
}) => {
  const [id20, id40] = ids as [string, string];
  await page.goto(`/compare?runs=${id20},${id40}`);
  const form = page.getByRole('form', { name: 'Add an endpoint group' });
  await form.getByLabel('Group name').fill('Project pages');
  await form.getByLabel('Path prefix').fill('/detail_project/');
  await form.getByRole('button', { name: 'Add group' }).click();
  await expect(page).toHaveURL(/&group=Project%20pages%3D%2Fdetail_project%2F$/);
  // Every /detail_project/ endpoint, exports included: 256 requests at 20 users, 296 at 40 (smallpool _stats.csv rows).
  const first = page.getByRole('table', { name: 'Endpoint groups per run' }).locator('tbody tr').first();
  await expect(first).toContainText('Project pages');
  await expect(first).toContainText('256');
  await expect(first).toContainText('296');
  await page.getByRole('combobox', { name: 'Baseline' }).selectOption({ label: '40 users' });
  await expect(page).toHaveURL(/baseline=.*&group=Project%20pages/);
});

test('one stepped run, step by step: the note, the steps table with a lower bound, the scaling curve', async ({
  page,
  request,
}) => {
  // Synthetic Locust history: 50 -> 100 -> 150 users, a stats reset inside step 2.
  const { stats, history } = generate({ full: true, reset: true });
  const form = new FormData();
  form.append('files', new Blob([stats], { type: 'text/csv' }), 'stepped_stats.csv');
  form.append('files', new Blob([history], { type: 'text/csv' }), 'stepped_stats_history.csv');
  const uploaded = await request.post('/api/runs', { multipart: form });
  expect(uploaded.status()).toBe(201);
  const id = ((await uploaded.json()) as { id: string }).id;
  ids.push(id);

  await page.goto(`/compare?runs=${id}&steps=1`);
  await expect(page.getByRole('heading', { name: 'Load steps of stepped', level: 1 })).toBeVisible();
  await expect(page.getByText('These are the load steps of one run, not separate runs.')).toBeVisible();
  const steps = page.getByRole('table', { name: 'Load steps of the run' });
  await expect(steps.locator('tbody tr')).toHaveCount(3);
  await expect(steps.locator('tr[data-step="1"]')).toContainText('660');
  await expect(steps.locator('tr[data-step="2"]')).toContainText('≥ 1,821');
  await expect(steps.locator('tr[data-step="2"]')).toContainText('lower bound');
  await expect(steps.locator('tr[data-step="3"]')).toContainText('546 ms');
  await expect(steps.locator('tr[data-step="3"]')).toContainText('~10 s windows');
  await expect(page.getByTestId('verdict-headline')).toContainText('for 3× users');
  const curve = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Scaling across loads' }) });
  await expect(curve).toContainText('USL fit:');
  await expect(curve.getByRole('table', { name: 'Scaling curve points' }).locator('tbody tr')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', `/api/compare?runs=${id}&steps=1`);
  await page.screenshot({ path: 'test-results/e2e/compare-steps-page.png', fullPage: true });
});

test('steps=1 on a run without load steps explains itself', async ({ page }) => {
  const [id20] = ids as [string];
  await page.goto(`/compare?runs=${id20}&steps=1`);
  await expect(page.getByRole('heading', { name: 'These load steps cannot be shown' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'load steps' })).toContainText('has no two load steps');
  await expect(page.getByRole('link', { name: 'Open the run' })).toHaveAttribute('href', `/runs/${id20}`);
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
