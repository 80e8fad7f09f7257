// The change-point worker on both databases: runs uploaded one at a time, each followed by a worker pass,
// give the same change points as one pass over all of them (the incremental search is exact); a decided
// change point survives a search again, an open one no longer found goes; runs stored before the history
// existed get their figures; runs of another branch or user count stay out of the part.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HISTORY_BASE, historyRuns, SLOW_ENDPOINT } from '../support/history-runs';
import { freshDatabase, type TestDatabase } from '../support/databases';
import { storesOf, type Stores } from '../../lib/server/db/stores';
import type { NewRun } from '../../lib/server/db/runs-write';
import { analysePart, historyPass } from '../../lib/server/services/history-worker';
import type { ParsedRun } from '../../lib/domain/locust/types';

const base = HISTORY_BASE;
const SLOW = SLOW_ENDPOINT;
const runAt = historyRuns(19);

const newRun = (run: ParsedRun, label: string): NewRun => ({ run, label, tags: [], notes: null, originals: [] });

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let testDb: TestDatabase;
  let db: Stores;
  let projectId = '';
  const points = () =>
    testDb.prisma.changePoint.findMany({
      where: { projectId },
      orderBy: [{ metric: 'asc' }, { scope: 'asc' }, { runId: 'asc' }],
    });
  const drain = async () => {
    while (await historyPass(db));
  };

  beforeAll(async () => {
    testDb = await freshDatabase(provider);
    db = storesOf(testDb);
  });
  afterAll(async () => {
    await testDb.drop();
  });

  test('one run at a time finds what one pass over all runs finds', async () => {
    projectId = await db.projects.ensureProject('History');
    await db.webhooks.createWebhook({
      projectId,
      url: 'http://127.0.0.1:9/hook',
      events: ['regression.detected'],
      format: 'json',
      secret: 'x'.repeat(20),
      createdBy: null,
      createdByName: 't',
    });
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      ids.push(...(await db.runs.createRuns('History', [newRun(runAt(i), `run ${i}`)])));
      await drain();
    }
    const incremental = await points();
    const slowScope = `endpoint:${SLOW.method} ${SLOW.name}`;
    const found = incremental.filter((p) => p.scope === slowScope && p.metric === 'p95Ms');
    expect(found.map((p) => [p.runId, p.previousRunId, p.status])).toEqual([[ids[12], ids[11], 'open']]);
    expect(found[0]!.magnitude).toBeGreaterThan(0.3);
    expect(found[0]!.magnitudeLow).toBeGreaterThan(0.05);
    // Every change point is about the slowed endpoint's latency.
    expect(new Set(incremental.map((p) => p.scope))).toEqual(new Set([slowScope]));
    // A search from scratch (as after a settings change) agrees.
    await testDb.prisma.historySeries.deleteMany({});
    await analysePart(db, { projectId, part: '*', runId: null });
    const again = await points();
    const shape = (ps: typeof incremental) => ps.map((p) => [p.metric, p.scope, p.runId, p.pValue, p.magnitude]);
    expect(shape(again)).toEqual(shape(incremental));
    expect(await db.history.countHistoryJobs()).toBe(0);
    // regression.detected: once, for the upload that made the change found, the worst regression first.
    const sent = await testDb.prisma.webhookDelivery.findMany({ where: { event: 'regression.detected' } });
    expect(sent).toHaveLength(1);
    const body = JSON.parse(sent[0]!.payload);
    expect(ids.indexOf(sent[0]!.runId)).toBeGreaterThanOrEqual(14);
    expect(body.headline).toMatch(/^Regression in History: /);
    expect(body.regressions[0]).toMatchObject({ scope: slowScope, runId: ids[12], previousRunId: ids[11] });
    expect(body.run.url).toBe(`/runs/${sent[0]!.runId}`);
  });

  test('a decided change point is kept when a search no longer finds it; an open one goes', async () => {
    const [first, ...rest] = await points();
    await testDb.prisma.changePoint.update({ where: { id: first!.id }, data: { status: 'acknowledged', note: 'n' } });
    // Move every run from the change on to another branch: the part no longer shows the change.
    const after = await testDb.prisma.run.findMany({ where: { projectId }, orderBy: { startTime: 'asc' }, skip: 12 });
    for (const r of after) await db.runs.updateRun(r.id, { branch: 'feature' });
    await drain();
    const left = await points();
    expect(left.map((p) => [p.id, p.status, p.note])).toEqual([[first!.id, 'acknowledged', 'n']]);
    expect(rest.length).toBeGreaterThan(0);
  });

  test('runs stored before the history get their figures, and other user counts make their own part', async () => {
    await db.runs.createRuns('History', [newRun(runAt(30, 99), 'other users')]);
    await testDb.prisma.runFigure.deleteMany({});
    await testDb.prisma.historyJob.deleteMany({});
    await drain();
    const runs = await testDb.prisma.run.count();
    const withFigures = await testDb.prisma.runFigure.findMany({ where: { position: 0 }, select: { runId: true } });
    expect(withFigures.length).toBe(runs);
    const series = await testDb.prisma.historySeries.findMany({ select: { part: true } });
    expect([...new Set(series.map((p) => p.part))].sort()).toEqual([String(base.meta.userCount), '99'].sort());
  });
});
