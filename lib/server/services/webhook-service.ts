// Webhooks of a project: made by its editors (the secret is shown once, in the create answer), listed by
// anyone who may read the project (never with secrets), disabled, deleted; their delivery log; sending a
// delivery again. The routes check the caller is an editor of the project first (requireEditor).
import 'server-only';
import type { CallerIdentity } from '../auth/access';
import { newWebhookSecret } from '../auth/webhook-signature';
import { database } from '../db/stores';
import type { DeliveryView, WebhookEvent, WebhookFormat, WebhookView } from '../../domain/webhooks/types';
import type { WebhookWithLog } from '../../view/webhooks/panel';
import { notFound } from './errors';
import { wakeWebhookWorker } from './webhook-worker';

export interface WebhookInput {
  url: string;
  events: WebhookEvent[];
  format: WebhookFormat;
  secret?: string;
}

/** The name records show for who made it (an open instance: anyone). */
const nameOf = (caller: CallerIdentity | null) => caller?.name ?? 'anyone (open instance)';

export async function createWebhook(
  projectId: string,
  input: WebhookInput,
  caller: CallerIdentity | null,
): Promise<WebhookView & { secret: string }> {
  const db = await database();
  const project = await db.projects.getProject(projectId);
  if (!project) throw notFound(`project ${projectId}`);
  const secret = input.secret ?? newWebhookSecret();
  const { url, events, format } = input;
  const created = await db.webhooks.createWebhook({
    projectId: project.id,
    url,
    events,
    format,
    secret,
    createdBy: caller?.userId ?? null,
    createdByName: nameOf(caller),
  });
  return { ...created, url, secret }; // the whole URL too, this once (lists show it cut: shown-url.ts)
}

export async function listProjectWebhooks(projectId: string): Promise<WebhookView[]> {
  const db = await database();
  const project = await db.projects.getProject(projectId);
  if (!project) throw notFound(`project ${projectId}`);
  return db.webhooks.listWebhooks(project.id);
}

export async function setWebhookDisabled(id: string, disabled: boolean) {
  const db = await database();
  if (!(await db.webhooks.setWebhookDisabled(id, disabled))) throw notFound(`webhook ${id}`);
  return (await db.webhooks.getWebhook(id))!;
}

export async function deleteWebhook(id: string): Promise<void> {
  const db = await database();
  if (!(await db.webhooks.deleteWebhook(id))) throw notFound(`webhook ${id}`);
}

export async function webhookDeliveries(id: string, limit: number): Promise<DeliveryView[]> {
  const db = await database();
  if (!(await db.webhooks.getWebhook(id))) throw notFound(`webhook ${id}`);
  return db.webhooks.listDeliveries(id, limit);
}

/** The same body again, as soon as a worker takes it (attempts keep counting). */
export async function redeliver(id: string, deliveryId: string): Promise<DeliveryView> {
  const db = await database();
  const delivery = await db.webhooks.redeliver(id, deliveryId);
  if (!delivery) throw notFound(`delivery ${deliveryId} of webhook ${id}`);
  wakeWebhookWorker();
  return delivery;
}

/** The project page's panel: every webhook of the project with its newest `limit` deliveries. */
export async function projectWebhooksWithLog(projectId: string, limit = 20): Promise<WebhookWithLog[]> {
  const db = await database();
  const hooks = await db.webhooks.listWebhooks(projectId);
  return Promise.all(hooks.map(async (h) => ({ ...h, deliveries: await db.webhooks.listDeliveries(h.id, limit) })));
}
