// Security headers of the production build, and the app working under its Content-Security-Policy:
// pages carry a CSP whose nonce is fresh per request and on every script Next.js emits, with no
// 'unsafe-eval'; API responses a CSP that allows nothing; and a browser session through the main
// pages (charts included) reports no CSP violation.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const DIR = join(import.meta.dirname, '../fixtures/locust-2.12-generated/smallpool-20u');
const nonceOf = (csp: string) => csp.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
let runId: string | null = null;

// The run made here is deleted, so no other spec finds it (runs.spec starts from an empty app).
test.afterAll(async ({ playwright }, testInfo) => {
  if (runId === null) return;
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await api.delete(`/api/runs/${runId}`);
  await api.dispose();
});

test('pages: CSP with a fresh nonce on every script, no eval, no framing; nosniff and referrer policy', async ({
  request,
}) => {
  const [first, second] = [await request.get('/upload'), await request.get('/upload')];
  const csp = first.headers()['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toMatch(/script-src [^;]*'strict-dynamic'/);
  const nonce = nonceOf(csp)!;
  expect(nonce.length).toBeGreaterThanOrEqual(22);
  expect(nonceOf(second.headers()['content-security-policy']!)).not.toBe(nonce);
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect(first.headers()).toMatchObject({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  expect(first.headers()['x-powered-by']).toBeUndefined();
});

test('API responses: a CSP that allows nothing, nosniff', async ({ request }) => {
  for (const path of ['/api/health', '/api/runs']) {
    const res = await request.get(path);
    expect(res.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  }
});

test('the app runs under its CSP: no violation on the main pages, charts included', async ({ page, request }) => {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('label', 'CSP check');
  const created = await request.post('/api/runs', { multipart: form });
  expect(created.status()).toBe(201);
  runId = ((await created.json()) as { id: string }).id;
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  for (const path of ['/', '/upload', '/runs', '/projects', `/runs/${runId}`]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
      [],
    );
  }
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(console).toEqual([]);
});
