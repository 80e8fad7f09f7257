// Baseline rules end to end (issue 19), access control on, signed in with the admin secret: the project page's
// panel makes one rule of each kind (a pinned run, the latest GO run on main with the same users and profile, the
// median of the last 3 runs of the era); the compare page, given `baseline=rule:NAME`, compares the target with the
// run each rule picks and says why; its rule picker switches a plain comparison to a rule; a rule is deleted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_SECRET } from './support/accounts';

const STATS = join(import.meta.dirname, '../fixtures/locust-2.12-generated/smallpool-20u/smallpool-20u_stats.csv');
const PROJECT = 'Baseline rules e2e';
const TIME_COLUMNS = new Set([4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);

/** The 20-user run's _stats.csv with every time multiplied by `factor` (aggregate P95 1,900 ms × factor). */
function scaledStats(factor: number): Buffer {
  const [header, ...rows] = readFileSync(STATS, 'utf8').trimEnd().split(/\r?\n/);
  const scale = (row: string) =>
    row
      .split(',')
      .map((cell, i) => (TIME_COLUMNS.has(i) ? String(Math.round(Number(cell) * factor)) : cell))
      .join(',');
  return Buffer.from([header, ...rows.map(scale)].join('\n') + '\n');
}

// History order = start order = upload order. P95: m1 1,900, m2 3,800, m3 2,850, m4 2,280 ms; the PR run 3,040.
const RUNS: [label: string, factor: number, branch: string][] = [
  ['m1', 1.0, 'main'],
  ['m2', 2.0, 'main'],
  ['m3', 1.5, 'main'],
  ['m4', 1.2, 'main'],
  ['pr', 1.6, 'feature/x'],
];
const ids: Record<string, string> = {};

async function upload(api: APIRequestContext, [label, factor, branch]: (typeof RUNS)[number], i: number) {
  const startTime = new Date(Date.UTC(2026, 10, 1 + i, 2)).toISOString();
  const res = await api.post('/api/runs', {
    multipart: {
      files: { name: `${label}_stats.csv`, mimeType: 'text/csv', buffer: scaledStats(factor) },
      project: PROJECT,
      label,
      meta: JSON.stringify({ branch, userCount: 100, profile: 'checkout', startTime }),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const rulesPanel = (page: Page) => page.locator('section', { has: page.locator('#baseline-rules-title') });

/** Names a rule of `kind` (once React has hydrated: "Add rule" turns enabled), fills the kind's field, adds it. */
async function addRule(page: Page, name: string, kind: 'Pinned run' | 'Latest' | 'Median', fill: () => Promise<void>) {
  const panel = rulesPanel(page);
  await expect(async () => {
    await panel.getByText(kind, { exact: true }).click();
    await panel.getByLabel('Name', { exact: true }).fill(name);
    await expect(panel.getByRole('button', { name: 'Add rule' })).toBeEnabled({ timeout: 1000 });
  }).toPass();
  await fill();
  await panel.getByRole('button', { name: 'Add rule' }).click();
  await expect(panel.getByRole('button', { name: `Delete the baseline rule ${name}` })).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('each kind of rule made on the project page, and compared with', async ({ page }) => {
  const signed = await page.request.post('/api/auth/sign-in', { data: { secret: E2E_SECRET, name: 'Rules' } });
  expect(signed.status()).toBe(200);
  for (const [i, run] of RUNS.entries()) ids[run[0]] = await upload(page.request, run, i);
  const set = { name: 'Fast', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 }] };
  const made = await page.request.post(`/api/projects/${encodeURIComponent(PROJECT)}/criteria-sets`, { data: set });
  expect(made.status(), await made.text()).toBe(201);

  await page.goto(`/projects/${encodeURIComponent(PROJECT)}`);
  const panel = rulesPanel(page);
  await expect(panel.getByTestId('baseline-rules-summary')).toHaveText(/^No baseline rules yet/);
  await addRule(page, 'release', 'Pinned run', async () => {
    await panel.getByLabel('Run', { exact: true }).selectOption(ids.m2!);
  });
  await addRule(page, 'main-go', 'Latest', async () => {
    await panel.getByLabel('Judged GO by').selectOption('Fast');
    await expect(panel.getByText('latest:branch=main,profile=same,users=same,go=Fast')).toBeVisible();
  });
  await addRule(page, 'median3', 'Median', () => panel.getByLabel('Last N runs').fill('3'));
  await expect(panel.getByTestId('baseline-rules-summary')).toHaveText(/^3 rules: pick one by name/);
  await expect(panel.getByText('Always run “m2”.')).toBeVisible();

  // The compare page with each rule: the run it picks is the baseline, and the page says why.
  for (const [rule, baseline, why] of [
    ['release', 'm2', 'rule "release" pins run “m2”'],
    ['main-go', 'm1', 'judged GO by criteria set Fast uploaded before run “pr”: “m1”'],
    ['median3', 'm3', 'run “m3” has the median P95 (2,850 ms) of the 3 runs before run “pr”'],
  ]) {
    await page.goto(`/compare?runs=${ids.pr}&baseline=rule:${rule}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${baseline} vs pr`);
    await expect(page.getByRole('note').filter({ hasText: 'Baseline picked by rule' })).toContainText(why!);
    await expect(page.getByLabel('Baseline rule', { exact: true })).toHaveValue(rule!);
  }

  // A plain comparison switched to a rule with the picker: the rule's run replaces the baseline.
  await page.goto(`/compare?runs=${ids.m4},${ids.pr}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('m4 vs pr');
  await expect(async () => {
    await page.getByLabel('Baseline rule', { exact: true }).selectOption('release', { timeout: 2000 });
    await expect(page).toHaveURL(/baseline=rule%3Arelease/, { timeout: 3000 });
  }).toPass();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('m2 vs pr');

  // An unknown rule: the page says which rules the project has.
  await page.goto(`/compare?runs=${ids.pr}&baseline=rule:nope`);
  await expect(page.getByRole('alert').filter({ hasText: 'cannot compare' })).toContainText(
    `project ${PROJECT} has no baseline rule "nope" (its rules: main-go, median3, release)`,
  );

  // Deleted from the panel.
  await page.goto(`/projects/${encodeURIComponent(PROJECT)}`);
  await panel.getByRole('button', { name: 'Delete the baseline rule median3' }).click();
  await page.getByRole('button', { name: 'Delete rule' }).click();
  await expect(panel.getByTestId('baseline-rules-summary')).toHaveText(/^2 rules/);
});
