// The delivery outbox: deliveries are enqueued in the transaction that stores their runs (runs-write.ts),
// then claimed, one at a time, by the worker of any instance: a conditional UPDATE takes a pending, due
// delivery whose lease is free or expired and sets a lease with a random owner; only that owner records the
// outcome. A worker that dies mid-send leaves the lease to expire, and another takes the delivery over:
// delivered at least once, marked delivered once (the update that marks it is conditioned on the lease).
import { randomUUID } from 'node:crypto';
import type { NewDelivery, OutboxWebhook } from '../../domain/webhooks/outbox';
import type { Db, Tx } from './client';
import { readJson } from './json-columns';
import { readChoice } from './text-columns';

/** The project's enabled webhooks, read inside the upload's transaction. */
export async function enabledWebhooks(tx: Tx, projectId: string): Promise<OutboxWebhook[]> {
  const rows = await tx.webhook.findMany({
    where: { projectId, disabledAt: null },
    select: { id: true, events: true, format: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    id: r.id,
    events: readJson('webhook.events', r.id, r.events),
    format: readChoice('webhook.format', r.id, r.format),
  }));
}

/** Whether the project (by name) has an enabled webhook listening to `event`: only then is it worth
 *  judging an upload's runs before storing them. */
export async function projectListensTo(db: Db, projectName: string, event: string): Promise<string | null> {
  const project = await db.project.findUnique({ where: { name: projectName }, select: { id: true } });
  if (!project) return null;
  const hooks = await enabledWebhooks(db, project.id);
  return hooks.some((h) => h.events.some((e) => e === event)) ? project.id : null;
}

export async function enqueueDeliveries(tx: Tx, deliveries: readonly NewDelivery[], now: Date): Promise<void> {
  if (deliveries.length === 0) return;
  await tx.webhookDelivery.createMany({
    data: deliveries.map((d) => ({ ...d, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now })),
  });
}

/** A delivery claimed for one attempt, with what sending needs. */
export interface ClaimedDelivery {
  id: string;
  event: string;
  payload: string;
  /** Attempts made, this one included. */
  attempts: number;
  createdAt: Date;
  leaseOwner: string;
  webhook: { id: string; url: string; secret: string };
}

/** Ids of up to `limit` deliveries due at `now` with a free lease, oldest due first. */
async function dueIds(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await db.webhookDelivery.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Claims up to `limit` due deliveries for `leaseMs`; each attempt counts from its claim. Another worker
 *  that claims the same one first wins it (its UPDATE changed the row; ours then matches nothing). */
export async function claimDue(db: Db, now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
  const claimed: ClaimedDelivery[] = [];
  for (const id of await dueIds(db, now, limit)) {
    const owner = randomUUID();
    const { count } = await db.webhookDelivery.updateMany({
      where: {
        id,
        status: 'pending',
        nextAttemptAt: { lte: now },
        OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
      },
      data: {
        leaseOwner: owner,
        leaseUntil: new Date(now.getTime() + leaseMs),
        attempts: { increment: 1 },
        lastAttemptAt: now,
      },
    });
    if (count !== 1) continue;
    const row = await db.webhookDelivery.findUnique({
      where: { id },
      select: {
        id: true,
        event: true,
        payload: true,
        attempts: true,
        createdAt: true,
        leaseOwner: true,
        webhook: { select: { id: true, url: true, secret: true } },
      },
    });
    if (row && row.leaseOwner === owner) claimed.push({ ...row, leaseOwner: owner });
  }
  return claimed;
}

export type AttemptOutcome =
  | { kind: 'delivered'; statusCode: number }
  | { kind: 'retry'; statusCode: number | null; error: string; retryAt: Date }
  | { kind: 'failed'; statusCode: number | null; error: string };

/** Records the attempt's outcome if `owner` still holds the lease; false: it lost it (another worker took
 *  the delivery over after the lease expired, and that one records its own outcome). */
export async function recordAttempt(db: Db, id: string, owner: string, outcome: AttemptOutcome, now: Date) {
  const free = { leaseOwner: null, leaseUntil: null };
  const data =
    outcome.kind === 'delivered'
      ? { ...free, status: 'delivered', deliveredAt: now, lastStatusCode: outcome.statusCode, lastError: null }
      : outcome.kind === 'retry'
        ? { ...free, nextAttemptAt: outcome.retryAt, lastStatusCode: outcome.statusCode, lastError: outcome.error }
        : { ...free, status: 'failed', lastStatusCode: outcome.statusCode, lastError: outcome.error };
  const { count } = await db.webhookDelivery.updateMany({ where: { id, leaseOwner: owner, status: 'pending' }, data });
  return count === 1;
}
