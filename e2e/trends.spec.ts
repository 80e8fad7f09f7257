// Issue 19, the project trend page: 24 nightly runs made from a real Locust run (e2e/support/trend-runs.ts), a
// new locustfile from run 7 (a new era) and POST /accounts/login/ 40% slower from run 20. Once the worker has
// found the change point, the page answers first (the open regression, its run and commit), draws the era
// boundary and the change point, sorts the matrix by recent change, and keeps its choices in the URL; a run at
// another user count makes that count the default, said on the page. No serious axe violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { seeded, stepHistory, trendRunForm } from './support/trend-runs';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const PROJECT = `E2E trends ${Date.now().toString(36)}`;
const LOGIN = 'endpoint:POST /accounts/login/';
const PLANS = stepHistory({
  runs: 24,
  eraAt: 6,
  stepAt: 19,
  endpoint: 'POST /accounts/login/',
  factor: 1.4,
  firstStart: '2026-10-01T02:00:00.000Z',
});
let projectId = '';

async function upload(request: APIRequestContext, form: FormData): Promise<string> {
  const res = await request.post('/api/runs', { multipart: form });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test.beforeAll(async ({ request }) => {
  const noise = seeded(5);
  let last = '';
  for (const plan of PLANS) last = await upload(request, trendRunForm(PROJECT, plan, noise, false));
  projectId = ((await (await request.get(`/api/runs/${last}`)).json()) as { project: { id: string } }).project.id;
  // The worker finds change points a moment after an upload.
  const query = new URLSearchParams({ metric: 'p95Ms', scope: LOGIN });
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/projects/${projectId}/change-points?${query}`);
        return ((await res.json()) as { changePoints: { runId: string }[] }).changePoints.length;
      },
      { timeout: 60_000, intervals: [500, 1000] },
    )
    .toBe(1);
});

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  if (projectId) expect((await api.delete(`/api/projects/${projectId}`)).status()).toBe(204);
});

test('the answer first, the era boundary and the change point on the chart, the matrix by recent change', async ({
  page,
}) => {
  const step = PLANS[19]!;
  await page.goto('/projects');
  await page.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
  await page.getByRole('link', { name: 'Trends', exact: true }).click();
  const headline = page.getByTestId('trend-headline');
  await expect(headline).toHaveText(
    new RegExp(
      `^\\d open regressions?: P95 of POST /accounts/login/ \\+\\d\\d% since ${step.label} ` +
        `\\(commit ${step.commit.slice(0, 7)}\\)`,
    ),
  );

  await page.getByRole('link', { name: 'Show it on the chart' }).click();
  await expect(page).toHaveURL(/scope=endpoint%3APOST\+%2Faccounts%2Flogin%2F/);
  const chart = page.locator('#trend-chart');
  await expect(chart.getByRole('heading', { level: 2 })).toHaveText(/^P95 of POST \/accounts\/login\//);
  // The era boundary: a dashed line labelled with its reason, and the eras in words.
  await expect(chart.locator('svg text', { hasText: 'locustfile changed' })).toHaveCount(1);
  await expect(page.getByTestId('trend-eras')).toContainText(
    'Era 2 from nightly-07: locustfile changed (sha256 a1a1a1a1a1a1 → b2b2b2b2b2b2)',
  );
  // The change point: a marked point on its first run, its sentence under the chart and in the tooltip.
  await expect(chart.locator('.recharts-reference-dot')).toHaveCount(1);
  const changes = page.getByTestId('trend-change-points');
  await expect(changes).toContainText(/P95 of POST \/accounts\/login\/: \d+ ms → \d+ ms, \+\d\d% \(/);
  await expect(changes).toContainText(`From ${step.label}`);

  // The matrix: all requests first, then the endpoint that changed lately, with its open change point.
  const rows = page.getByTestId('trend-matrix').locator('tbody tr[data-scope]');
  await expect(rows.first()).toHaveAttribute('data-scope', 'aggregate');
  await expect(rows.nth(1)).toHaveAttribute('data-scope', LOGIN);
  await expect(rows.nth(1)).toContainText('1 open');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');

  // Another metric from the pickers, kept in the URL; a matrix row puts its scope on the chart.
  await page.getByRole('radio', { name: 'Median' }).click();
  await expect(page).toHaveURL(/metric=medianMs/);
  await page.getByRole('link', { name: 'GET /dashboard/', exact: true }).click();
  await expect(page).toHaveURL(/metric=medianMs&scope=endpoint%3AGET\+%2Fdashboard%2F/);
  await expect(chart.getByRole('heading', { level: 2 })).toHaveText(/^Median of GET \/dashboard\//);
  await expect(chart.locator('.recharts-reference-dot')).toHaveCount(0);
});

test('no serious or critical axe violation (light and dark)', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/projects/${projectId}/trends?scope=${encodeURIComponent(LOGIN)}`);
    await expect(page.locator('#trend-chart .recharts-reference-dot')).toHaveCount(1);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious, `${colorScheme}:\n${serious.join('\n')}`).toEqual([]);
  }
});

test("runs at another user count: the newest run's count by default, said on the page; the filter picks", async ({
  page,
  request,
}) => {
  const extra = { ...PLANS[23]!, label: 'nightly-40u', startTime: '2026-10-30T02:00:00.000Z' };
  const form = trendRunForm(PROJECT, extra, seeded(9), false);
  form.set('meta', JSON.stringify({ ...JSON.parse(String(form.get('meta'))), userCount: 40 }));
  await upload(request, form);
  await page.goto(`/projects/${projectId}/trends`);
  await expect(page.getByTestId('trend-users-note')).toHaveText(
    "Showing runs at 40 users, the newest run's count: runs here have 20, 40 users.",
  );
  await expect(page.getByTestId('trend-headline')).toHaveText('No open change points in the 1 run shown.');
  await page.getByLabel('Users').selectOption('20');
  await expect(page).toHaveURL(/users=20/);
  await expect(page.getByTestId('trend-headline')).toHaveText(/^\d open regressions?: P95 of POST/);
  await expect(page.getByTestId('trend-users-note')).toHaveCount(0);
});
