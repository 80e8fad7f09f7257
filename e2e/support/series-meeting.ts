// The weekly review of issue 15, set up through the API: our Locust 2.12 series (fixtures/locust-2.12-series:
// 50, 100 and 150 users, then the retest at 100 users, the target) uploaded into one project, with a
// 14-criterion "Production GO" set (on the retest only the success rate, 98.97% against ≥ 99%, is not met).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-series');
const RUNS = [
  ['series-50u', '50 users'],
  ['series-100u', '100 users'],
  ['series-150u', '150 users'],
  ['series-retest-100u', 'retest 100 users'],
] as const;

export const PRODUCTION_GO = (
  [
    ['p95Ms', 'aggregate', '<', 3000],
    ['p99Ms', 'aggregate', '<', 5000],
    ['medianMs', 'aggregate', '<', 400],
    ['successRate', 'aggregate', '>=', 0.99],
    ['goodputRps', 'aggregate', '>=', 30],
    ['maxMs', 'aggregate', '<', 9000],
    ['p95Ms', 'endpoint:GET /dashboard/', '<', 2000],
    ['failureRate', 'endpoint:POST /accounts/login/', '<', 0.05],
    ['p95Ms', 'endpoint:GET /project/[id]/', '<', 2000],
    ['p95Ms', 'group:/api/', '<', 1500],
    ['failureRate', 'aggregate', '<', 0.02],
    ['avgMs', 'aggregate', '<', 800],
    ['rps', 'aggregate', '>=', 25],
    ['p90Ms', 'aggregate', '<', 2000],
  ] as const
).map(([metric, scope, op, target]) => ({ metric, scope, op, target }));

export interface SeriesMeeting {
  /** Run ids in load order: 50, 100, 150 users, retest. */
  ids: string[];
  setId: string;
  /** The stored criteria's ids, in the set's order. */
  criterionIds: string[];
}

export async function uploadSeriesMeeting(request: APIRequestContext, project: string): Promise<SeriesMeeting> {
  const ids: string[] = [];
  for (const [folder, label] of RUNS) {
    const form = new FormData();
    for (const name of readdirSync(join(DIR, folder)).filter((n) => /\.(csv|html)$/.test(n))) {
      form.append('files', new Blob([readFileSync(join(DIR, folder, name))]), name);
    }
    form.append('project', project);
    form.append('label', label);
    const res = await request.post('/api/runs', { multipart: form });
    expect(res.status(), `${folder}: ${await res.text()}`).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
  }
  const run = (await (await request.get(`/api/runs/${ids[0]}`)).json()) as { project: { id: string } };
  const created = await request.post(`/api/projects/${run.project.id}/criteria-sets`, {
    data: { name: 'Production GO', criteria: PRODUCTION_GO },
  });
  expect(created.status()).toBe(201);
  const set = (await created.json()) as { id: string; criteria: { id: string }[] };
  expect(set.criteria).toHaveLength(14);
  return { ids, setId: set.id, criterionIds: set.criteria.map((c) => c.id) };
}

export async function removeSeriesMeeting(request: APIRequestContext, meeting: SeriesMeeting | null): Promise<void> {
  if (!meeting) return;
  await request.delete(`/api/criteria-sets/${meeting.setId}`);
  for (const id of meeting.ids) await request.delete(`/api/runs/${id}`);
}
