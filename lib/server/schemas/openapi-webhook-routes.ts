// The OpenAPI route table's webhooks part (README "Webhooks", docs/contract.md "Webhooks"). Pure data
// (openapi-routes.ts appends it).
import type { RouteDoc } from './openapi-route-doc';

const EDITORS = 'not an editor of the project';

export const WEBHOOK_ROUTES: RouteDoc[] = [
  {
    path: '/api/projects/{id}/webhooks',
    method: 'GET',
    summary: "The project's webhooks (never their secrets)",
    responses: { 200: '{ webhooks: [Webhook] }', 404: 'no such project' },
  },
  {
    path: '/api/projects/{id}/webhooks',
    method: 'POST',
    summary: 'A new webhook; the answer holds its secret, shown this once (made by the server when not given)',
    body: 'WebhookInput',
    responses: { 201: 'Webhook & { secret }', 403: EDITORS, 404: 'no such project' },
  },
  {
    path: '/api/webhooks/{id}',
    method: 'PATCH',
    summary: 'Disable (no new deliveries are enqueued) or enable a webhook',
    body: 'WebhookPatch',
    responses: { 200: 'Webhook', 403: EDITORS, 404: 'no such webhook' },
  },
  {
    path: '/api/webhooks/{id}',
    method: 'DELETE',
    summary: 'Delete a webhook with its delivery log',
    responses: { 204: 'deleted', 403: EDITORS, 404: 'no such webhook' },
  },
  {
    path: '/api/webhooks/{id}/deliveries',
    method: 'GET',
    summary: "The webhook's delivery log, newest first",
    query: { limit: '1-500, default 50' },
    responses: { 200: '{ deliveries: [Delivery] }', 404: 'no such webhook' },
  },
  {
    path: '/api/webhooks/{id}/deliveries/{deliveryId}/redeliver',
    method: 'POST',
    summary: 'Send a delivery again, now (the same body; attempts keep counting)',
    responses: { 202: 'Delivery (pending)', 403: EDITORS, 404: 'no such delivery of that webhook' },
  },
];
