// One delivery attempt on the wire: signed headers, a 2xx delivers, a redirect is not followed, a receiver
// that never answers times out, a refused connection says so; the worker's settings come from the environment.
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startReceiver, type Receiver } from '../../e2e/support/webhook-receiver';
import { signBody } from '../../lib/server/auth/webhook-signature';
import type { ClaimedDelivery } from '../../lib/server/db/webhook-outbox';
import { sendDelivery, workerOptions } from '../../lib/server/services/webhook-worker';

const delivery = (url: string): ClaimedDelivery => ({
  id: 'whd_1',
  event: 'run.created',
  payload: '{"event":"run.created"}',
  attempts: 1,
  createdAt: new Date(),
  leaseOwner: 'x',
  webhook: { id: 'wh_1', url, secret: 'a-secret-of-some-length' },
});

/** A port nothing listens on (one just freed). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  return typeof address === 'object' && address ? address.port : 0;
}

let receiver: Receiver;
const silent = createServer(() => undefined); // takes the request, never answers
let silentUrl = '';
beforeAll(async () => {
  receiver = await startReceiver();
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const address = silent.address();
  silentUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  await receiver.close();
  silent.closeAllConnections();
  await new Promise((r) => silent.close(r));
});

describe('sendDelivery', () => {
  test('posts the stored body with the event, delivery id and signature; a 2xx delivers', async () => {
    receiver.statuses = [204];
    expect(await sendDelivery(delivery(receiver.url), 2_000)).toEqual({ statusCode: 204, error: null });
    const [got] = await receiver.waitFor(1);
    expect(got!.body).toBe('{"event":"run.created"}');
    expect(got!.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'x-swarmlens-event': 'run.created',
      'x-swarmlens-delivery': 'whd_1',
      'x-swarmlens-signature': signBody('{"event":"run.created"}', 'a-secret-of-some-length'),
    });
  });

  test.each([
    [[500], { statusCode: 500, error: 'HTTP 500' }],
    [[302], { statusCode: 302, error: 'redirect to ? (not followed)' }],
  ])('answered %j: not delivered', async (statuses, outcome) => {
    receiver.statuses = statuses;
    expect(await sendDelivery(delivery(receiver.url), 2_000)).toEqual(outcome);
  });

  test('no answer within the timeout, a refused connection, a URL that is not http(s)', async () => {
    const started = Date.now();
    expect(await sendDelivery(delivery(silentUrl), 300)).toEqual({
      statusCode: null,
      error: 'no answer within 300 ms',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    const closed = `http://127.0.0.1:${await freePort()}/`;
    expect(await sendDelivery(delivery(closed), 2_000)).toEqual({ statusCode: null, error: 'ECONNREFUSED' });
    // Ports the Fetch standard blocks (SMTP, X11…) are never posted to.
    expect(await sendDelivery(delivery('http://127.0.0.1:25/'), 2_000)).toEqual({
      statusCode: null,
      error: 'bad port',
    });
    expect(await sendDelivery(delivery('file:///etc/passwd'), 2_000)).toEqual({
      statusCode: null,
      error: 'not an http(s) URL',
    });
  });
});

test('worker settings: defaults, and positive numbers from the environment only', () => {
  expect(workerOptions({})).toEqual({ pollMs: 5_000, timeoutMs: 10_000, retryBaseMs: 10_000, batch: 10 });
  expect(
    workerOptions({
      SWARMLENS_WEBHOOK_POLL_MS: '200',
      SWARMLENS_WEBHOOK_TIMEOUT_MS: 'x',
      SWARMLENS_WEBHOOK_RETRY_BASE_MS: '-1',
    }),
  ).toEqual({ pollMs: 200, timeoutMs: 10_000, retryBaseMs: 10_000, batch: 10 });
});
