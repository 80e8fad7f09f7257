// Provenance on the pages (issue 18): a run uploaded with `meta` shows a Provenance block on its page, and the runs
// list filters by branch and environment; a run uploaded through the browser says so.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const RUN = join(import.meta.dirname, '..', 'fixtures', 'locust-2.12-generated', 'smallpool-20u');
const RUN_40U = join(import.meta.dirname, '..', 'fixtures', 'locust-2.12-generated', 'smallpool-40u');
const COMMIT = '3f786850e387550fdab836ed7e6dc881de23001b';
const SUFFIX = Date.now().toString(36);
const BRANCH = `release/${SUFFIX}`;
const META = {
  source: 'locust-plugin',
  commit: COMMIT,
  branch: BRANCH,
  environment: `staging-${SUFFIX}`,
  buildUrl: 'https://ci.example/acme/shop/-/jobs/4242',
  locustfile: 'locustfile.py',
  locustfileSha256: 'ab'.repeat(32),
  locustVersion: '2.12.1',
  profile: 'nightly',
  locustTags: { tags: ['checkout'] },
};

test('the run page shows where the run came from; the list filters by branch and environment', async ({
  page,
  request,
}) => {
  const id = await upload(request, RUN, `provenance ${SUFFIX}`, META);
  // Leave the open app as found: e2e/runs.spec.ts starts from an empty one.
  try {
    await checkPages(page, id);
  } finally {
    expect((await request.delete(`/api/runs/${id}`)).status()).toBe(204);
  }
});

test('a comparison says where runs came from, warns of another environment; the edit dialog corrects it', async ({
  page,
  request,
}) => {
  const main = await upload(request, RUN, `main ${SUFFIX}`, { ...META, branch: 'main', environment: 'staging' });
  const other = { ...META, commit: '9a1b2c3d4e5f60718293a4b5c6d7e8f901234567', environment: 'production' };
  const feature = await upload(request, RUN_40U, `feature ${SUFFIX}`, other);
  try {
    await page.goto(`/compare?runs=${main},${feature}`);
    const chips = page.getByTestId('run-provenance');
    await expect(chips).toHaveText(['main @ 3f78685 · staging', `${BRANCH} @ 9a1b2c3 · production`]);
    const warning = 'ran against environment production, the baseline against staging';
    await expect(page.locator('li', { hasText: warning })).toHaveCount(1);
    const md = await (await request.get(`/api/compare?runs=${main},${feature}&format=md`)).text();
    expect(md).toContain('| main \\@ 3f78685 · staging |');

    await page.goto(`/runs/${feature}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit run' });
    await dialog.getByLabel('Environment').fill('staging');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Provenance' })).toContainText('Environmentstaging');
    await page.goto(`/compare?runs=${main},${feature}`);
    await expect(page.locator('li', { hasText: 'ran against environment' })).toHaveCount(0);
  } finally {
    for (const id of [main, feature]) expect((await request.delete(`/api/runs/${id}`)).status()).toBe(204);
  }
});

async function upload(request: APIRequestContext, dir: string, label: string, meta: object): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(dir)) form.append('files', new Blob([readFileSync(join(dir, name))]), name);
  form.append('label', label);
  form.append('meta', JSON.stringify(meta));
  const res = await request.post('/api/runs', { multipart: form });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id;
}

async function checkPages(page: Page, id: string) {
  await page.goto(`/runs/${id}`);
  const block = page.getByRole('region', { name: 'Provenance' });
  await expect(block).toContainText('Commit3f78685');
  await expect(block.getByTitle(COMMIT)).toBeVisible();
  await expect(block).toContainText(`Branch${BRANCH}`);
  await expect(block).toContainText(`Environmentstaging-${SUFFIX}`);
  await expect(block.getByRole('link', { name: 'CI job' })).toHaveAttribute('href', META.buildUrl);
  await expect(block).toContainText('Sent byLocust plugin');
  await expect(block).toContainText('Locust2.12.1');
  await expect(block).toContainText('locustfile.py · sha256 abababababab');
  await expect(block).toContainText('Profilenightly');
  await expect(block).toContainText('Task tagsonly checkout');

  await page.goto('/runs');
  await page.getByLabel('Branch').selectOption(BRANCH);
  await expect(page).toHaveURL(new RegExp(`branch=${encodeURIComponent(BRANCH)}`));
  await expect(page.getByRole('table').getByRole('link', { name: `provenance ${SUFFIX}` })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2); // the header and the one run
  await page.getByLabel('Environment').selectOption(`staging-${SUFFIX}`);
  await expect(page).toHaveURL(/environment=staging-/);
  await expect(page.getByRole('table').getByRole('link', { name: `provenance ${SUFFIX}` })).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/runs$/);
}
