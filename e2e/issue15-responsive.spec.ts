// Issue 15 item 9, small screens and themes: at 390×844 no meeting page scrolls sideways (tables scroll inside
// their own box), in the light and the dark theme; the dark theme follows the system setting; the toggle's
// choice wins over it and outlives a reload. Screenshots of every page, 390 px and 1440 px, light and dark, go to
// test-results/issue15/responsive/ (look at them).
import { expect, test, type Page } from '@playwright/test';
import { removeMeetingPages, setUpMeetingPages, type MeetingPages } from './support/meeting-pages';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const SHOTS = 'test-results/issue15/responsive';
let set: MeetingPages | null = null;

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  set = await setUpMeetingPages(request, 'E2E responsive meeting');
});

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await removeMeetingPages(api, set);
});

const slug = (name: string) => name.replace(/\W+/g, '-');

/** The body's background as sRGB channels 0–255 (Tailwind 4 writes oklch(); a canvas converts it). */
async function backgroundRgb(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no page scrolls sideways at 390 px (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    for (const { name, path } of set!.pages) {
      const response = await page.goto(path);
      expect(response?.status(), `${name} (${path})`).toBeLessThan(400);
      await page.waitForLoadState('networkidle');
      const { scrollWidth, culprits } = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        // What to fix: the outermost elements past the right edge that no scroll box of theirs clips.
        const clipped = (el: Element) => {
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') return true;
          }
          return false;
        };
        const past = [...document.body.querySelectorAll('*')].filter(
          (el) => el.getBoundingClientRect().right > limit + 1 && !clipped(el),
        );
        const outer = past.filter((el) => !past.includes(el.parentElement!)).slice(0, 3);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          culprits: outer.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join('.')}`),
        };
      });
      if (scrollWidth > 390) wide.push(`${name}: ${scrollWidth} px wide (${culprits.join(', ')})`);
      await page.screenshot({ path: `${SHOTS}/${slug(name)}-390-${colorScheme}.png`, fullPage: true });
    }
    expect(wide, wide.join('\n')).toEqual([]);
  });

  test(`every meeting page at 1440 px (${colorScheme}), for the eye`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const { name, path } of set!.pages) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Dark: the page background is dark (each channel below 64 of 255); light: it is light.
      const channels = await backgroundRgb(page);
      if (colorScheme === 'dark') expect(Math.max(...channels), `${name} background ${channels}`).toBeLessThan(64);
      else expect(Math.min(...channels), `${name} background ${channels}`).toBeGreaterThan(200);
      await page.screenshot({ path: `${SHOTS}/${slug(name)}-1440-${colorScheme}.png` });
    }
  });
}

test('the theme toggle wins over the system setting and outlives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/runs');
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', /./);
  await page.getByRole('radio', { name: 'Dark theme' }).check({ force: true });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark theme' })).toBeChecked();
  expect(Math.max(...(await backgroundRgb(page)))).toBeLessThan(64);
  // Back to the system setting: the cookie goes, the system's light theme is back after a reload.
  await page.getByRole('radio', { name: 'System theme' }).check({ force: true });
  await page.reload();
  await expect(html).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('radio', { name: 'System theme' })).toBeChecked();
});
