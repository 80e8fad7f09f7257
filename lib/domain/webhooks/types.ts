// Webhooks (issue 18): what a project's webhook listens to, in which format it is posted, and the event
// data every format is written from. Times are ISO-8601 UTC; figures in ms, requests per second, fractions.
import type { VerdictName } from '../criteria/types';

/** `run.created`: a run was stored; `verdict.nogo`: a criteria set that judges the new run says NO-GO;
 *  `regression.detected`: the history's change-point search found changes for the worse (issue 19). */
export const WEBHOOK_EVENTS = ['run.created', 'verdict.nogo', 'regression.detected'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** `json`: the documented payload (docs/contract.md "Webhooks"); `slack`, `teams`: their incoming-webhook
 *  message formats (Slack Block Kit; a Teams Workflows post with one Adaptive Card). */
export const WEBHOOK_FORMATS = ['json', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** A webhook as every API returns it: never its secret (shown once, in the create answer). */
export interface WebhookView {
  id: string;
  projectId: string;
  /** As lists show it: origin and first path segment (shown-url.ts); the whole URL only in the create answer. */
  url: string;
  events: WebhookEvent[];
  format: WebhookFormat;
  createdBy: string;
  createdAt: string;
  /** Set: no new deliveries are enqueued. */
  disabledAt: string | null;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One line of the delivery log. */
export interface DeliveryView {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  runId: string;
  /** The run's label now; null when the run was deleted since (the log outlives it). */
  runLabel: string | null;
  status: DeliveryStatus;
  /** Attempts made (a claimed attempt counts, even when its server stopped mid-send). */
  attempts: number;
  /** HTTP status of the last answer; null: no answer (refused, timed out) or not tried yet. */
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  /** When pending: the next attempt is not before then. */
  nextAttemptAt: string;
  deliveredAt: string | null;
  createdAt: string;
}

/** The run an event is about, as the payloads show it. */
export interface WebhookRun {
  id: string;
  label: string;
  /** Absolute when the server knows its public address (SWARMLENS_PUBLIC_URL, else the upload's origin). */
  url: string;
  users: number | null;
  durationS: number | null;
  requests: number;
  failures: number;
  /** Fraction 0..1; null without requests. */
  failureRate: number | null;
  rps: number | null;
  p95Ms: number | null;
  commit: string | null;
  branch: string | null;
  environment: string | null;
  build: string | null;
  buildUrl: string | null;
  tags: string[];
}

/** A criterion the run did not meet (or that could not be judged: `current` null). */
export interface UnmetCriterion {
  /** "p95 of all requests < 3,000 ms" */
  criterion: string;
  current: string;
  severity: 'must' | 'should';
  reason: string | null;
}

export interface WebhookVerdict {
  /** The criteria set's name. */
  set: string;
  verdict: VerdictName;
  unmet: UnmetCriterion[];
}

/** What every format is written from. */
export interface WebhookEventData {
  event: WebhookEvent;
  occurredAt: string;
  project: { id: string; name: string };
  run: WebhookRun;
  /** verdict.nogo: the first set (in the project's order) that says NO-GO; null for run.created. */
  verdict: WebhookVerdict | null;
  /** verdict.nogo: every set that says NO-GO on the run (one event per run and webhook); [] for run.created. */
  verdicts: WebhookVerdict[];
  /** regression.detected: the new changes for the worse, worst first; [] for the other events. */
  regressions: WebhookRegression[];
  /** One sentence, the answer first: "NO-GO: Checkout @100 users failed 2 criteria on “nightly 412”". */
  headline: string;
}

/** A change point for the worse (lib/domain/history/change-point-view.ts), as events show it. */
export interface WebhookRegression {
  id: string;
  metric: string;
  scope: string;
  /** "P95 of POST /login: 1,200 ms → 1,680 ms, +40% (+32% to +48%)". */
  sentence: string;
  magnitude: number | null;
  magnitudeLow: number | null;
  magnitudeHigh: number | null;
  pValue: number;
  /** The first run after the change, the last one before it. */
  runId: string;
  previousRunId: string;
}
