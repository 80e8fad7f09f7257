#!/usr/bin/env node
// `npm run demo:load [-- --url http://127.0.0.1:3000] [--from DIR] [--screenshot FILE]`: uploads
// Swarmlens's own load test (Locust's CSV + HTML output of `npm run bench:load`, 100 and 150
// users) into a running Swarmlens as the project "Swarmlens under load", and prints the
// comparison's address. DIR defaults to .bench/load/sqlite when a load test ran here, else to the
// committed fixtures/swarmlens-under-load. --screenshot saves the comparison page as a PNG
// (Chromium: /usr/bin/chromium or CHROMIUM_PATH).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './support/app-server.mjs';

export const DEMO_PROJECT = 'Swarmlens under load';
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    from: { type: 'string' },
    screenshot: { type: 'string' },
  },
});
const fresh = join(root, '.bench', 'load', 'sqlite');
const from =
  values.from ?? (existsSync(join(fresh, '150u_stats.csv')) ? fresh : join(root, 'fixtures', 'swarmlens-under-load'));
const base = values.url.replace(/\/$/, '');

async function upload(users) {
  const files = readdirSync(from).filter((n) => n.startsWith(`${users}u`) && /\.(csv|html)$/.test(n));
  if (files.length === 0) throw new Error(`no ${users}u_* files in ${from}: run npm run bench:load first`);
  const form = new FormData();
  for (const name of files) form.append('files', new Blob([readFileSync(join(from, name))]), name);
  form.append('project', DEMO_PROJECT);
  form.append('label', `${users} users`);
  form.append('userCount', String(users));
  form.append('tags', 'dogfood');
  form.append(
    'notes',
    `Locust 2.12 (bench/locustfile.py) against the production build on SQLite, ${users} users for 3 minutes: ` +
      'npm run bench:load.',
  );
  const res = await fetch(`${base}/api/runs`, {
    method: 'POST',
    body: form,
    headers: process.env.SWARMLENS_TOKEN ? { authorization: `Bearer ${process.env.SWARMLENS_TOKEN}` } : {},
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(`upload of ${users}u answered ${res.status}: ${JSON.stringify(body)}`);
  return body.id;
}

const ids = [await upload(100), await upload(150)];
const compareUrl = `${base}/compare?runs=${ids.join(',')}`;
console.log(JSON.stringify({ project: DEMO_PROJECT, from, runs: ids, compare: compareUrl }, null, 2));

if (values.screenshot) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    await page.goto(compareUrl, { waitUntil: 'networkidle' });
    await page.screenshot({ path: values.screenshot });
    console.error(`saved ${values.screenshot}`);
  } finally {
    await browser.close();
  }
}
