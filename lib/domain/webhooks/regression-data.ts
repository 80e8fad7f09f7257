// The regression.detected event (issue 19): after the history worker stores a pass, the change points that are
// new and for the worse, announced once per run and webhook (the run whose upload made them found, else the
// newest run they start at). Pure: the store calls it inside the pass's transaction.
import { changeSentence, isRegression } from '../history/regression';
import type { MetricChange } from '../history/metric-change';
import { webhookBody } from './body';
import type { NewDelivery, OutboxWebhook } from './outbox';
import type { WebhookEventData, WebhookRegression, WebhookRun } from './types';

export interface NewChangePoint extends MetricChange {
  id: string;
  runId: string;
  previousRunId: string;
}

const worstFirst = (a: NewChangePoint, b: NewChangePoint) =>
  Math.abs(b.magnitudeLow ?? b.magnitude ?? Infinity) - Math.abs(a.magnitudeLow ?? a.magnitude ?? Infinity);

/** The new change points that are regressions, worst first, as the event lists them. */
export function webhookRegressions(created: readonly NewChangePoint[]): WebhookRegression[] {
  return created
    .filter((c) => isRegression(c.metric, c.magnitude))
    .sort(worstFirst)
    .map((c) => ({
      id: c.id,
      metric: c.metric,
      scope: c.scope,
      sentence: changeSentence(c),
      magnitude: c.magnitude,
      magnitudeLow: c.magnitudeLow,
      magnitudeHigh: c.magnitudeHigh,
      pValue: c.pValue,
      runId: c.runId,
      previousRunId: c.previousRunId,
    }));
}

export function regressionDetectedData(
  project: { id: string; name: string },
  run: WebhookRun,
  regressions: WebhookRegression[],
  occurredAt: string,
): WebhookEventData {
  const n = regressions.length;
  const what = n === 1 ? regressions[0]!.sentence : `${n} regressions, the worst: ${regressions[0]!.sentence}`;
  const headline = `Regression in ${project.name}: ${what}`;
  return { event: 'regression.detected', occurredAt, project, run, verdict: null, verdicts: [], regressions, headline };
}

export interface RegressionOutboxInput {
  project: { id: string; name: string };
  run: WebhookRun;
  created: readonly NewChangePoint[];
  webhooks: readonly OutboxWebhook[];
  occurredAt: string;
  newId: () => string;
}

export function plannedRegressionDeliveries(input: RegressionOutboxInput): NewDelivery[] {
  const regressions = webhookRegressions(input.created);
  const hooks = input.webhooks.filter((h) => h.events.includes('regression.detected'));
  if (regressions.length === 0 || hooks.length === 0) return [];
  const data = regressionDetectedData(input.project, input.run, regressions, input.occurredAt);
  return hooks.map((hook) => {
    const id = input.newId();
    return {
      id,
      webhookId: hook.id,
      event: data.event,
      runId: input.run.id,
      payload: webhookBody(hook.format, data, id),
    };
  });
}
