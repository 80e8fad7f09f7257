// First views on a cold worker: before each measurement a fresh server (one worker) starts, so the page is
// the first it renders and nothing is in its read cache. The full HTML's time per page (ms), then, when a
// browser step is given, Chromium's LCP per page, each on its own fresh worker, and when its tables were ready
// (readyMs: on the compare page, once its rows have been fetched).
import { launchChromium } from './browser-metrics.mjs';

async function firstHtmlMs(start, path) {
  const server = await start();
  try {
    const t0 = performance.now();
    const res = await fetch(`${server.url}${path}`);
    await res.text();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
    return Math.round(performance.now() - t0);
  } finally {
    await server.stop();
  }
}

/** `paths`: { page: path }; `browse`: { page: (browser, url) => measurePage result } or null. */
export async function measureColdViews({ start, paths, browse }) {
  const renderMs = {};
  for (const [page, path] of Object.entries(paths)) renderMs[page] = await firstHtmlMs(start, path);
  if (!browse) return { renderMs, lcpMs: null };
  const lcpMs = {};
  const ttfbMs = {};
  const readyMs = {};
  const browser = await launchChromium();
  try {
    for (const [page, measure] of Object.entries(browse)) {
      const server = await start();
      try {
        const m = await measure(browser, server.url);
        lcpMs[page] = m.lcpMs;
        ttfbMs[page] = m.ttfbMs;
        readyMs[page] = m.readyMs;
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return { renderMs, lcpMs, ttfbMs, readyMs };
}
