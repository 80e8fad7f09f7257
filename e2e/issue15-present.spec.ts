// Issue 15 item 8: the presentation of the weekly review at 1920×1080 (a projector). The deck opens with
// the verdict (the criteria's NO-GO, the change status beside it); the 14-criterion set spans two slides
// and every criterion is on one; no slide's content overflows its box; chart ticks, axis labels and
// legends render at ≥ 18 px. Runs and criteria: e2e/support/series-meeting.ts. Screenshots of the
// slides (1920×1080 and 390×844, light and dark) go to test-results/issue15-present/.
import { expect, test, type Page } from '@playwright/test';
import { removeSeriesMeeting, uploadSeriesMeeting, type SeriesMeeting } from './support/series-meeting';

test.describe.configure({ mode: 'serial' });

const OUT = 'test-results/issue15-present';
const MIN_CHART_TEXT_PX = 18;
let meeting: SeriesMeeting | null = null;

test.afterAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await removeSeriesMeeting(api, meeting);
  await api.dispose();
});

interface SlideFit {
  scrollHeight: number;
  clientHeight: number;
  /** Elements (outside SVG) reaching above or below the slide's box, e.g. content centred past its top. */
  outside: string[];
  /** Chart ticks, axis labels and legend entries: rendered font size (computed × every ancestor's zoom), px. */
  chartTextPx: number[];
  criteria: string[];
}

/** Measures the slide on screen once its layout has settled (the deck fits slides after charts render). */
async function measure(page: Page): Promise<SlideFit> {
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('[data-slide]')!;
    const box = frame.getBoundingClientRect();
    const zoomOf = (el: Element | null): number =>
      el ? (parseFloat(getComputedStyle(el).zoom) || 1) * zoomOf(el.parentElement) : 1;
    const outside = [
      ...frame.querySelectorAll<HTMLElement>('*:not(svg *, .recharts-tooltip-wrapper, .recharts-tooltip-wrapper *)'),
    ].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.height === 0 || r.width === 0) return [];
      return r.top < box.top - 1 || r.bottom > box.bottom + 1
        ? [`${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`]
        : [];
    });
    const texts = frame.querySelectorAll(
      '.recharts-cartesian-axis-tick-value, .recharts-label, .recharts-legend-item-text',
    );
    return {
      scrollHeight: frame.scrollHeight,
      clientHeight: frame.clientHeight,
      outside,
      chartTextPx: [...texts].map((t) => parseFloat(getComputedStyle(t).fontSize) * zoomOf(t)),
      criteria: [...frame.querySelectorAll('[data-criterion]')].map((r) => r.getAttribute('data-criterion')!),
    };
  });
}

test('1920×1080: verdict first, the 14 criteria over two slides, nothing overflows, chart text ≥ 18 px', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  meeting = await uploadSeriesMeeting(request, 'E2E present meeting');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/compare/present?runs=${meeting.ids.join(',')}`);
  const counter = page.getByTestId('slide-counter');
  const title = page.locator('#slide-title');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const count = Number((await counter.textContent())!.split('/')[1]);

  // The answer first: the criteria's verdict in the title, the change status beside it on the slide.
  await expect(title).toHaveText('NO-GO on retest 100 users');
  const verdicts = page.getByTestId('criteria-verdicts');
  await expect(verdicts).toContainText('Production GO');
  await expect(verdicts).toContainText('13 of 14 met');
  await expect(page.locator('[data-slide] [data-status="critical"]')).toBeVisible();
  await expect(page.getByTestId('verdict-headline')).toContainText('P95 870 ms vs 1,300 ms');

  const titles: string[] = [];
  const criteria: string[] = [];
  let chartSlides = 0;
  for (let i = 1; i <= count; i++) {
    if (i > 1) await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`${i} / ${count}`);
    const name = (await title.textContent())!;
    titles.push(name);
    const fit = await measure(page);
    expect(fit.scrollHeight, `slide ${i} "${name}" scrolls`).toBeLessThanOrEqual(fit.clientHeight);
    expect(fit.outside, `slide ${i} "${name}": content outside its box`).toEqual([]);
    if (fit.chartTextPx.length > 0) {
      chartSlides++;
      expect(Math.min(...fit.chartTextPx), `slide ${i} "${name}": smallest chart text`).toBeGreaterThanOrEqual(
        MIN_CHART_TEXT_PX,
      );
    }
    criteria.push(...fit.criteria);
    await page.screenshot({ path: `${OUT}/slide-${String(i).padStart(2, '0')}-1920-light.png` });
  }
  expect(chartSlides).toBeGreaterThanOrEqual(3);
  expect(titles.filter((t) => t.startsWith('Production GO on retest 100 users'))).toEqual([
    'Production GO on retest 100 users (1/2)',
    'Production GO on retest 100 users (2/2)',
  ]);
  expect([...criteria].sort()).toEqual([...meeting.criterionIds].sort());

  // The same slides on a phone and in the dark: looked at, not measured (a deck is for a room).
  for (const [slide, w, h] of [
    [1, 1920, 1080],
    [3, 1920, 1080],
    [titles.length, 1920, 1080],
    [1, 390, 844],
    [3, 390, 844],
    [titles.length, 390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.keyboard.press('Home');
    for (let i = 1; i < slide; i++) await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`${slide} / ${count}`);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/slide-${String(slide).padStart(2, '0')}-${w}-${scheme}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('the project deck pages its 14 criteria too, and nothing overflows', async ({ page, request }) => {
  expect(meeting, 'the first test uploads the runs').not.toBeNull();
  const run = (await (await request.get(`/api/runs/${meeting!.ids[0]}`)).json()) as { project: { id: string } };
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/projects/${run.project.id}/present`);
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const count = Number((await counter.textContent())!.split('/')[1]);
  const titles: string[] = [];
  const criteria: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (i > 1) await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`${i} / ${count}`);
    const name = (await page.locator('#slide-title').textContent())!;
    titles.push(name);
    const fit = await measure(page);
    expect(fit.scrollHeight, `slide ${i} "${name}" scrolls`).toBeLessThanOrEqual(fit.clientHeight);
    expect(fit.outside, `slide ${i} "${name}": content outside its box`).toEqual([]);
    criteria.push(...fit.criteria);
    await page.screenshot({ path: `${OUT}/project-slide-${String(i).padStart(2, '0')}-1920-light.png` });
  }
  // The latest run by upload time is the retest: the set's two pages on it.
  expect(titles.filter((t) => t.startsWith('Production GO on '))).toEqual([
    'Production GO on retest 100 users (1/2)',
    'Production GO on retest 100 users (2/2)',
  ]);
  expect([...criteria].sort()).toEqual([...meeting!.criterionIds].sort());
  // Verdicts over time: the set's row and its 14 criteria rows, 8 rows a slide at most
  // (lib/view/present/verdict-pages).
  expect(titles.filter((t) => t.startsWith('Verdicts over time'))).toEqual([
    'Verdicts over time (1/2)',
    'Verdicts over time (2/2)',
  ]);
});
