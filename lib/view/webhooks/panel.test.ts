import { describe, expect, test } from 'vitest';
import type { DeliveryView } from '../../domain/webhooks/types';
import { deliveryState, panelSummary, type WebhookWithLog } from './panel';

const now = new Date('2026-12-15T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const delivery = (over: Partial<DeliveryView>): DeliveryView => ({
  id: 'whd_1',
  webhookId: 'wh_1',
  event: 'run.created',
  runId: 'run_1',
  runLabel: 'nightly 1',
  status: 'delivered',
  attempts: 1,
  lastStatusCode: 200,
  lastError: null,
  lastAttemptAt: minutesAgo(5),
  nextAttemptAt: minutesAgo(5),
  deliveredAt: minutesAgo(5),
  createdAt: minutesAgo(5),
  ...over,
});
const hook = (deliveries: DeliveryView[]): WebhookWithLog => ({
  id: 'wh_1',
  projectId: 'prj_1',
  url: 'https://hooks.example/x',
  events: ['run.created'],
  format: 'json',
  createdBy: 'Dina',
  createdAt: minutesAgo(60),
  disabledAt: null,
  deliveries,
});

describe('panelSummary', () => {
  test.each([
    ['none', [], 'No webhooks: nothing is posted when runs are uploaded or a verdict is NO-GO.', 'neutral'],
    ['no deliveries', [hook([])], '1 webhook · no deliveries yet', 'neutral'],
    [
      'all delivered',
      [hook([delivery({})]), hook([])],
      '2 webhooks · every delivery shown arrived, the last 5 minutes ago',
      'ok',
    ],
    [
      'the last one failed',
      [hook([delivery({ status: 'failed', deliveredAt: null, lastAttemptAt: minutesAgo(3), lastStatusCode: 500 })])],
      '1 webhook · last delivery failed 3 minutes ago',
      'bad',
    ],
    [
      'one retrying',
      [
        hook([
          delivery({ status: 'pending', deliveredAt: null, lastStatusCode: 503, lastAttemptAt: minutesAgo(9) }),
          delivery({}),
        ]),
      ],
      '1 webhook · 1 delivery is failing (retried or given up)',
      'warn',
    ],
  ] as const)('%s', (_what, hooks, text, tone) => {
    expect(panelSummary(hooks, now)).toEqual({ text, tone });
  });
});

describe('deliveryState', () => {
  test.each([
    [delivery({}), 'delivered (200)', 'ok'],
    [delivery({ status: 'pending', attempts: 0, lastStatusCode: null, deliveredAt: null }), 'sending', 'neutral'],
    [
      delivery({
        status: 'pending',
        attempts: 2,
        lastStatusCode: 503,
        lastError: 'HTTP 503',
        deliveredAt: null,
        nextAttemptAt: new Date(now.getTime() + 120_000).toISOString(),
      }),
      'retrying (503): HTTP 503; next attempt in 2 minutes',
      'warn',
    ],
    [
      delivery({ status: 'failed', lastStatusCode: null, lastError: 'ECONNREFUSED', deliveredAt: null }),
      'failed: ECONNREFUSED',
      'bad',
    ],
  ] as const)('%#: %s', (d, text, tone) => expect(deliveryState(d, now)).toEqual({ text, tone }));
});
