// Issue 15, items 4 and 5, on the real Locust 2.12 series (fixtures/locust-2.12-series: 50, 100, 150
// users and the retest at 100 users after the fixes; p95 1,300 / 9,000 / 9,000 / 870 ms). The retest is
// uploaded FIRST, although it ran last.
// (a) A criteria set scoped to 100 users, made in the editor, judges only the 100-user runs and says
//     so on the 50-user run (project page) and on a comparison whose target has 50 users.
// (b) A roadmap item created after the retest was uploaded is verified by it; the page states the
//     rule; "check against run X" shows one run's results without changing anything.
// (c) The roadmap Markdown export says what the page shows, item by item.
// Screenshots at 1440×900 and 390×844, light and dark, in test-results/e2e/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

// Serial, and slow: eight full-page screenshots per page on a shared machine.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const PROJECT = 'E2E issue 15 scope';
const SERIES = join(import.meta.dirname, '../fixtures/locust-2.12-series');
const OUT_OF_SCOPE_50 = 'Production @100 users applies to 100-user runs; this run has 50 users';
const run: Record<string, string> = {};
let projectId = '';

/** Locust's own files of a series run (its folder also holds logs and server stats). */
async function upload(request: APIRequestContext, dir: string, label: string): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(join(SERIES, dir)).filter((n) => /\.(csv|html)$/.test(n))) {
    form.append('files', new Blob([readFileSync(join(SERIES, dir, name))]), name);
  }
  form.append('project', PROJECT);
  form.append('label', label);
  const res = await request.post('/api/runs', { multipart: form });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** The page at both sizes, light and dark (the dark theme follows prefers-color-scheme). */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const [w, h] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `test-results/e2e/issue15-${name}-${w}x${h}-${scheme}.png`, fullPage: true });
      // The first viewport on its own (what a reader sees first; a long page's full shot is hard to read).
      await page.screenshot({ path: `test-results/e2e/issue15-${name}-${w}x${h}-${scheme}-top.png` });
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

test.beforeAll(async ({ request }) => {
  run.retest = await upload(request, 'series-retest-100u', 'retest 100 users');
  run.u50 = await upload(request, 'series-50u', '50 users');
  run.u100 = await upload(request, 'series-100u', '100 users');
  run.u150 = await upload(request, 'series-150u', '150 users');
  projectId = (
    (await (await request.get(`/api/projects/${encodeURIComponent(PROJECT)}`)).json()) as { project: { id: string } }
  ).project.id;
});

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const id of Object.values(run)) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

