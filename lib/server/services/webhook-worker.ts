// The webhook delivery worker: runs in every instance (instrumentation.ts), all sharing the database's outbox
// (lib/server/db/webhook-outbox.ts: a delivery is claimed by one worker at a time, under a lease). It polls
// every SWARMLENS_WEBHOOK_POLL_MS (default 5,000) and is woken at once after an upload in its process. Each
// attempt is one POST of the stored body, signed, with a timeout (SWARMLENS_WEBHOOK_TIMEOUT_MS, default
// 10,000), redirects not followed; a 2xx answer delivers it, anything else is retried on the schedule of
// lib/domain/webhooks/backoff.ts (SWARMLENS_WEBHOOK_RETRY_BASE_MS scales it) until a day has passed.
// SWARMLENS_WEBHOOK_WORKER=off starts none (an instance that only serves; others deliver).
import 'server-only';
import { afterFailure, DEFAULT_RETRY_BASE_MS } from '../../domain/webhooks/backoff';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody } from '../auth/webhook-signature';
import type { AttemptOutcome, ClaimedDelivery } from '../db/webhook-outbox';
import { database, type Stores } from '../db/stores';
import { startPollingWorker, wakePollingWorker } from './polling-worker';

export interface WorkerOptions {
  pollMs: number;
  timeoutMs: number;
  retryBaseMs: number;
  /** Deliveries claimed (and sent concurrently) per pass. */
  batch: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

export function workerOptions(env: Record<string, string | undefined> = process.env): WorkerOptions {
  return {
    pollMs: positive(env.SWARMLENS_WEBHOOK_POLL_MS, 5_000),
    timeoutMs: positive(env.SWARMLENS_WEBHOOK_TIMEOUT_MS, 10_000),
    retryBaseMs: positive(env.SWARMLENS_WEBHOOK_RETRY_BASE_MS, DEFAULT_RETRY_BASE_MS),
    batch: 10,
  };
}

/** A lease outlives the attempt's timeout by this much (reading the answer, writing the outcome). */
const LEASE_MARGIN_MS = 30_000;
/** Characters kept of an error. */
const ERROR_MAX = 300;

export type Sender = (
  d: ClaimedDelivery,
  timeoutMs: number,
) => Promise<{ statusCode: number | null; error: string | null }>;

/** One POST of the stored body: the answer's status (2xx: error null), or no status and why. */
export const sendDelivery: Sender = async (d, timeoutMs) => {
  if (!/^https?:\/\//i.test(d.webhook.url)) return { statusCode: null, error: 'not an http(s) URL' };
  try {
    const response = await fetch(d.webhook.url, {
      method: 'POST',
      body: d.payload,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'Swarmlens-Webhooks/1',
        [EVENT_HEADER]: d.event,
        [DELIVERY_HEADER]: d.id,
        [SIGNATURE_HEADER]: signBody(d.payload, d.webhook.secret),
      },
    });
    await response.arrayBuffer().catch(() => undefined); // read the answer whole (within the timeout)
    const ok = response.status >= 200 && response.status < 300;
    const redirect = response.status >= 300 && response.status < 400;
    const error = ok
      ? null
      : redirect
        ? `redirect to ${response.headers.get('location') ?? '?'} (not followed)`
        : `HTTP ${response.status}`;
    return { statusCode: response.status, error };
  } catch (e) {
    const name = (e as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return { statusCode: null, error: `no answer within ${timeoutMs} ms` };
    const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
    const why =
      typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : String(e);
    return { statusCode: null, error: why };
  }
};

/** One pass: claims up to `batch` due deliveries, sends them, records each outcome. Returns how many it sent. */
export async function deliverDue(db: Stores, options: WorkerOptions, send: Sender = sendDelivery): Promise<number> {
  const claimed = await db.webhooks.claimDue(new Date(), options.timeoutMs + LEASE_MARGIN_MS, options.batch);
  await Promise.all(
    claimed.map(async (d) => {
      const { statusCode, error } = await send(d, options.timeoutMs);
      const now = new Date();
      let outcome: AttemptOutcome;
      if (error === null && statusCode !== null) outcome = { kind: 'delivered', statusCode };
      else {
        const why = (error ?? 'no answer').slice(0, ERROR_MAX);
        const next = afterFailure(d.attempts, d.createdAt.getTime(), now.getTime(), options.retryBaseMs, Math.random());
        outcome =
          'giveUp' in next
            ? { kind: 'failed', statusCode, error: why }
            : { kind: 'retry', statusCode, error: why, retryAt: new Date(next.retryAtMs) };
      }
      await db.webhooks.recordAttempt(d.id, d.leaseOwner, outcome, now);
    }),
  );
  return claimed.length;
}

const WORKER = 'webhook deliveries';

/** Starts this process's worker (once). */
export function startWebhookWorker(options: WorkerOptions = workerOptions()): void {
  startPollingWorker(WORKER, options.pollMs, async () => {
    const sent = await deliverDue(await database(), options);
    return sent >= options.batch;
  });
}

/** Sends what an upload just enqueued without waiting for the next poll (no-op without a worker). */
export function wakeWebhookWorker(): void {
  wakePollingWorker(WORKER);
}
