// Meetings: a comparison presented as slides driven by the keyboard (deep links by #N, Esc leaves),
// its meeting notes and decisions kept and reported, and the compare page printed without navigation chrome,
// its charts intact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

let ids: string[] = [];

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const id of ids) await api.delete(`/api/runs/${id}`);
  await api.dispose();
});

test('presentation mode: one finding per slide, in review order, keyboard navigation', async ({ page, request }) => {
  test.setTimeout(120_000); // one slide after another on a shared machine
  const created = await request.post('/api/examples');
  expect(created.status()).toBe(201);
  ids = ((await created.json()) as { ids: string[] }).ids;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/compare?runs=${ids.join(',')}`);
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/\/compare\/present\?runs=/);

  const counter = page.getByTestId('slide-counter');
  const title = page.locator('#slide-title');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const count = Number((await counter.textContent())!.split('/')[1]);
  expect(count).toBeGreaterThanOrEqual(5);
  await expect(
    page.getByTestId('verdict-headline').or(page.getByText('P95 4,200 ms vs 1,900 ms (+121%)')).first(),
  ).toBeVisible();

  const seen: string[] = [(await title.textContent())!];
  for (let i = 2; i <= count; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
    await expect(counter).toHaveText(`${i} / ${count}`);
    seen.push((await title.textContent())!);
  }
  // The order a review needs: verdict, headline figures, percentiles, worst endpoints, ..., scaling.
  expect(seen.slice(1, 3)).toEqual(['Headline figures', 'Response-time percentiles']);
  expect(seen.indexOf('Worst endpoints')).toBeGreaterThan(seen.indexOf('Response-time percentiles'));
  expect(seen.indexOf('Scaling')).toBeGreaterThan(seen.indexOf('Worst endpoints'));
  await page.screenshot({ path: 'test-results/e2e/present-last-slide.png' });

  await page.keyboard.press('Home');
  await expect(counter).toHaveText(`1 / ${count}`);
  await page.keyboard.press('End');
  await expect(counter).toHaveText(`${count} / ${count}`);
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText(`${count - 1} / ${count}`);
  await expect(page).toHaveURL(new RegExp(`#${count - 1}$`));

  await page.goto(page.url().replace(/#\d+$/, '#2'));
  await expect(counter).toHaveText(`2 / ${count}`);
  await expect(title).toHaveText('Headline figures');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/compare\?runs=/);
});

test('meeting notes and decisions are kept with the comparison and end its Markdown report', async ({
  page,
  request,
}) => {
  await page.goto(`/compare?runs=${ids.join(',')}`);
  const form = page.getByRole('form', { name: 'Meeting notes and decisions' });
  await form.getByLabel('Decisions').fill('NO-GO at 40 users; retest after the pool fix.');
  await form.getByLabel('Notes').fill('Pool of 2 connections is exhausted.');
  await form.getByRole('button', { name: 'Save notes' }).click();
  await expect(form.getByRole('status')).toContainText('Saved');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Meeting notes and decisions' }).getByLabel('Decisions')).toHaveValue(
    'NO-GO at 40 users; retest after the pool fix.',
  );
  const md = await (await request.get(`/api/compare?runs=${ids.join(',')}&format=md`)).text();
  expect(md).toContain('## Decisions\n\nNO-GO at 40 users; retest after the pool fix.');
  expect(md).toContain('## Meeting notes\n\nPool of 2 connections is exhausted.');
});

test('print: no navigation, buttons or forms; charts still drawn', async ({ page }) => {
  await page.goto(`/compare?runs=${ids.join(',')}`);
  await expect(page.locator('header[data-app-chrome]')).toBeVisible();
  await expect.poll(() => page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(4);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-app-chrome]')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Present' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByTestId('verdict-headline')).toBeVisible();
  const drawn = await page
    .locator('svg.recharts-surface')
    .evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 100).length);
  expect(drawn).toBeGreaterThanOrEqual(4);
  await page.screenshot({ path: 'test-results/e2e/compare-print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('print: a run with 145 endpoints prints every endpoint row, not only those scrolled into view', async ({
  page,
  request,
}) => {
  const dir = join(import.meta.dirname, '../fixtures/locust-real/ons-srb-0011-locust1.2.3');
  const form = new FormData();
  for (const f of ['3500mcpu_10_clients_stats.csv']) form.append('files', new Blob([readFileSync(join(dir, f))]), f);
  const created = await request.post('/api/runs', { multipart: form });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  ids.push(id);
  await page.goto(`/runs/${id}`);
  const rows = page.getByRole('region', { name: 'Endpoint statistics' }).locator('tbody tr:not([aria-hidden])');
  await expect(rows.first()).toBeVisible(); // the table streams in after the first screen
  await expect.poll(() => rows.count()).toBeLessThan(145);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(rows).toHaveCount(145);
  await page.screenshot({ path: 'test-results/e2e/run-print.png', fullPage: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  // Printed while it loads: the table that streams in during the print shows every row too.
  await page.reload();
  await expect(rows).toHaveCount(145);
});
