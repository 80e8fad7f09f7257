// The compare page puts the answer first (issue 14, "Done when", last bullet): at 1440×900 in Chromium,
// goodput (in the verdict), the Whole run | Steady state switch, the latency-ceiling note and the criteria
// verdicts are all visible without scrolling. Runs: fixtures/locust-2.12-generated smallpool-20u and smallpool-40u (the
// 40-user run's responses stop near 9 s, a pool timeout), uploaded into a project that gets a criteria
// set through the API first. Screenshots (light, dark, 390 px wide) go to test-results/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const PROJECT = 'E2E answer first';
const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated');
const FOLD = { width: 1440, height: 900 };
const ids: string[] = [];
let setId: string | null = null;

async function upload(request: APIRequestContext, run: string, label: string): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(join(DIR, run)))
    form.append('files', new Blob([readFileSync(join(DIR, run, name))]), name);
  form.append('project', PROJECT);
  form.append('label', label);
  const res = await request.post('/api/runs', { multipart: form });
  expect(res.status()).toBe(201);
  const id = ((await res.json()) as { id: string }).id;
  ids.push(id);
  return id;
}

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  if (setId) await api.delete(`/api/criteria-sets/${setId}`);
  for (const id of ids) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

/** Entirely inside the first 900 px of the page, scrolled to the top. */
async function expectAboveTheFold(page: Page, what: string, locator: Locator): Promise<void> {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, `${what}: no box`).not.toBeNull();
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(box!.y + scrollY + box!.height, `${what} ends at ${Math.round(box!.y + box!.height)} px`).toBeLessThanOrEqual(
    FOLD.height,
  );
}

test('1440×900: goodput, the window switch, the ceiling note and the criteria verdicts above the fold', async ({
  page,
  request,
}) => {
  const id20 = await upload(request, 'smallpool-20u', '20 users');
  const id40 = await upload(request, 'smallpool-40u', '40 users');
  const run = (await (await request.get(`/api/runs/${id40}`)).json()) as { project: { id: string } };
  // A release gate on the target: P95 under 3 s (4,200 ms at 40 users: NO-GO) and 97% success (98.32%: met).
  const created = await request.post(`/api/projects/${run.project.id}/criteria-sets`, {
    data: {
      name: 'Release gate',
      criteria: [
        { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 },
        { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
      ],
    },
  });
  expect(created.status()).toBe(201);
  setId = ((await created.json()) as { id: string }).id;

  await page.setViewportSize(FOLD);
  await page.goto(`/compare?runs=${id20},${id40}`);
  await expect(page.getByRole('heading', { name: '20 users vs 40 users', level: 1 })).toBeVisible();

  // Goodput in the verdict itself (successful req/s: 13.04 req/s × 759 successful / 772 = 12.82), with the
  // one scaling story; its row in the headline table just below.
  const verdict = page.getByTestId('verdict-headline');
  await expect(verdict).toContainText('goodput 12.82/s vs 9.2/s (+39%) for 2× users: saturated');
  await expectAboveTheFold(page, 'goodput in the verdict', verdict);
  const goodput = page.getByRole('table', { name: 'Headline figures per run' }).locator('tr[data-metric="goodputRps"]');
  await expect(goodput).toContainText('12.82/s');

  const criteria = page.getByTestId('criteria-verdicts');
  await expect(criteria).toContainText('NO-GO');
  await expect(criteria).toContainText('Release gate');
  await expectAboveTheFold(page, 'criteria verdicts', criteria);

  const ceiling = page.getByTestId('ceiling-note');
  await expect(ceiling).toContainText('responses capped at ~9 s');
  await expect(ceiling).toContainText('likely a timeout');
  await expectAboveTheFold(page, 'ceiling note', ceiling);

  const windowSwitch = page.getByTestId('window-switch');
  await expect(windowSwitch).toContainText('Whole run');
  await expect(windowSwitch).toContainText('Steady state');
  await expectAboveTheFold(page, 'window switch', windowSwitch);

  // The answer comes before the evidence (issue 15): the meeting verdict (the criteria, the change beside them),
  // then what to read first, then the headline table.
  const banner = page.getByTestId('meeting-verdict');
  await expect(banner.getByTestId('criteria-verdicts')).toBeVisible();
  await expect(banner.getByTestId('verdict-headline')).toBeVisible();
  const tops = await Promise.all(
    [banner, page.getByTestId('headline-notes'), ceiling, goodput].map(async (l) => (await l.boundingBox())!.y),
  );
  expect(tops).toEqual([...tops].sort((a, b) => a - b));

  await page.screenshot({ path: 'test-results/compare-fold-1440-light.png' });
  await page.screenshot({ path: 'test-results/compare-fold-1440-light-full.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/compare-fold-1440-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(goodput).toBeAttached();
  await page.screenshot({ path: 'test-results/compare-fold-390.png', fullPage: true });
});
