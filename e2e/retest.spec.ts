// From a failing comparison to a GO: the 20- and 40-user runs are compared, "Plan a retest" proposes
// criteria between them and roadmap items linked to them, which are saved; the 40-user run is NO-GO
// and the items are broken again by it (or not met yet). A better retest is uploaded through the
// browser: the verdict turns GO, the linked items show "Verified by" the retest, and the verdict is
// signed off.
// Runs: fixtures/locust-2.12-generated (20u: median 160 ms, p95 1,900 ms, 9.33 req/s; 40u: 520 ms,
// 4,200 ms, 13.04 req/s) and the retest of test/support/retest-run.ts (20u latencies, 18.67 req/s).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { betterRetestStatsCsv } from '../test/support/retest-run';

test.describe.configure({ mode: 'serial' });

const PROJECT = 'E2E retest shop';
const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated');
const ids: string[] = [];

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
  for (const id of ids) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

test('plan a retest from a failing comparison, upload a better run: GO, and the linked items verified', async ({
  page,
  request,
}) => {
  const id20 = await upload(request, 'smallpool-20u', '20 users');
  const id40 = await upload(request, 'smallpool-40u', '40 users');

  await page.goto(`/compare?runs=${id20},${id40}`);
  await expect(page.getByText(`${PROJECT} has no success criteria yet.`)).toBeVisible();
  await page.getByRole('link', { name: 'Plan a retest' }).click();
  await expect(page).toHaveURL(/\/projects\/prj_[0-9a-z]+\/plan\?runs=/);
  await expect(page.getByRole('heading', { name: 'Plan a retest', level: 1 })).toBeVisible();
  // Between the two runs: p95 < 2,500 ms (1,900 -> 4,200), median < 250 ms (160 -> 520), >= 18 req/s.
  await expect(page.getByText('Why: p95 1,900 ms at 20 users → 4,200 ms at 40 users')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Bring p95 back under 2,500 ms/ })).toBeChecked();
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(page).toHaveURL(/\/projects\/prj_[0-9a-z]+#set-/, { timeout: 30_000 });
  const projectUrl = page.url().split('#')[0]!;
  await expect(page.getByRole('link', { name: 'Retest after 40 users on 40 users: NO-GO' })).toBeVisible();
  await expect(
    page
      .getByRole('link', { name: 'Retest after 40 users on 20 users: CONDITIONAL' })
      .or(page.getByRole('link', { name: 'Retest after 40 users on 20 users: NO-GO' })),
  ).toBeVisible();
  const roadmap = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Roadmap' }) });
  await expect(roadmap.getByText('Bring p95 back under 2,500 ms')).toBeVisible();
  // Runs uploaded before the items count too (issue 15): 20 users met the latency goals and 40 users,
  // which ran later, broke them; neither reached 18 req/s.
  const items = roadmap.getByTestId('roadmap-item');
  await expect(items.filter({ hasText: 'Broken again by 40 users (verified by 20 users before)' })).toHaveCount(2);
  await expect(items.filter({ hasText: 'Not met yet' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/e2e/project-before-retest.png', fullPage: true });

  // The better retest, uploaded through the browser into the same project.
  await page.goto('/upload');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'retest_stats.csv', mimeType: 'text/csv', buffer: Buffer.from(betterRetestStatsCsv()) });
  await expect(page.getByText('Run to save')).toBeVisible();
  await page.getByLabel('Label', { exact: true }).fill('40 users after fixes');
  await page.getByLabel('Project').fill(PROJECT);
  await page.getByRole('button', { name: 'Save run' }).click();
  await expect(page).toHaveURL(/\/runs\/run_[0-9a-z]+$/, { timeout: 30_000 });
  ids.push(page.url().split('/').pop()!);

  await page.goto(projectUrl);
  await expect(page.getByRole('link', { name: 'Retest after 40 users on 40 users after fixes: GO' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Retest after 40 users on 40 users: NO-GO' })).toBeVisible();
  await expect(roadmap.getByText('Verified by 40 users after fixes')).toHaveCount(3);
  await expect(roadmap.getByText('3 verified by runs')).toBeVisible();
  for (const title of ['Bring p95 back under 2,500 ms', 'Bring the median back under 250 ms']) {
    await expect(roadmap.getByRole('checkbox', { name: title })).toBeChecked();
  }

  // The verdict on the retest, signed off.
  const card = page
    .locator('[id^="set-"]')
    .filter({ has: page.getByRole('heading', { name: 'Retest after 40 users' }) })
    .first();
  await card.getByRole('button', { name: 'Sign off' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Run').selectOption({ label: '40 users after fixes — evaluated GO' });
  await dialog.getByLabel('Decided by').fill('Dina (QA lead)');
  await dialog.getByRole('button', { name: 'Sign off' }).click();
  const signOffs = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Sign-offs' }) });
  await expect(signOffs).toContainText('Dina (QA lead)');
  await expect(signOffs).toContainText('40 users after fixes');
  await page.screenshot({ path: 'test-results/e2e/project-after-retest.png', fullPage: true });

  // The comparison's Markdown report ends with the criteria verdicts and the ticked roadmap.
  const md = await (await request.get(`/api/compare?runs=${id40},${ids[2]}&format=md`)).text();
  expect(md).toContain('## Success criteria on 40 users after fixes');
  expect(md).toContain('### Retest after 40 users: 🟢 GO');
  expect(md).toMatch(/- \[x\] \*\*high\*\* Bring p95 back under 2,500 ms/);
  expect(md).toContain('Verified by run [40 users after fixes]');
});
