// The project page's Webhooks panel: the answer first ("2 webhooks · last delivery failed 3 minutes ago"),
// then each webhook with the state of its deliveries and its log. Pure: the caller gives the time.
import { agoText } from '../share/state';
import type { DeliveryView, WebhookEvent, WebhookFormat, WebhookView } from '../../domain/webhooks/types';

export interface WebhookWithLog extends WebhookView {
  /** Newest first (at most the page's limit). */
  deliveries: DeliveryView[];
}

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

export const EVENT_WORDS: Record<WebhookEvent, string> = {
  'run.created': 'a run is uploaded',
  'verdict.nogo': 'a criteria set says NO-GO',
  'regression.detected': 'the history finds a regression',
};
export const FORMAT_WORDS: Record<WebhookFormat, string> = {
  json: 'JSON (signed)',
  slack: 'Slack',
  teams: 'Microsoft Teams',
};

/** A delivery's state in words and tone: "delivered (200)", "retrying (503), next in 2 minutes", "failed". */
export function deliveryState(d: DeliveryView, now: Date): { text: string; tone: Tone } {
  const code = d.lastStatusCode !== null ? ` (${d.lastStatusCode})` : '';
  if (d.status === 'delivered') return { text: `delivered${code}`, tone: 'ok' };
  if (d.status === 'failed') return { text: `failed${code}: ${d.lastError ?? 'no answer'}`, tone: 'bad' };
  if (d.attempts === 0) return { text: 'sending', tone: 'neutral' };
  const next = new Date(d.nextAttemptAt).getTime() - now.getTime();
  const when =
    next <= 0 ? 'now' : `in ${agoText(new Date(now.getTime() - next).toISOString(), now).replace(' ago', '')}`;
  return { text: `retrying${code}: ${d.lastError ?? 'no answer'}; next attempt ${when}`, tone: 'warn' };
}

/** The time a delivery last did something (its last attempt, else when it was enqueued). */
const lastActivity = (d: DeliveryView) => d.deliveredAt ?? d.lastAttemptAt ?? d.createdAt;

/** One line, the answer first. */
export function panelSummary(hooks: readonly WebhookWithLog[], now: Date): { text: string; tone: Tone } {
  if (hooks.length === 0)
    return { text: 'No webhooks: nothing is posted when runs are uploaded or a verdict is NO-GO.', tone: 'neutral' };
  const count = `${hooks.length} ${hooks.length === 1 ? 'webhook' : 'webhooks'}`;
  const all = hooks.flatMap((h) => h.deliveries);
  const failing = all.filter((d) => d.status === 'failed' || (d.status === 'pending' && d.attempts > 0));
  const latest = [...all].sort((a, b) => lastActivity(b).localeCompare(lastActivity(a)))[0];
  if (!latest) return { text: `${count} · no deliveries yet`, tone: 'neutral' };
  const ago = agoText(lastActivity(latest), now);
  if (latest.status === 'failed') return { text: `${count} · last delivery failed ${ago}`, tone: 'bad' };
  if (failing.length > 0) {
    const n = failing.length;
    return {
      text: `${count} · ${n} ${n === 1 ? 'delivery is' : 'deliveries are'} failing (retried or given up)`,
      tone: 'warn',
    };
  }
  if (latest.status === 'pending') return { text: `${count} · a delivery is being sent`, tone: 'neutral' };
  return { text: `${count} · every delivery shown arrived, the last ${ago}`, tone: 'ok' };
}
