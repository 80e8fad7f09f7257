// Issue 15 item 9, accessibility: axe-core (WCAG 2.1 A and AA rules) finds no serious or critical violation on
// any page a meeting uses (runs list, run, compare, upload, project, shares, presentation …), in the light and
// the dark theme (the system setting, emulated); the skip link is the first tab stop and moves focus to the
// content; the charts are images named by the numbers they show, never unnamed tab stops.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { removeMeetingPages, setUpMeetingPages, type MeetingPages } from './support/meeting-pages';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let set: MeetingPages | null = null;

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  set = await setUpMeetingPages(request, 'E2E a11y meeting');
});

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await removeMeetingPages(api, set);
});

/** One line per serious or critical violation: rule, impact, and the first three offending elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ` +
        v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`)
          .join(' | '),
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any meeting page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    const found: string[] = [];
    for (const { name, path } of set!.pages) {
      const response = await page.goto(path);
      expect(response?.status(), `${name} (${path})`).toBeLessThan(400);
      await page.waitForLoadState('networkidle');
      for (const line of await seriousViolations(page)) found.push(`${name}: ${line}`);
      // A deck shows one slide at a time: every slide is checked.
      const counter = page.getByTestId('slide-counter');
      if (!name.includes('present') || (await counter.count()) === 0) continue;
      const slides = Number((await counter.innerText()).split('/')[1]);
      for (let n = 2; n <= slides; n++) {
        await page.getByRole('button', { name: 'Next slide' }).click();
        await expect(counter).toHaveText(`${n} / ${slides}`);
        for (const line of await seriousViolations(page)) found.push(`${name}, slide ${n}: ${line}`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('the skip link is the first tab stop and moves focus to the content', async ({ page }) => {
  const compare = set!.pages.find((p) => p.name === 'compare')!;
  await page.goto(compare.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
});

test('charts are named images with their numbers and no chart is an unnamed tab stop', async ({ page }) => {
  const compare = set!.pages.find((p) => p.name === 'compare')!;
  await page.goto(compare.path);
  await page.waitForLoadState('networkidle');
  const svgs = page.locator('main svg.recharts-surface');
  // Charts draw once their container has a size: wait for them rather than count the first frame.
  await expect.poll(() => svgs.count()).toBeGreaterThan(3);
  const unnamed = await svgs.evaluateAll(
    (nodes) =>
      nodes.filter((svg) => {
        const image = svg.closest('[role="img"]');
        return !image || !/\d/.test(image.getAttribute('aria-label') ?? '');
      }).length,
  );
  expect(unnamed, 'charts without a role="img" frame whose name holds their numbers').toBe(0);
  const chartTabStops = await page
    .locator('main .recharts-wrapper [tabindex], main svg[tabindex]')
    .evaluateAll((nodes) => nodes.filter((n) => n.getAttribute('tabindex') !== '-1').length);
  expect(chartTabStops).toBe(0);
});
