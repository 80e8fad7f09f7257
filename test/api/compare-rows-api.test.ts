// GET /api/compare/rows: the rows a compare page fetches once it is interactive (every endpoint, the attribution
// rows), asked by the URL its model names (hrefs.rows), for run comparisons, a chosen target, the steady window,
// user groups and load steps. Runs: fixtures/locust-2.12-generated (smallpool-20u, -40u),
// locust-2.12-series/series-100u, and the stepped run of test/support/stepped-run (as in compare-api.test.ts).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-cmp-rows-')), 'c.db')}`;
const runs = await import('../../app/api/runs/route');
const rows = await import('../../app/api/compare/rows/route');
const { getComparisonView } = await import('../../lib/server/services/compare-service');
const { buildCompareModel } = await import('../../lib/view/compare/model');
const { parseRunWindow } = await import('../../lib/domain/analysis/run-window');
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const SERIES = join(import.meta.dirname, '../../fixtures/locust-2.12-series');
const ids: string[] = [];

async function upload(dir: string, label: string): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')))
    form.append('files', new Blob([readFileSync(join(dir, name))]), name);
  form.append('label', label);
  const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

beforeAll(async () => {
  for (const users of [20, 40]) ids.push(await upload(join(DIR, `smallpool-${users}u`), `${users} users`));
  ids.push(await upload(join(SERIES, 'series-100u'), '100 users'));
}, 60_000);

const get = (href: string) => rows.GET(new Request(`http://test${href}`));

/** The page's model for a compare URL's arguments, as app/compare/compare-data.ts builds it. */
async function pageModel(q: { ids: string[]; baseline?: string; target?: string; groups?: string[]; window?: string }) {
  const window = parseRunWindow(q.window ?? 'whole')!;
  const view = await getComparisonView(q.ids, q.baseline, false, q.groups ?? [], true, window, q.target);
  return buildCompareModel(view);
}

describe('the rows a compare page fetches are what its model holds', () => {
  test.each([
    ['two runs, default baseline', () => ({ ids: [ids[0]!, ids[1]!] })],
    ['three runs, a baseline and a chosen target', () => ({ ids: [...ids], baseline: ids[1]!, target: ids[0]! })],
    ['the steady window', () => ({ ids: [ids[0]!, ids[2]!], window: 'steady' })],
    ['a user group', () => ({ ids: [ids[0]!, ids[1]!], groups: ['Dashboard=/dashboard'] })],
  ])('%s', async (_, query) => {
    // The ids are known once the runs are uploaded (beforeAll), after the table is read.
    const model = await pageModel(query());
    expect(model.hrefs.rows).toMatch(/^\/api\/compare\/rows\?runs=/);
    const res = await get(model.hrefs.rows);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = await res.json();
    expect(body.endpoints).toEqual(JSON.parse(JSON.stringify(model.endpoints)));
    expect(body.endpoints.length).toBeGreaterThan(5);
    expect(body.latency).toEqual(JSON.parse(JSON.stringify(model.latencyAttribution)));
    expect(body.failures).toEqual(JSON.parse(JSON.stringify(model.failureAttribution)));
  });
});

test('the load steps of a stepped run', async () => {
  const { generate } = await import('../support/stepped-run');
  const { history, stats } = generate({ full: true, reset: false });
  const form = new FormData();
  form.append('files', new Blob([stats]), 'stepped_stats.csv');
  form.append('files', new Blob([history]), 'stepped_stats_history.csv');
  form.append('label', 'stepped');
  const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  const stepped = (await res.json()).id as string;
  const view = await getComparisonView([stepped], undefined, true, [], true);
  const model = buildCompareModel(view);
  expect(model.hrefs.rows).toBe(`/api/compare/rows?runs=${stepped}&steps=1`);
  const body = await (await get(model.hrefs.rows)).json();
  expect(body.endpoints).toEqual(JSON.parse(JSON.stringify(model.endpoints)));
});

test.each([
  ['no runs', '/api/compare/rows', 400],
  ['an unknown window', `/api/compare/rows?runs=${'A'},${'B'}&window=later`, 400],
  ['an unknown run', '/api/compare/rows?runs=run_nope,run_nope2', 404],
])('%s (%s): %i', async (_, href, status) => {
  expect((await get(href)).status).toBe(status);
});
