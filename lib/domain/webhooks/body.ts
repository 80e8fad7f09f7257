// The exact body of a delivery (stored in the outbox and signed as it is): the JSON payload, or a Slack or
// Teams message. Written once, when the event is enqueued; every attempt sends the same bytes.
import { slackMessage } from './slack';
import { teamsMessage } from './teams';
import type { WebhookEventData, WebhookFormat } from './types';

/** The `json` format (docs/contract.md "Webhooks"): the event data with the delivery's id. */
export function jsonPayload(data: WebhookEventData, deliveryId: string) {
  const { event, occurredAt, project, run, verdict, verdicts, regressions, headline } = data;
  return { event, deliveryId, occurredAt, headline, project, run, verdict, verdicts, regressions };
}

export function webhookBody(format: WebhookFormat, data: WebhookEventData, deliveryId: string): string {
  if (format === 'slack') return JSON.stringify(slackMessage(data));
  if (format === 'teams') return JSON.stringify(teamsMessage(data));
  return JSON.stringify(jsonPayload(data, deliveryId));
}
