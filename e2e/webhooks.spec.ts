// Webhooks end to end (issue 18): a receiver started here gets run.created with a valid signature; with the
// receiver down during an upload and the Swarmlens server killed and started again, the delivery still
// arrives once the receiver is back, and the log shows it delivered, once. Then the project page's panel,
// looked at in light, dark and 390 px wide. Ports E2E_PORT+2 (the app) and +3 (the receiver).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startApp, type AppProcess } from './support/app-process.mjs';
import { startReceiver, type Receiver } from './support/webhook-receiver';

const BASE_PORT = Number(process.env.E2E_PORT ?? 3210);
const APP_PORT = BASE_PORT + 2;
const RECEIVER_PORT = BASE_PORT + 3;
const SMALL = join(import.meta.dirname, '..', 'fixtures', 'locust-2.12-generated', 'smallpool-20u');
/** Fast polling and retries (0.1 s, 0.3 s, 1.2 s, 6 s…) so the test waits seconds, not minutes. */
const ENV = { SWARMLENS_WEBHOOK_POLL_MS: '200', SWARMLENS_WEBHOOK_RETRY_BASE_MS: '100' };

async function upload(app: AppProcess, label: string): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(SMALL)) form.append('files', new Blob([readFileSync(join(SMALL, name))]), name);
  form.append('label', label);
  form.append('project', 'Webhooks e2e');
  const res = await fetch(`${app.url}/api/runs`, { method: 'POST', body: form });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const validSignature = (body: string, secret: string, header: unknown) => {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`);
  const given = Buffer.from(typeof header === 'string' ? header : '');
  return given.length === expected.length && timingSafeEqual(given, expected);
};

type Delivery = { id: string; runId: string; event: string; status: string; attempts: number; lastStatusCode: number };

test.describe.configure({ mode: 'serial' });

let app: AppProcess;
let receiver: Receiver | null = null;
let projectId = '';
let hook = { id: '', secret: '' };
const databaseUrl = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-e2e-hooks-')), 'hooks.db')}`;
const log = async (): Promise<Delivery[]> =>
  ((await (await fetch(`${app.url}/api/webhooks/${hook.id}/deliveries`)).json()) as { deliveries: Delivery[] })
    .deliveries;

test.beforeAll(async () => {
  app = await startApp({ port: APP_PORT, databaseUrl, env: ENV });
  receiver = await startReceiver(RECEIVER_PORT);
  await upload(app, 'first run');
  const projects = (await (await fetch(`${app.url}/api/projects`)).json()) as {
    projects: { id: string; name: string }[];
  };
  projectId = projects.projects.find((p) => p.name === 'Webhooks e2e')!.id;
  const res = await fetch(`${app.url}/api/projects/${projectId}/webhooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url: `http://127.0.0.1:${RECEIVER_PORT}/hook`, events: ['run.created'] }),
  });
  expect(res.status).toBe(201);
  hook = (await res.json()) as typeof hook;
});

test.afterAll(async () => {
  await receiver?.close();
  await app?.kill();
});

test('the receiver gets run.created with a valid signature', async () => {
  const runId = await upload(app, 'nightly 1');
  const [got] = await receiver!.waitFor(1);
  expect(got!.headers['x-swarmlens-event']).toBe('run.created');
  expect(validSignature(got!.body, hook.secret, got!.headers['x-swarmlens-signature'])).toBe(true);
  expect(validSignature(got!.body, `${hook.secret}x`, got!.headers['x-swarmlens-signature'])).toBe(false);
  const body = JSON.parse(got!.body);
  expect(body).toMatchObject({ event: 'run.created', run: { id: runId, url: `${app.url}/runs/${runId}` } });
  expect(body.deliveryId).toBe(got!.headers['x-swarmlens-delivery']);
  await expect.poll(async () => (await log()).map((d) => [d.runId, d.status])).toEqual([[runId, 'delivered']]);
});

test('receiver down at the upload, server killed and restarted: delivered once the receiver is back', async () => {
  test.setTimeout(120_000);
  await receiver!.close();
  receiver = null;
  const runId = await upload(app, 'nightly 2 (receiver down)');
  // The deliveries were committed with the run: the server dies right after the upload's answer.
  await app.kill('SIGKILL');
  app = await startApp({ port: APP_PORT, databaseUrl, env: ENV });
  await expect.poll(async () => (await log()).find((d) => d.runId === runId)?.attempts ?? 0).toBeGreaterThan(0);
  const down = (await log()).find((d) => d.runId === runId)!;
  expect(down).toMatchObject({ status: 'pending', lastStatusCode: null });
  receiver = await startReceiver(RECEIVER_PORT);
  const [got] = await receiver.waitFor(1, 60_000);
  expect(JSON.parse(got!.body).run.id).toBe(runId);
  expect(validSignature(got!.body, hook.secret, got!.headers['x-swarmlens-signature'])).toBe(true);
  await expect.poll(async () => (await log()).find((d) => d.runId === runId)?.status).toBe('delivered');
  await new Promise((r) => setTimeout(r, 1_500)); // nothing more comes
  const ofRun = (await log()).filter((d) => d.runId === runId);
  expect(ofRun).toHaveLength(1);
  expect(ofRun[0]).toMatchObject({ status: 'delivered', lastStatusCode: 200 });
  expect(ofRun[0]!.attempts).toBeGreaterThan(1);
  expect(receiver.received.filter((r) => JSON.parse(r.body).run.id === runId)).toHaveLength(1);
});

test('the project page: webhooks answer first, the log, a new webhook shows its secret once', async ({ page }) => {
  await page.goto(`${app.url}/projects/${projectId}`);
  const summary = page.getByTestId('webhooks-summary');
  await expect(summary).toHaveText(/^1 webhook · every delivery shown arrived, the last /);
  await expect(page.getByTestId('delivery-row')).toHaveCount(2);
  await page.getByLabel('URL').fill(`http://127.0.0.1:${RECEIVER_PORT}/slack`);
  await page.getByLabel('Format').selectOption('slack');
  await page.getByRole('button', { name: 'Add webhook' }).click();
  const secret = page.getByLabel("The webhook's secret");
  await expect(secret).toHaveText(/^whsec_/);
  await expect(summary).toHaveText(/^2 webhooks · /);
  const dir = test.info().outputPath();
  await page.getByRole('heading', { name: 'Webhooks', exact: true }).scrollIntoViewIfNeeded();
  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Webhooks', exact: true }) });
  await panel.screenshot({ path: join(dir, 'webhooks-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: join(dir, 'webhooks-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 900 });
  await panel.screenshot({ path: join(dir, 'webhooks-390.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Hidden, the secret is gone for good: the page and the API never show it again.
  await page.getByRole('button', { name: 'Done, hide the secret' }).click();
  await page.reload();
  expect(await page.content()).not.toContain(hook.secret);
  const list = await (await fetch(`${app.url}/api/projects/${projectId}/webhooks`)).text();
  expect(list).not.toMatch(/whsec_/);
});
