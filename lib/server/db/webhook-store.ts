// Webhooks and their delivery log. The secret is written here and read back only by the delivery worker
// (webhook-outbox.ts claims deliveries with it): no view of a webhook holds it, nor its whole URL (shown-url.ts).
import { newId } from '../../domain/ids';
import type { DeliveryView, WebhookEvent, WebhookFormat, WebhookView } from '../../domain/webhooks/types';
import { shownUrl } from '../../domain/webhooks/shown-url';
import type { Db } from './client';
import { jsonForColumn, readJson } from './json-columns';
import { readChoice } from './text-columns';

export interface NewWebhook {
  projectId: string;
  url: string;
  events: WebhookEvent[];
  format: WebhookFormat;
  secret: string;
  createdBy: string | null;
  createdByName: string;
}

type WebhookRow = {
  id: string;
  projectId: string;
  url: string;
  events: unknown;
  format: string;
  createdByName: string;
  createdAt: Date;
  disabledAt: Date | null;
};

const VIEW = {
  id: true,
  projectId: true,
  url: true,
  events: true,
  format: true,
  createdByName: true,
  createdAt: true,
  disabledAt: true,
} as const;

function viewOf(r: WebhookRow): WebhookView {
  return {
    id: r.id,
    projectId: r.projectId,
    url: shownUrl(r.url),
    events: readJson('webhook.events', r.id, r.events),
    format: readChoice('webhook.format', r.id, r.format),
    createdBy: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    disabledAt: r.disabledAt?.toISOString() ?? null,
  };
}

export async function createWebhook(db: Db, input: NewWebhook): Promise<WebhookView> {
  const row = await db.webhook.create({
    data: { id: newId('wh'), ...input, events: jsonForColumn('webhook.events', input.events) },
    select: VIEW,
  });
  return viewOf(row);
}

/** The project's webhooks, oldest first. */
export async function listWebhooks(db: Db, projectId: string): Promise<WebhookView[]> {
  const rows = await db.webhook.findMany({
    where: { projectId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: VIEW,
  });
  return rows.map(viewOf);
}

export async function getWebhook(db: Db, id: string): Promise<WebhookView | null> {
  const row = await db.webhook.findUnique({ where: { id }, select: VIEW });
  return row ? viewOf(row) : null;
}

/** false: no such webhook. */
export async function setWebhookDisabled(db: Db, id: string, disabled: boolean): Promise<boolean> {
  const { count } = await db.webhook.updateMany({ where: { id }, data: { disabledAt: disabled ? new Date() : null } });
  return count === 1;
}

/** Deletes it with its delivery log (cascade). false: no such webhook. */
export async function deleteWebhook(db: Db, id: string): Promise<boolean> {
  const { count } = await db.webhook.deleteMany({ where: { id } });
  return count === 1;
}

type DeliveryRow = {
  id: string;
  webhookId: string;
  event: string;
  runId: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
};

/** `labels`: run id -> label, for the runs still stored. */
export function deliveryViewOf(r: DeliveryRow, labels: ReadonlyMap<string, string>): DeliveryView {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: r.id,
    webhookId: r.webhookId,
    event: readChoice('webhook_delivery.event', r.id, r.event),
    runId: r.runId,
    runLabel: labels.get(r.runId) ?? null,
    status: readChoice('webhook_delivery.status', r.id, r.status),
    attempts: r.attempts,
    lastStatusCode: r.lastStatusCode,
    lastError: r.lastError,
    lastAttemptAt: iso(r.lastAttemptAt),
    nextAttemptAt: r.nextAttemptAt.toISOString(),
    deliveredAt: iso(r.deliveredAt),
    createdAt: r.createdAt.toISOString(),
  };
}

const DELIVERY_VIEW = {
  id: true,
  webhookId: true,
  event: true,
  runId: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastError: true,
  lastAttemptAt: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
} as const;

/** The webhook's deliveries, newest first, at most `limit`. */
export async function listDeliveries(db: Db, webhookId: string, limit: number): Promise<DeliveryView[]> {
  const rows = await db.webhookDelivery.findMany({
    where: { webhookId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: DELIVERY_VIEW,
  });
  const labels = await runLabels(
    db,
    rows.map((r) => r.runId),
  );
  return rows.map((r) => deliveryViewOf(r, labels));
}

async function runLabels(db: Db, runIds: string[]): Promise<Map<string, string>> {
  const runs = await db.run.findMany({
    where: { id: { in: [...new Set(runIds)] } },
    select: { id: true, label: true },
  });
  return new Map(runs.map((r) => [r.id, r.label]));
}

/** Sends a delivery again, now: pending, attempts kept. null: no such delivery of that webhook. */
export async function redeliver(db: Db, webhookId: string, deliveryId: string): Promise<DeliveryView | null> {
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, webhookId },
    data: { status: 'pending', nextAttemptAt: new Date(), leaseUntil: null, leaseOwner: null, deliveredAt: null },
  });
  if (count === 0) return null;
  const row = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: DELIVERY_VIEW });
  return row ? deliveryViewOf(row, await runLabels(db, [row.runId])) : null;
}
