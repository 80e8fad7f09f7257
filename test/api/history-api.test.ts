// The history API on an open instance (SQLite): trends with eras and change points, the matrix sorted by
// recent change, change points decided (and kept through a search again after new settings), the settings'
// validation, and headroom per criterion.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { historyRuns, SLOW_SCOPE } from '../support/history-runs';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-history-')), 'h.db')}`;
const trends = await import('../../app/api/projects/[id]/trends/route');
const matrix = await import('../../app/api/projects/[id]/trends/matrix/route');
const points = await import('../../app/api/projects/[id]/change-points/route');
const point = await import('../../app/api/change-points/[id]/route');
const settings = await import('../../app/api/projects/[id]/history-settings/route');
const headroom = await import('../../app/api/projects/[id]/headroom/route');
const sets = await import('../../app/api/projects/[id]/criteria-sets/route');
const { database } = await import('../../lib/server/db/stores');
const { historyPass } = await import('../../lib/server/services/history-worker');

const BASE = 'http://swarmlens.test';
const request = (path: string, method = 'GET', body?: unknown) =>
  new Request(BASE + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const drain = async () => {
  while (await historyPass(await database()));
};
let projectId = '';
const runIds: string[] = [];

beforeAll(async () => {
  const db = await database();
  const runAt = historyRuns(5);
  for (let i = 0; i < 24; i++)
    runIds.push(
      ...(await db.runs.createRuns('Trends', [
        { run: runAt(i), label: `nightly ${i}`, tags: [], notes: null, originals: [] },
      ])),
    );
  await drain();
  projectId = (await db.projects.getProject('Trends'))!.id;
});

type Route = { GET: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response> };
const get = async (route: Route, path: string, id = projectId) => {
  const res: Response = await route.GET(request(path), params({ id }));
  return { status: res.status, body: await res.json() };
};

describe('GET /api/projects/:id/trends', () => {
  test('the aggregate P95 by default: every run oldest first, one era, no change point', async () => {
    const { status, body } = await get(trends, `/api/projects/${projectId}/trends`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ metric: 'p95Ms', scope: 'aggregate', basis: 'steady', changePoints: [] });
    expect(body.eras).toEqual([{ id: 1, startRunId: runIds[0], reason: 'the first run' }]);
    expect(body.series.map((p: { runId: string }) => p.runId)).toEqual(runIds);
    expect(body.series[0]).toMatchObject({ label: 'nightly 0', era: 1, startTime: '2026-11-01T00:00:00.000Z' });
  });

  test('the slowed endpoint shows its change point at the run it starts at', async () => {
    const scope = encodeURIComponent(SLOW_SCOPE);
    const { body } = await get(trends, `/api/projects/${projectId}/trends?scope=${scope}&metric=medianMs`);
    expect(body.changePoints.map((c: { runId: string; previousRunId: string }) => [c.runId, c.previousRunId])).toEqual([
      [runIds[12], runIds[11]],
    ]);
  });

  test.each([
    ['metric=p50', 400],
    ['scope=login', 400],
    ['users=-1', 400],
    ['users=999', 200],
  ])('%s → %i', async (query, status) => {
    const res = await get(trends, `/api/projects/${projectId}/trends?${query}`);
    expect(res.status).toBe(status);
    if (status === 200) expect(res.body.series).toEqual([]);
  });

  test('an unknown project is a 404', async () => {
    expect((await get(trends, '/api/projects/prj_nope/trends', 'prj_nope')).status).toBe(404);
  });
});

test('the matrix puts the aggregate first, then the worst recent change, with open change points', async () => {
  const { body } = await get(matrix, `/api/projects/${projectId}/trends/matrix?metric=medianMs&runs=20`);
  expect(body.runs).toHaveLength(20);
  expect(body.rows[0].scope).toBe('aggregate');
  const changes = body.rows.slice(1).map((r: { recentChange: number | null }) => r.recentChange);
  expect(changes.every((c: number | null) => c !== null)).toBe(true);
  expect(changes).toEqual([...changes].sort((a, b) => b - a));
  const slow = body.rows.find((r: { scope: string }) => r.scope === SLOW_SCOPE);
  expect(slow.openChangePoints).toBe(1);
  expect(slow.values).toHaveLength(20);
});

describe('deciding change points', () => {
  test('acknowledged with a note, kept when new settings search the history again', async () => {
    const { body } = await get(points, `/api/projects/${projectId}/change-points?status=open&metric=p95Ms`);
    const slow = body.changePoints.find((c: { scope: string }) => c.scope === SLOW_SCOPE);
    expect(slow).toMatchObject({ runId: runIds[12], status: 'open', metadataChanges: [] });
    const res = await point.PATCH(
      request(`/api/change-points/${slow.id}`, 'PATCH', { status: 'acknowledged', note: 'login pool, #412' }),
      params({ id: slow.id }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'acknowledged',
      note: 'login pool, #412',
      decidedBy: 'anyone (open instance)',
    });
    const patched = await settings.PATCH(
      request(`/api/projects/${projectId}/history-settings`, 'PATCH', { window: 30, eraRules: ['locustfile'] }),
      params({ id: projectId }),
    );
    expect(await patched.json()).toMatchObject({ window: 30, alpha: 0.001, eraRules: ['locustfile'], branch: 'main' });
    await drain();
    const after = await get(points, `/api/projects/${projectId}/change-points?status=acknowledged`);
    expect(after.body.changePoints.map((c: { id: string }) => c.id)).toEqual([slow.id]);
  });

  test.each([
    [{ status: 'fixed' }, 400],
    [{ status: 'open', extra: 1 }, 400],
  ])('%j → %i', async (body, status) => {
    const { body: list } = await get(points, `/api/projects/${projectId}/change-points`);
    const id = list.changePoints[0].id;
    expect((await point.PATCH(request(`/api/change-points/${id}`, 'PATCH', body), params({ id }))).status).toBe(status);
  });

  test('an unknown change point is a 404', async () => {
    const res = await point.PATCH(
      request('/api/change-points/cp_x', 'PATCH', { status: 'open' }),
      params({ id: 'cp_x' }),
    );
    expect(res.status).toBe(404);
  });

  test.each([{ alpha: 0.5 }, { window: 3 }, { eraRules: ['moon'] }, { nope: 1 }])('settings %j → 400', async (body) => {
    const res = await settings.PATCH(
      request(`/api/projects/${projectId}/history-settings`, 'PATCH', body),
      params({ id: projectId }),
    );
    expect(res.status).toBe(400);
  });
});

test('headroom per criterion: a class and trend where the history follows the metric, else why not', async () => {
  const criteria = [
    { metric: 'medianMs', scope: SLOW_SCOPE, op: '<', target: 100_000 },
    { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.5 },
    { metric: 'avgMs', scope: 'aggregate', op: '<', target: 1000 },
  ];
  const res = await sets.POST(
    request(`/api/projects/${projectId}/criteria-sets`, 'POST', { name: 'Prod', criteria }),
    params({ id: projectId }),
  );
  expect(res.status).toBe(201);
  const { body } = await get(headroom, `/api/projects/${projectId}/headroom`);
  const [median, success, avg] = body.sets[0].criteria;
  expect(median).toMatchObject({ unavailable: null, runs: 24, headroom: { class: 'comfortable' } });
  expect(median.headroom.trend.slope).toBeGreaterThan(0);
  expect(success.headroom.value).toBeGreaterThan(0.5);
  expect(avg).toMatchObject({ headroom: null, unavailable: 'the history does not keep avgMs in aggregate per run' });
});
