// Webhook payloads: the documented JSON, and the Slack and Teams bodies checked against strict schemas of
// their documented shapes (chat-shapes.test-schemas.ts); which deliveries an upload enqueues; the retry
// schedule. Runs are real fixtures.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { evaluateCriteria } from '../criteria/evaluate';
import type { CriteriaSet } from '../criteria/types';
import { afterFailure, giveUpAfterMs, retryDelayMs } from './backoff';
import { jsonPayload, webhookBody } from './body';
import { slackIncomingWebhook, teamsWorkflowsMessage } from './chat-shapes.test-schemas';
import { runCreatedData, verdictNogoData, webhookRun, webhookVerdict } from './event-data';
import { plannedDeliveries } from './outbox';
import { shownUrl } from './shown-url';
import { plannedRegressionDeliveries, regressionDetectedData, webhookRegressions } from './regression-data';
import { slackEscape } from './slack';
import type { WebhookEventData, WebhookFormat } from './types';

const run100 = fixtureRun('locust-2.12-series/series-100u', /\.(csv|html)$/);
const project = { id: 'prj_1', name: 'Checkout <beta> & co' };
const facts = { id: 'run_1', label: 'nightly 412', tags: ['release'], run: run100 };
const set: CriteriaSet = {
  name: 'Production @100 users',
  criteria: [
    { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 10 },
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0 },
    { metric: 'medianMs', scope: 'aggregate', op: '<', target: 1, severity: 'should' },
  ],
};
const verdict = webhookVerdict(set.criteria, evaluateCriteria(set, run100, null));
const at = '2026-12-15T10:00:00.000Z';
const run = webhookRun(facts, 'https://swarmlens.example.com');
const change = (id: string, metric: 'p95Ms' | 'goodputRps', scope: string, magnitude: number) => ({
  id,
  metric,
  scope,
  runId: 'run_9',
  previousRunId: 'run_8',
  meanBefore: 1000,
  meanAfter: 1000 * (1 + magnitude),
  magnitude,
  magnitudeLow: magnitude * 0.8,
  magnitudeHigh: magnitude * 1.2,
  pValue: 1e-6,
});
const regressions = webhookRegressions([
  change('cp_1', 'p95Ms', 'endpoint:POST /login', 0.2),
  change('cp_2', 'p95Ms', 'aggregate', -0.3), // better: left out
  change('cp_3', 'goodputRps', 'aggregate', -0.4),
]);
const regression = regressionDetectedData(project, run, regressions, at);
const created = runCreatedData(project, run, at);
const nogo = verdictNogoData(project, run, [verdict], at);

describe('event data', () => {
  test('the run carries an absolute link and its figures; a run without a base URL links by path', () => {
    expect(run).toMatchObject({ id: 'run_1', url: 'https://swarmlens.example.com/runs/run_1', users: 100 });
    expect(webhookRun(facts, null).url).toBe('/runs/run_1');
    expect(created.headline).toMatch(/^New run “nightly 412” in Checkout <beta> & co: 100 users · /);
  });

  test('a NO-GO lists the unmet criteria, must and should, and says it first', () => {
    expect(verdict.verdict).toBe('NO-GO');
    expect(verdict.unmet.map((u) => [u.criterion, u.severity])).toEqual([
      ['p95 of all requests < 10 ms', 'must'],
      ['Median of all requests < 1 ms (should)', 'should'],
    ]);
    expect(nogo.headline).toBe(
      'NO-GO: Production @100 users failed 2 criteria on “nightly 412” in Checkout <beta> & co',
    );
    const two = verdictNogoData(project, run, [verdict, { ...verdict, set: 'Smoke' }], at);
    expect(two.headline).toMatch(/^NO-GO: 2 criteria sets failed \(Production @100 users, Smoke\)/);
  });
});

describe('the json format', () => {
  test('is the documented payload, with the delivery id', () => {
    const body = JSON.parse(webhookBody('json', nogo, 'whd_1'));
    expect(Object.keys(body)).toEqual([
      'event',
      'deliveryId',
      'occurredAt',
      'headline',
      'project',
      'run',
      'verdict',
      'verdicts',
      'regressions',
    ]);
    expect(body).toMatchObject({ event: 'verdict.nogo', deliveryId: 'whd_1', occurredAt: at, project });
    expect(body.verdict).toEqual(verdict);
    expect(jsonPayload(created, 'whd_2')).toMatchObject({ event: 'run.created', verdict: null, verdicts: [] });
  });
});

describe.each<[WebhookFormat, typeof slackIncomingWebhook | typeof teamsWorkflowsMessage]>([
  ['slack', slackIncomingWebhook],
  ['teams', teamsWorkflowsMessage],
])('the %s format', (format, schema) => {
  test.each<[string, WebhookEventData]>([
    ['run.created', created],
    ['verdict.nogo', nogo],
    ['a run without a link', runCreatedData(project, webhookRun(facts, null), at)],
    ['a huge label', runCreatedData(project, { ...run, label: 'x'.repeat(10_000) }, at)],
    ['regression.detected', regression],
  ])('has the documented shape: %s', (_what, data) => {
    const parsed = schema.safeParse(JSON.parse(webhookBody(format, data, 'whd_1')));
    expect(parsed.success ? null : parsed.error.issues).toBeNull();
  });

  test('says the verdict and the headline and links the run', () => {
    const body = webhookBody(format, nogo, 'whd_1');
    expect(body).toContain('NO-GO');
    expect(body).toContain('https://swarmlens.example.com/runs/run_1');
    expect(body).toMatch(/p95 of all requests (<|&lt;) 10 ms: 9,000 ms/);
  });
});

