import { chromium } from 'playwright';
const base = 'http://localhost:3390';
const [a, b] = ['run_01m957hq3gzkxdcrer895zx0hs', 'run_01m957hwntb5b1x3fxkbe9rym3'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, scheme] of [[1440, 'light'], [390, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  await page.goto(`${base}/compare?runs=${a},${b}`, { waitUntil: 'load', timeout: 120000 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: `/tmp/shots/compare-${w}-${scheme}.png`, clip: { x: 0, y: 200, width: w, height: 450 } });
  await page.close();
}
await browser.close();
