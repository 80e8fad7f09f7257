// Webhooks over the HTTP API (docs/contract.md "Webhooks"): typed wrappers of apiSend.
import type { DeliveryView, WebhookEvent, WebhookFormat, WebhookView } from '@/lib/domain/webhooks/types';
import { apiSend } from './client';

const at = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

export interface WebhookInput {
  url: string;
  events: WebhookEvent[];
  format: WebhookFormat;
}

/** The answer is the only one that holds the secret. */
export const createWebhook = (projectId: string, input: WebhookInput) =>
  apiSend<WebhookView & { secret: string }>('POST', `/api/projects/${at(projectId, 'webhooks')}`, input);

export const setWebhookDisabled = (id: string, disabled: boolean) =>
  apiSend<WebhookView>('PATCH', `/api/webhooks/${at(id)}`, { disabled });

export const redeliver = (id: string, deliveryId: string) =>
  apiSend<DeliveryView>('POST', `/api/webhooks/${at(id, 'deliveries', deliveryId, 'redeliver')}`);

export const webhookUrl = (id: string) => `/api/webhooks/${at(id)}`;
