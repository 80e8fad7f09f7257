// Webhooks through the API on an open instance (SQLite): made with a secret shown once and never again;
// an upload enqueues run.created (and verdict.nogo when a set that judges the run says NO-GO) in its own
// transaction; a worker pass delivers them signed; the log, redelivery, disabling and deleting.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startReceiver, type Receiver } from '../../e2e/support/webhook-receiver';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-hooks-')), 'h.db')}`;
delete process.env.SWARMLENS_PUBLIC_URL;
const runs = await import('../../app/api/runs/route');
const hooks = await import('../../app/api/projects/[id]/webhooks/route');
const hook = await import('../../app/api/webhooks/[id]/route');
const deliveries = await import('../../app/api/webhooks/[id]/deliveries/route');
const redeliver = await import('../../app/api/webhooks/[id]/deliveries/[deliveryId]/redeliver/route');
const sets = await import('../../app/api/projects/[id]/criteria-sets/route');
const { database } = await import('../../lib/server/db/stores');
const { deliverDue, workerOptions } = await import('../../lib/server/services/webhook-worker');
const { verifySignature } = await import('../../lib/server/auth/webhook-signature');

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u');
const BASE = 'http://swarmlens.test';
const options = { ...workerOptions({}), timeoutMs: 2_000 };

async function upload(label: string): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(DIR)) form.append('files', new Blob([readFileSync(join(DIR, name))]), name);
  form.append('label', label);
  form.append('project', 'Hooks');
  const res = await runs.POST(new Request(`${BASE}/api/runs`, { method: 'POST', body: form }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
const jsonRequest = (path: string, method: string, body?: unknown) =>
  new Request(BASE + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
type Delivery = { id: string; event: string; runId: string; status: string; attempts: number; lastStatusCode: number };
async function log(id: string): Promise<Delivery[]> {
  const res = await deliveries.GET(jsonRequest(`/api/webhooks/${id}/deliveries`, 'GET'), params({ id }));
  return ((await res.json()) as { deliveries: Delivery[] }).deliveries;
}

let receiver: Receiver;
let projectId = '';
let webhook = { id: '', secret: '' };

beforeAll(async () => {
  receiver = await startReceiver();
  await upload('before any webhook');
  projectId = (await (await database()).projects.getProject('Hooks'))!.id;
});
afterAll(() => receiver.close());

describe('making a webhook', () => {
  test('the answer holds a generated secret; no list shows it again', async () => {
    const res = await hooks.POST(
      jsonRequest(`/api/projects/Hooks/webhooks`, 'POST', {
        url: receiver.url,
        events: ['run.created', 'verdict.nogo'],
      }),
      params({ id: 'Hooks' }),
    );
    expect(res.status).toBe(201);
    webhook = (await res.json()) as typeof webhook;
    expect(webhook).toMatchObject({ projectId, format: 'json', events: ['run.created', 'verdict.nogo'] });
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const list = await hooks.GET(jsonRequest(`/api/projects/${projectId}/webhooks`, 'GET'), params({ id: projectId }));
    const text = await list.text();
    expect(JSON.parse(text).webhooks).toHaveLength(1);
    expect(text).not.toContain(webhook.secret);
    expect(text).not.toContain('secret');
  });

  test.each([
    ['an ftp URL', { url: 'ftp://x.example/h', events: ['run.created'] }],
    ['user info in the URL', { url: 'https://u:p@x.example/h', events: ['run.created'] }],
    ['no event', { url: 'https://x.example/h', events: [] }],
    ['an unknown event', { url: 'https://x.example/h', events: ['run.deleted'] }],
    ['an unknown format', { url: 'https://x.example/h', events: ['run.created'], format: 'xml' }],
    ['a short secret', { url: 'https://x.example/h', events: ['run.created'], secret: 'short' }],
  ])('refused: %s', async (_what, body) => {
    const res = await hooks.POST(jsonRequest(`/api/projects/Hooks/webhooks`, 'POST', body), params({ id: 'Hooks' }));
    expect(res.status).toBe(400);
  });

  test('an unknown project is 404', async () => {
    const body = { url: 'https://x.example/h', events: ['run.created'] };
    const res = await hooks.POST(jsonRequest(`/api/projects/nope/webhooks`, 'POST', body), params({ id: 'nope' }));
    expect(res.status).toBe(404);
  });
});

describe('an upload', () => {
  let runId = '';
  test('enqueues run.created with the upload (nothing sent yet), then a worker pass delivers it signed', async () => {
    runId = await upload('nightly 1');
    expect((await log(webhook.id)).map((d) => [d.event, d.runId, d.status])).toEqual([
      ['run.created', runId, 'pending'],
    ]);
    expect(await deliverDue(await database(), options)).toBe(1);
    const [got] = await receiver.waitFor(1);
    expect(got!.headers['x-swarmlens-event']).toBe('run.created');
    expect(verifySignature(got!.body, webhook.secret, got!.headers['x-swarmlens-signature'] as string)).toBe(true);
    const body = JSON.parse(got!.body);
    expect(body).toMatchObject({
      event: 'run.created',
      deliveryId: got!.headers['x-swarmlens-delivery'],
      project: { id: projectId, name: 'Hooks' },
      run: { id: runId, label: 'nightly 1', url: `${BASE}/runs/${runId}` },
      verdict: null,
    });
    expect(await log(webhook.id)).toMatchObject([{ status: 'delivered', attempts: 1, lastStatusCode: 200 }]);
  });

  test('a set that judges the run and says NO-GO adds verdict.nogo; a set out of scope does not', async () => {
    for (const [name, appliesTo] of [
      ['Impossible', null],
      ['Other load', { userCount: 999 }],
    ] as const) {
      const body = { name, appliesTo, criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 0.001 }] };
      const res = await sets.POST(
        jsonRequest(`/api/projects/${projectId}/criteria-sets`, 'POST', body),
        params({ id: projectId }),
      );
      expect(res.status).toBe(201);
    }
    const id = await upload('nightly 2');
    expect(
      (await log(webhook.id))
        .filter((d) => d.runId === id)
        .map((d) => d.event)
        .sort(),
    ).toEqual(['run.created', 'verdict.nogo']);
    expect(await deliverDue(await database(), options)).toBe(2);
    const got = await receiver.waitFor(3);
    const nogo = got.map((r) => JSON.parse(r.body)).find((b) => b.event === 'verdict.nogo');
    expect(nogo.verdicts.map((v: { set: string }) => v.set)).toEqual(['Impossible']);
    expect(nogo.headline).toMatch(/^NO-GO: Impossible failed 1 criterion on “nightly 2” in Hooks$/);
  });

  test('redelivery sends the same body again; attempts keep counting', async () => {
    const [last] = await log(webhook.id);
    const res = await redeliver.POST(
      jsonRequest(`/api/webhooks/${webhook.id}/deliveries/${last!.id}/redeliver`, 'POST'),
      params({ id: webhook.id, deliveryId: last!.id }),
    );
    expect(res.status).toBe(202);
    const before = receiver.received.length;
    expect(await deliverDue(await database(), options)).toBe(1);
    const got = await receiver.waitFor(before + 1);
    expect(got.at(-1)!.headers['x-swarmlens-delivery']).toBe(last!.id);
    expect((await log(webhook.id)).find((d) => d.id === last!.id)).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  test('a disabled webhook gets no new deliveries; a deleted one takes its log along', async () => {
    const off = await hook.PATCH(
      jsonRequest(`/api/webhooks/${webhook.id}`, 'PATCH', { disabled: true }),
      params({ id: webhook.id }),
    );
    expect(off.status).toBe(200);
    expect(((await off.json()) as { disabledAt: string | null }).disabledAt).not.toBeNull();
    const count = (await log(webhook.id)).length;
    await upload('while disabled');
    expect(await log(webhook.id)).toHaveLength(count);
    expect(
      (await hook.DELETE(jsonRequest(`/api/webhooks/${webhook.id}`, 'DELETE'), params({ id: webhook.id }))).status,
    ).toBe(204);
    const gone = await deliveries.GET(
      jsonRequest(`/api/webhooks/${webhook.id}/deliveries`, 'GET'),
      params({ id: webhook.id }),
    );
    expect(gone.status).toBe(404);
  });
});
