// Issue 20 item 3: a project's shared link, its deck and GET /api/projects/:id evaluate one page of its runs (30,
// newest first), as the owner's page does, not every run. A 32-run project (the real smallpool-20u run uploaded
// 32 times, "run 1" to "run 32") with a p95 criterion: the shared link opens on runs 3–32 with the verdicts of
// run 32, pages to runs 1–2 and back; its preview is run 32's verdict, or on page 2 says it shows older runs of
// 32; the deck's latest run is run 32.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated/smallpool-20u');
const PROJECT = 'E2E project share pages';
const RUNS = 32;
let projectId = '';
let sharePath = '';

test.beforeAll(async ({ request }) => {
  for (let i = 1; i <= RUNS; i++) {
    const form = new FormData();
    for (const name of readdirSync(DIR).filter((n) => n.endsWith('.csv')))
      form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
    form.append('project', PROJECT);
    form.append('label', `run ${i}`);
    const res = await request.post('/api/runs', { multipart: form });
    expect(res.status()).toBe(201);
  }
  const page1 = await (await request.get(`/api/projects/${encodeURIComponent(PROJECT)}`)).json();
  projectId = page1.project.id;
  const set = { name: 'Release gate', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 60_000 }] };
  expect((await request.post(`/api/projects/${projectId}/criteria-sets`, { data: set })).status()).toBe(201);
  const share = await request.post('/api/shares', { data: { kind: 'project', runs: [], project: projectId } });
  expect(share.status()).toBe(201);
  sharePath = new URL(((await share.json()) as { url: string }).url, 'http://x').pathname;
});

test.afterAll(async ({ request }) => {
  if (projectId) expect((await request.delete(`/api/projects/${projectId}`)).status()).toBe(204);
});

test('the API answers one page: 30 runs evaluated, every run listed', async ({ request }) => {
  const body = await (await request.get(`/api/projects/${projectId}?page=2`)).json();
  expect(body.runs).toHaveLength(RUNS);
  expect(body.window).toMatchObject({ page: 2, pageCount: 2, start: 0, end: 2 });
  expect(body.evaluation.runs.map((r: { label: string }) => r.label)).toEqual(['run 1', 'run 2']);
});

test('the shared link pages like the owner page; its preview is of the latest run, or says it is older', async ({
  page,
}) => {
  await page.goto(sharePath);
  const pager = page.getByRole('navigation', { name: 'Pages of runs' });
  await expect(pager).toContainText('Runs 3–32 of 32 (page 1 of 2)');
  await expect(page.getByText('Criteria sets below judge run 32')).toBeVisible();
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description).toBe('Release gate: GO on run 32');
  await pager.getByRole('link', { name: 'Older runs' }).click();
  await expect(pager).toContainText('Runs 1–2 of 32 (page 2 of 2)');
  await expect(page.getByText('Criteria sets below judge run 2')).toBeVisible();
  await pager.getByRole('link', { name: 'Newest runs' }).click();
  await expect(pager).toContainText('Runs 3–32 of 32 (page 1 of 2)');
  await page.goto(`${sharePath}?page=2`);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
    '32 runs; older runs shown, from run 1 to run 2.',
  );
});

test('the deck presents the latest run', async ({ page }) => {
  await page.goto(`/projects/${projectId}/present#2`);
  await expect(page.getByRole('heading', { name: /Release gate on run 32/ })).toBeVisible();
});
