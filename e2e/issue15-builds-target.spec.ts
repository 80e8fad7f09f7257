// Issue 15, items 2 and 3: the target picker and builds kept apart. The real Locust 2.12 series
// (fixtures/locust-2.12-series): 50, 100 and 150 users against build 1.3.0, and a retest at 100 users
// against the fixed build 1.3.1-fix, uploaded through the upload page with its build and then corrected
// in the edit dialog. The comparison is opened with the runs in the order uploaded (the retest last, so
// the default target), the 100-user run is picked as the target, and the page must judge 100 vs 50 users,
// show every column header whole, and keep the builds apart (one curve per build, none across them).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

// Four real runs uploaded and a four-run comparison on a shared 2-core machine: more than the default minute.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const PROJECT = 'E2E builds';
const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-series');
const BASE = '1.3.0';
const FIXED = '1.3.1-fix';
const LABELS = {
  u50: '50 users (baseline build)',
  u100: '100 users (baseline build)',
  u150: '150 users (baseline build)',
  retest: '100 users (retest of the fixed build)',
};
const ids: Record<string, string> = {};
const csvs = (run: string) => readdirSync(join(DIR, run)).filter((n) => n.endsWith('.csv'));

async function upload(request: APIRequestContext, run: string, label: string, build: string): Promise<string> {
  const form = new FormData();
  for (const name of csvs(run)) form.append('files', new Blob([readFileSync(join(DIR, run, name))]), name);
  form.append('project', PROJECT);
  form.append('label', label);
  form.append('build', build);
  const res = await request.post('/api/runs', { multipart: form });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const id of Object.values(ids)) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `test-results/e2e/issue15-${name}-${w}-${scheme}.png` });
      const curves = page.getByRole('heading', { name: 'Scaling across loads, one build at a time' });
      if (await curves.count()) {
        await curves.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/e2e/issue15-${name}-scaling-${w}-${scheme}.png` });
      }
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the baseline build by API; the retest and its build by the upload page and the edit dialog', async ({
  page,
  request,
}) => {
  ids.u50 = await upload(request, 'series-50u', LABELS.u50, BASE);
  ids.u100 = await upload(request, 'series-100u', LABELS.u100, BASE);
  ids.u150 = await upload(request, 'series-150u', LABELS.u150, BASE);

  await page.goto('/upload');
  const buffer = (name: string) => readFileSync(join(DIR, 'series-retest-100u', name));
  const files = csvs('series-retest-100u').map((name) => ({ name, mimeType: 'text/csv', buffer: buffer(name) }));
  await page.locator('input[type="file"]').setInputFiles(files);
  await expect(page.getByText('Run to save')).toBeVisible();
  await page.getByLabel('Label', { exact: true }).fill(LABELS.retest);
  await page.getByLabel('Project').fill(PROJECT);
  await page.getByLabel('Build', { exact: true }).fill('1.3.1-fx');
  await page.getByRole('button', { name: 'Save run' }).click();
  await expect(page).toHaveURL(/\/runs\/run_[0-9a-z]+$/, { timeout: 30_000 });
  ids.retest = page.url().split('/').pop()!;
  const meta = page.locator('dl').filter({ hasText: 'Build' }).first();
  await expect(meta).toContainText('1.3.1-fx');

  // A typo in the build, corrected in the edit dialog.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Build', { exact: true })).toHaveValue('1.3.1-fx');
  await dialog.getByLabel('Build', { exact: true }).fill(FIXED);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(meta).toContainText(FIXED);
  const json = await (await request.get(`/api/runs/${ids.retest}`)).json();
  expect(json.meta.build).toBe(FIXED);
});

/** The comparison the page shows, through its JSON link: the target's id and its success-rate change. */
async function judged(page: Page, request: APIRequestContext) {
  const href = await page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href');
  const c = await (await request.get(href!)).json();
  const change = c.summary.find((r: { metric: string }) => r.metric === 'successRate').change;
  const successRateChange = Number(change.toFixed(4));
  const [baseline, target] = [c.runs[c.baselineIndex].id as string, c.runs[c.targetIndex].id as string];
  return { baseline, target, successRateChange };
}

test('the 100-user run picked as target: 100 vs 50 users, whole headers, a curve per build', async ({
  page,
  request,
}) => {
  // In the order uploaded: the retest is the last run given, so it is the default target.
  await page.goto(`/compare?runs=${[ids.u50, ids.u100, ids.u150, ids.retest].join(',')}`);
  const target = page.getByLabel('Target', { exact: true });
  await expect(target).toHaveValue(ids.retest!);
  await expect(page.getByText(`${LABELS.retest} vs ${LABELS.u50}`).first()).toBeVisible();
  // Runs in load order: 50, 100, the retest (100 users, started later), 150.
  const chips = page.getByRole('list', { name: 'Compared runs, in load order' }).getByRole('listitem');
  await expect(chips).toHaveText([/^50 users \(base/, /^100 users \(base/, /^100 users \(retest/, /^150 users \(base/]);

  await target.selectOption(ids.u100!);
  await expect(page).toHaveURL(new RegExp(`target=${ids.u100}`));
  await expect(target).toHaveValue(ids.u100!);
  // The verdict and the headline: 100 vs 50 users (success rate 98.39% -> 92.95%: -5.43 points).
  await expect(page.getByText(`${LABELS.u100} vs ${LABELS.u50}`).first()).toBeVisible();
  await expect(page.getByText(`All endpoints (Aggregated) · change = ${LABELS.u100} vs baseline`)).toBeVisible();
  expect(await judged(page, request)).toEqual({ baseline: ids.u50, target: ids.u100, successRateChange: -0.0543 });
  const headline = page.getByRole('table', { name: 'Headline figures per run' });

  // Column headers whole: every run's full name and build, nothing cut.
  const names = headline.getByTestId('run-header-name');
  await expect(names).toHaveText([LABELS.u50, LABELS.u100, LABELS.retest, LABELS.u150]);
  for (const el of await names.all()) {
    const cut = await el.evaluate(
      (e) =>
        e.scrollWidth > e.clientWidth + 1 ||
        e.scrollHeight > e.clientHeight + 1 ||
        getComputedStyle(e).textOverflow === 'ellipsis',
    );
    expect(cut).toBe(false);
  }
  const builds = [BASE, BASE, FIXED, BASE].map((b) => `build ${b}`);
  await expect(headline.getByTestId('run-header-build')).toHaveText(builds);

  // Builds kept apart: one panel per build, the baseline build's fit over its own three loads only.
  await expect(page.getByTestId('builds-note')).toContainText(
    'one scaling curve per build, and runs of different builds are never fitted together',
  );
  const panels = page.getByTestId('build-curve');
  await expect(panels).toHaveCount(2);
  const base = panels.filter({ has: page.getByRole('heading', { name: `Build ${BASE}` }) });
  const fixed = panels.filter({ has: page.getByRole('heading', { name: `Build ${FIXED}` }) });
  await expect(base.getByTestId('scaling-evidence')).toContainText(`Build “${BASE}”: 3 runs at 3 loads (50–150 users)`);
  await expect(base.getByTestId('scaling-evidence')).toContainText('USL fit on goodput over 3 points');
  const points = base.getByRole('table', { name: `Scaling curve points of Build ${BASE}` });
  await expect(points.getByRole('row')).toHaveCount(4); // the head and 50, 100, 150 users
  await expect(fixed.getByTestId('build-no-curve')).toBeVisible();
  await expect(page.getByText('4 runs at 3 loads')).toHaveCount(0);
  await expect(page.getByText(/over 4 points/)).toHaveCount(0);
  await shoot(page, 'compare');

  // A new baseline keeps the chosen target.
  await page.getByLabel('Baseline', { exact: true }).selectOption(ids.u150!);
  await expect(page).toHaveURL(new RegExp(`baseline=${ids.u150}&target=${ids.u100}`));
  await expect(target).toHaveValue(ids.u100!);
  await expect(page.getByText(`${LABELS.u100} vs ${LABELS.u150}`).first()).toBeVisible();
  expect((await judged(page, request)).target).toBe(ids.u100);
});
