// Chromium measurements of one page: largest contentful paint, main-thread blocking while loading,
// and frame intervals while a virtualised table is scrolled from top to bottom. Times in ms.
import { chromium } from '@playwright/test';
import { median, percentile } from './app-server.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Registered before the page's own scripts: long tasks (> 50 ms) while loading, for the total blocking time. */
function observeLongTasks() {
  window.__longTasksMs = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasksMs.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** The latest largest-contentful-paint entry (buffered), or null after 3 s without one. */
function readLcp() {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 3000);
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      const last = entries[entries.length - 1];
      clearTimeout(timer);
      resolve({
        ms: last.startTime,
        element: last.element
          ? `${last.element.tagName.toLowerCase()}${last.element.id ? `#${last.element.id}` : ''}: ` +
            `${(last.element.textContent ?? '').trim().slice(0, 60)}`
          : null,
      });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/**
 * Scrolls the region's scroll container from top to bottom over `durationMs`, one step per animation
 * frame, and records every frame interval; then checks the table's last row is in the DOM and in view.
 */
function scrollAndMeasure({ regionSelector, durationMs, expectedLastRowIndex }) {
  const el = document.querySelector(regionSelector);
  if (!el) throw new Error(`no scroll region ${regionSelector}`);
  const rowsInDom = () => el.querySelectorAll('tbody tr[aria-rowindex]').length;
  const rowsBefore = rowsInDom();
  return new Promise((resolve) => {
    const framesMs = [];
    const start = performance.now();
    let last = start;
    let maxRows = rowsBefore;
    const frame = (now) => {
      framesMs.push(now - last);
      last = now;
      const progress = Math.min(1, (now - start) / durationMs);
      el.scrollTop = progress * (el.scrollHeight - el.clientHeight);
      maxRows = Math.max(maxRows, rowsInDom());
      if (progress < 1) return requestAnimationFrame(frame);
      // Two more frames so the rows at the bottom are rendered, then look at the last one.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const rows = [...el.querySelectorAll('tbody tr[aria-rowindex]')];
          const lastRow = rows.reduce(
            (a, r) =>
              Number(r.getAttribute('aria-rowindex')) > Number(a?.getAttribute('aria-rowindex') ?? -1) ? r : a,
            null,
          );
          const box = el.getBoundingClientRect();
          const rowBox = lastRow?.getBoundingClientRect();
          resolve({
            framesMs: framesMs.slice(1),
            rowsInDomBefore: rowsBefore,
            rowsInDomMax: maxRows,
            lastRowIndex: Number(lastRow?.getAttribute('aria-rowindex') ?? -1),
            lastRowText: lastRow?.textContent?.trim().slice(0, 120) ?? null,
            lastRowVisible:
              !!rowBox &&
              rowBox.bottom > box.top &&
              rowBox.top < box.bottom &&
              Number(lastRow.getAttribute('aria-rowindex')) === expectedLastRowIndex,
          });
        }),
      );
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(frame);
    });
  });
}

const round1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

/**
 * Opens `url`, waits for `readySelector` (readyMs), reads LCP and blocking time, runs `prepare(page)` (e.g. pick
 * a tab), then scrolls the table in `regionSelector`. `lastRow(page)` gives the aria-rowindex the table's
 * last row must have.
 */
export async function measurePage(
  browser,
  { url, regionSelector, readySelector = regionSelector, prepare, lastRow, scrollMs = 2000, screenshot },
) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.addInitScript(observeLongTasks);
    // Chromium starts the origin's renderer process first (its icon, a static file, then 1 s): here it shares the
    // server's 2 cores, and starting it during the navigation delayed the page's first byte by 0.3-0.7 s, which a
    // visitor's browser, on its own machine, does not cost the server.
    await page.goto(new URL('/icon.svg', url).href, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForSelector(readySelector, { timeout: 30_000 });
    // ms from the navigation's start until `readySelector` was seen (an upper bound, by one evaluate round trip):
    // on the compare page, its endpoint tables, whose rows are fetched once the page is interactive.
    const readyMs = await page.evaluate(() => performance.now());
    const lcp = await page.evaluate(readLcp);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { ttfbMs: n.responseStart, domContentLoadedMs: n.domContentLoadedEventEnd, loadMs: n.loadEventEnd };
    });
    const longTasksMs = await page.evaluate(() => window.__longTasksMs);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    if (prepare) await prepare(page);
    await page.waitForTimeout(300);
    const expectedLastRowIndex = await lastRow(page);
    const s = await page.evaluate(scrollAndMeasure, { regionSelector, durationMs: scrollMs, expectedLastRowIndex });
    return {
      lcpMs: round1(lcp?.ms),
      lcpElement: lcp?.element ?? null,
      readyMs: round1(readyMs),
      ttfbMs: round1(nav.ttfbMs),
      domContentLoadedMs: round1(nav.domContentLoadedMs),
      loadMs: round1(nav.loadMs),
      totalBlockingMs: round1(longTasksMs.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
      longestTaskMs: round1(Math.max(0, ...longTasksMs)),
      scroll: {
        frames: s.framesMs.length,
        frameMedianMs: round1(median(s.framesMs)),
        frameP95Ms: round1(percentile(s.framesMs, 95)),
        frameMaxMs: round1(Math.max(...s.framesMs)),
        framesOver50Ms: s.framesMs.filter((f) => f > 50).length,
        rowsInDomBefore: s.rowsInDomBefore,
        rowsInDomMax: s.rowsInDomMax,
        expectedLastRowIndex,
        lastRowIndex: s.lastRowIndex,
        lastRowText: s.lastRowText,
        lastRowVisible: s.lastRowVisible,
      },
    };
  } finally {
    await context.close();
  }
}