test('(a) a set scoped to 100 users judges only the 100-user runs, and says so on the others', async ({ page }) => {
  await page.goto(`/projects/${projectId}`);
  await page.getByRole('button', { name: 'New criteria set' }).click();
  const editor = page.getByRole('form', { name: 'New criteria set' });
  await editor.getByLabel('Name', { exact: true }).fill('Production @100 users');
  await editor
    .getByRole('group', { name: 'Applies to' })
    .getByLabel(/^Users/)
    .fill('100');
  await editor.getByRole('listitem', { name: 'Criterion 1' }).getByLabel('Target').fill('2000');
  await editor.getByRole('button', { name: 'Create criteria set' }).click();

  const matrix = page.getByRole('table').first();
  await expect(matrix.getByText('Applies to: 100 users')).toBeVisible({ timeout: 30_000 });
  // The two 100-user runs have a verdict; 50 and 150 users say why they have none.
  await expect(page.getByRole('link', { name: 'Production @100 users on retest 100 users: GO' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Production @100 users on 100 users: NO-GO' })).toBeVisible();
  await expect(matrix.getByText(OUT_OF_SCOPE_50)).toHaveCount(1);
  await expect(matrix.getByText('Production @100 users applies to 100-user runs; this run has 150 users')).toHaveCount(
    1,
  );

  await page.goto(`/projects/${projectId}?run=${run.u50}`);
  const card = page
    .locator('[id^="set-"]')
    .filter({ has: page.getByRole('heading', { name: 'Production @100 users' }) });
  await expect(card.getByTestId('out-of-scope')).toContainText(`NOT JUDGED${OUT_OF_SCOPE_50}.`);
  await expect(card.getByTestId('applies-to')).toHaveText('100 users');
  await screenshots(page, 'project-50-users');

  // A comparison whose target has 50 users: the set is named as not judging it, never silently absent.
  await page.goto(`/compare?runs=${run.u100},${run.u50}`);
  await expect(page.getByTestId('criteria-out-of-scope')).toContainText(OUT_OF_SCOPE_50);
  await expect(
    page.getByTestId('criteria-verdicts').locator('[data-set="Production @100 users"][data-verdict]'),
  ).toHaveCount(0);
  // The project's only set leaves the target out: no "define" link (the project has criteria), the set named.
  const banner = page.getByTestId('meeting-verdict');
  await expect(banner.getByRole('link', { name: /^Define success criteria/ })).toHaveCount(0);
  await expect(banner.getByTestId('no-criteria-applies')).toContainText(
    "the project's set Production @100 users is NOT JUDGED",
  );
  await expect(banner.getByRole('link', { name: 'Criteria sets on the project page →' })).toHaveAttribute(
    'href',
    /#sets-title$/,
  );
  const json = await (await page.request.get(`/api/compare?runs=${run.u100},${run.u50}`)).json();
  expect(json.criteria.map((c: { name: string }) => c.name)).not.toContain('Production @100 users');
  expect(json.criteriaOutOfScope).toEqual([
    { name: 'Production @100 users', appliesTo: { userCount: 100 }, reason: OUT_OF_SCOPE_50 },
  ]);
  await screenshots(page, 'compare-50-users');

  // Its target at 100 users: judged.
  await page.goto(`/compare?runs=${run.u50},${run.u100}`);
  await expect(page.getByTestId('criteria-verdicts').locator('[data-set="Production @100 users"]')).toHaveAttribute(
    'data-verdict',
    'NO-GO',
  );
  await expect(page.getByTestId('criteria-out-of-scope')).toHaveCount(0);
});

test('(b) a retest uploaded before the roadmap item verifies it; the page states the rule', async ({
  page,
  request,
}) => {
  const set = (
    (await (await request.get(`/api/projects/${projectId}/criteria-sets`)).json()) as {
      sets: { name: string; criteria: { id: string }[] }[];
    }
  ).sets.find((s) => s.name === 'Production @100 users')!;
  const phase = await (
    await request.post(`/api/projects/${projectId}/roadmap/phases`, { data: { title: 'Database' } })
  ).json();
  const linked = { title: 'Pool of 16 connections', priority: 'critical', criterionIds: [set.criteria[0]!.id] };
  expect((await request.post(`/api/roadmap/phases/${phase.id}/items`, { data: linked })).status()).toBe(201);
  expect(
    (
      await request.post(`/api/roadmap/phases/${phase.id}/items`, {
        data: { title: 'Sessions in a cache', priority: 'high', status: 'in_progress' },
      })
    ).status(),
  ).toBe(201);

  await page.goto(`/projects/${projectId}`);
  const roadmap = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Roadmap' }) });
  await expect(roadmap.getByTestId('verification-rule')).toContainText(
    'Any run of this project can verify an item, whenever it was uploaded',
  );
  await expect(roadmap.getByTestId('verification-rule')).toContainText('in the order the tests started');
  const item = roadmap.getByTestId('roadmap-item').filter({ hasText: 'Pool of 16 connections' });
  await expect(item.getByText('Verified by retest 100 users')).toBeVisible();
  await expect(item.getByRole('checkbox', { name: 'Pool of 16 connections' })).toBeChecked();

  // Check against run X: one run's results, nothing changes.
  const details = item.getByRole('button', { name: 'Details of Pool of 16 connections' });
  await expect(async () => {
    if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
    await expect(details).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const checker = item.getByTestId('check-against-run');
  await checker.getByLabel('Check against run').selectOption({ label: '100 users' });
  await checker.getByRole('button', { name: 'Check' }).click();
  await expect(checker.getByTestId('check-result')).toContainText('100 users misses 1 of 1 linked criterion.');
  await checker.getByLabel('Check against run').selectOption({ label: '50 users' });
  await checker.getByRole('button', { name: 'Check' }).click();
  await expect(checker.getByTestId('check-result')).toContainText('50 users does not count for this item');
  await expect(checker.getByTestId('check-result')).toContainText(OUT_OF_SCOPE_50);
  await expect(item.getByText('Verified by retest 100 users')).toBeVisible();
  await screenshots(page, 'roadmap');
});

test('(c) the roadmap Markdown export says what the page shows', async ({ page, request }) => {
  await page.goto(`/projects/${projectId}`);
  const roadmap = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Roadmap' }) });
  const href = await roadmap.getByRole('link', { name: 'Export Markdown' }).getAttribute('href');
  const md = await (await request.get(href!)).text();
  const items = roadmap.getByTestId('roadmap-item');
  await expect(items).toHaveCount(2);
  const LABELS: Record<string, string> = {
    todo: 'todo',
    in_progress: 'in progress',
    done: 'done',
    verified: 'verified',
  };
  for (const row of await items.all()) {
    const title = (await row.getAttribute('data-item-title'))!;
    const checked = (await row.getAttribute('data-checked')) === 'true';
    const status = (await row.getAttribute('data-status'))!;
    // The item's lines: its task line and its sub-bullets.
    const block = md.split(/\n(?=- \[)/).find((b) => b.includes(`** ${title}\n`) || b.endsWith(`** ${title}`))!;
    expect(block, title).toBeDefined();
    expect(block, title).toMatch(new RegExp(`^- \\[${checked ? 'x' : ' '}\\] `, 'm'));
    // The checkbox says done or todo; any other status the page shows is written out.
    if (status !== (checked ? 'done' : 'todo')) expect(block, title).toContain(`Status: ${LABELS[status]}`);
    else expect(block, title).not.toContain('Status:');
    const verified = await row.getByText(/Verified by retest 100 users/).count();
    expect(block.includes('Verified by run [retest 100 users]'), title).toBe(verified > 0);
  }
  expect(md).toContain(
    '- [x] **critical** Pool of 16 connections\n  - Status: verified\n  - Verified by run [retest 100 users]',
  );
  expect(md).toContain('- [ ] **high** Sessions in a cache\n  - Status: in progress');
  expect(md).not.toMatch(/- \[x\][^\n]*\n(?: {2}-[^\n]*\n)*? {2}- Status: todo/);
});