test('slack: mrkdwn control characters are escaped; teams has no link without an absolute URL', () => {
  expect(slackEscape('a <b> & c')).toBe('a &lt;b&gt; &amp; c');
  expect(webhookBody('slack', created, 'x')).toContain('Checkout &lt;beta&gt; &amp; co');
  const teams = JSON.parse(webhookBody('teams', runCreatedData(project, webhookRun(facts, null), at), 'x'));
  expect(teams.attachments[0].content.actions).toEqual([]);
});

describe('regression.detected', () => {
  test('lists the regressions only, worst first, the answer in the headline', () => {
    expect(regressions.map((r) => r.id)).toEqual(['cp_3', 'cp_1']);
    expect(regression.headline).toMatch(/^Regression in Checkout <beta> & co: 2 regressions, the worst: Goodput/);
    for (const format of ['slack', 'teams'] as const)
      expect(webhookBody(format, regression, 'x')).toContain('POST /login');
  });

  test('one delivery per listening webhook; none without a regression', () => {
    const hooks = [
      { id: 'wh_1', events: ['regression.detected' as const], format: 'json' as const },
      { id: 'wh_2', events: ['run.created' as const], format: 'json' as const },
    ];
    const base = { project, run, webhooks: hooks, occurredAt: at, newId: () => 'whd_r' };
    const created = [change('cp_1', 'p95Ms', 'aggregate', 0.2)];
    expect(plannedRegressionDeliveries({ ...base, created }).map((d) => [d.webhookId, d.event, d.runId])).toEqual([
      ['wh_1', 'regression.detected', 'run_1'],
    ]);
    const better = [change('cp_2', 'p95Ms', 'aggregate', -0.2)];
    expect(plannedRegressionDeliveries({ ...base, created: better })).toEqual([]);
  });
});

describe('plannedDeliveries', () => {
  let n = 0;
  const input = {
    project,
    baseUrl: 'https://s.example',
    occurredAt: at,
    newId: () => `whd_${++n}`,
    runs: [
      { ...facts, nogo: [verdict] },
      { ...facts, id: 'run_2', nogo: [] },
    ],
  };
  test.each([
    ['both events', ['run.created', 'verdict.nogo'], ['run_1 run.created', 'run_1 verdict.nogo', 'run_2 run.created']],
    ['run.created only', ['run.created'], ['run_1 run.created', 'run_2 run.created']],
    ['verdict.nogo only', ['verdict.nogo'], ['run_1 verdict.nogo']],
  ] as const)('%s', (_what, events, expected) => {
    const planned = plannedDeliveries({ ...input, webhooks: [{ id: 'wh_1', events, format: 'json' }] });
    expect(planned.map((d) => `${d.runId} ${d.event}`)).toEqual(expected);
    for (const d of planned) expect(JSON.parse(d.payload).deliveryId).toBe(d.id);
  });
  test('no webhooks, no deliveries', () => expect(plannedDeliveries({ ...input, webhooks: [] })).toEqual([]));
});

describe('retries', () => {
  test.each([
    [1, 10_000],
    [2, 30_000],
    [3, 120_000],
    [4, 600_000],
    [5, 3_600_000],
    [9, 3_600_000],
  ])('after %i failed attempts: %i ms (no jitter at random 0.5)', (attempts, ms) =>
    expect(retryDelayMs(attempts)).toBe(ms),
  );
  test('jitter stays within ±20%, and the base scales the schedule', () => {
    expect(retryDelayMs(1, 10_000, 0)).toBe(8_000);
    expect(retryDelayMs(1, 10_000, 0.999999)).toBe(12_000);
    expect(retryDelayMs(2, 100)).toBe(300);
  });
  test('a delivery a day old is given up', () => {
    expect(giveUpAfterMs()).toBe(24 * 3600 * 1000);
    expect(afterFailure(3, 0, 1000)).toEqual({ retryAtMs: 1000 + 120_000 });
    expect(afterFailure(30, 0, giveUpAfterMs())).toEqual({ giveUp: true });
  });
});

describe('shownUrl', () => {
  test.each([
    ['https://hooks.slack.com/services/T000/B000/XXXXSECRET', 'https://hooks.slack.com/services/…'],
    [
      'https://prod-01.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=SECRET',
      'https://prod-01.westeurope.logic.azure.com/workflows/…?…',
    ],
    ['http://127.0.0.1:3413/hook', 'http://127.0.0.1:3413/hook'],
    ['https://ci.example.com', 'https://ci.example.com'],
  ])('%s → %s', (url, shown) => expect(shownUrl(url)).toBe(shown));
});
