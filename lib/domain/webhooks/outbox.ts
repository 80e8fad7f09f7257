// Which deliveries an upload enqueues: for each run and each enabled webhook of its project, run.created
// when the webhook listens to it, and verdict.nogo when it does and a set that judges the run says NO-GO.
// Pure: the store calls it inside the transaction that stores the runs, with the webhooks it read there.
import { webhookBody } from './body';
import { runCreatedData, verdictNogoData, webhookRun, type RunFacts } from './event-data';
import type { WebhookEvent, WebhookFormat, WebhookVerdict } from './types';

export interface OutboxWebhook {
  id: string;
  events: readonly WebhookEvent[];
  format: WebhookFormat;
}

export interface NewDelivery {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  runId: string;
  /** The exact body to send (and sign). */
  payload: string;
}

/** A stored run of the upload with the NO-GO verdicts of the sets that judge it ([]: none). */
export interface OutboxRun extends RunFacts {
  nogo: WebhookVerdict[];
}

export interface OutboxInput {
  project: { id: string; name: string };
  runs: readonly OutboxRun[];
  webhooks: readonly OutboxWebhook[];
  baseUrl: string | null;
  occurredAt: string;
  newId: () => string;
}

export function plannedDeliveries(input: OutboxInput): NewDelivery[] {
  const out: NewDelivery[] = [];
  for (const facts of input.runs) {
    const run = webhookRun(facts, input.baseUrl);
    const created = runCreatedData(input.project, run, input.occurredAt);
    const nogo = facts.nogo.length > 0 ? verdictNogoData(input.project, run, facts.nogo, input.occurredAt) : null;
    for (const hook of input.webhooks) {
      for (const data of [created, nogo]) {
        if (data === null || !hook.events.includes(data.event)) continue;
        const id = input.newId();
        out.push({
          id,
          webhookId: hook.id,
          event: data.event,
          runId: facts.id,
          payload: webhookBody(hook.format, data, id),
        });
      }
    }
  }
  return out;
}
