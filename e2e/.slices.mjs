import { chromium } from '@playwright/test';
const [name, path, scheme = 'dark', width = '390', sliceH = '1400'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 844 }, colorScheme: scheme });
await p.goto('http://127.0.0.1:3400' + path); await p.waitForLoadState('networkidle');
const h = await p.evaluate(() => document.documentElement.scrollHeight);
let i = 0;
for (let y = 0; y < h; y += Number(sliceH)) {
  await p.screenshot({ path: `/tmp/slices/${name}-${String(i++).padStart(2, '0')}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(Number(sliceH), h - y) } });
}
console.log(h, i);
await b.close();
