// The outbox on both databases: deliveries are enqueued in the transaction that stores the runs (a failed
// transaction leaves neither); two workers passing at once send each delivery once; a failed attempt is
// retried on the schedule and then delivered; a worker that lost its lease records nothing; an old delivery
// that fails is given up.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureRun } from '../support/fixture-run';
import { freshDatabase, type TestDatabase } from '../support/databases';
import { storesOf, type Stores } from '../../lib/server/db/stores';
import type { NewRun, UploadOutbox } from '../../lib/server/db/runs-write';
import { deliverDue, workerOptions, type Sender } from '../../lib/server/services/webhook-worker';
import { newId } from '../../lib/domain/ids';

const run = fixtureRun('locust-2.12-generated/smallpool-20u', /\.(csv|html)$/);
const newRun = (label: string): NewRun => ({ run, label, tags: [], notes: null, originals: [] });
const outbox: UploadOutbox = ({ runIds, webhooks }) =>
  runIds.flatMap((runId) =>
    webhooks.map((w) => ({
      id: newId('whd'),
      webhookId: w.id,
      event: 'run.created' as const,
      runId,
      payload: `{"runId":"${runId}"}`,
    })),
  );
const options = { ...workerOptions({}), retryBaseMs: 400, timeoutMs: 1_000 };
const ok: Sender = async () => ({ statusCode: 204, error: null });

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let testDb: TestDatabase;
  let db: Stores;
  let other: Stores;
  let projectId = '';
  const rows = (where: object = {}) => testDb.prisma.webhookDelivery.findMany({ where, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    testDb = await freshDatabase(provider);
    db = storesOf(testDb);
    // A second client on the same database: another instance's worker.
    other = storesOf({ prisma: (await freshClient(testDb)).prisma, provider });
    projectId = await db.projects.ensureProject('Outbox');
    const hook = {
      projectId,
      url: 'http://127.0.0.1:9/hook',
      events: ['run.created' as const],
      format: 'json' as const,
    };
    await db.webhooks.createWebhook({ ...hook, secret: 'x'.repeat(20), createdBy: null, createdByName: 't' });
  });
  afterAll(async () => {
    await other.disconnect();
    await testDb.drop();
  });

  test('enqueued in the run transaction: a failing transaction stores neither the run nor its delivery', async () => {
    const broken: UploadOutbox = (ctx) => outbox(ctx).map((d) => ({ ...d, webhookId: 'wh_missing' }));
    await expect(db.runs.createRuns('Outbox', [newRun('broken')], broken)).rejects.toThrow();
    expect(await testDb.prisma.run.count({ where: { label: 'broken' } })).toBe(0);
    expect(await rows()).toEqual([]);
    const [id] = await db.runs.createRuns('Outbox', [newRun('first')], outbox);
    expect((await rows()).map((r) => [r.runId, r.status, r.attempts])).toEqual([[id, 'pending', 0]]);
  });

  test('two workers passing at once send each delivery once', async () => {
    await db.runs.createRuns('Outbox', [newRun('a'), newRun('b'), newRun('c')], outbox);
    const sent: string[] = [];
    const slow: Sender = async (d) => {
      sent.push(d.id);
      await new Promise((r) => setTimeout(r, 50));
      return { statusCode: 200, error: null };
    };
    const passes = await Promise.all([deliverDue(db, options, slow), deliverDue(other, options, slow)]);
    expect(passes[0] + passes[1]).toBe(4);
    expect(new Set(sent).size).toBe(4);
    expect(sent).toHaveLength(4);
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual(Array(4).fill(['delivered', 1]));
  });

  test('a failed attempt is retried after the backoff, then delivered', async () => {
    const [id] = await db.runs.createRuns('Outbox', [newRun('retry')], outbox);
    const down: Sender = async () => ({ statusCode: 503, error: 'HTTP 503' });
    expect(await deliverDue(db, options, down)).toBe(1);
    const [after] = await rows({ runId: id });
    expect(after).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 503, lastError: 'HTTP 503' });
    // 400 ms ± 20% after the attempt: not due yet
    expect(after!.nextAttemptAt.getTime() - after!.lastAttemptAt!.getTime()).toBeGreaterThanOrEqual(320);
    expect(await deliverDue(db, options, ok)).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(await deliverDue(db, options, ok)).toBe(1);
    expect((await rows({ runId: id }))[0]).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 });
  });

  test('a worker whose lease expired records nothing; the one that took over does', async () => {
    const [id] = await db.runs.createRuns('Outbox', [newRun('lease')], outbox);
    const [first] = await db.webhooks.claimDue(new Date(), 1, 10);
    expect(first!.id).toBe((await rows({ runId: id }))[0]!.id);
    await new Promise((r) => setTimeout(r, 10));
    const [second] = await other.webhooks.claimDue(new Date(), 60_000, 10);
    expect(second!.id).toBe(first!.id);
    const now = new Date();
    expect(
      await db.webhooks.recordAttempt(first!.id, first!.leaseOwner, { kind: 'delivered', statusCode: 200 }, now),
    ).toBe(false);
    expect(
      await other.webhooks.recordAttempt(second!.id, second!.leaseOwner, { kind: 'delivered', statusCode: 201 }, now),
    ).toBe(true);
    expect((await rows({ runId: id }))[0]).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 201 });
  });

  test('a delivery past the give-up age that fails is failed for good', async () => {
    const [id] = await db.runs.createRuns('Outbox', [newRun('old')], outbox);
    await testDb.prisma.webhookDelivery.updateMany({
      where: { runId: id },
      data: { createdAt: new Date(Date.now() - 86_400_000) },
    });
    const refused: Sender = async () => ({ statusCode: null, error: 'ECONNREFUSED' });
    expect(await deliverDue(db, { ...options, retryBaseMs: 10_000 }, refused)).toBe(1);
    expect((await rows({ runId: id }))[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastStatusCode: null,
      lastError: 'ECONNREFUSED',
    });
  });
});

async function freshClient(db: TestDatabase) {
  const { openDatabase } = await import('../../lib/server/db/client');
  const { dbConfig } = await import('../../lib/server/db/config');
  return openDatabase(dbConfig(db.url));
}
