// Seeds a running Swarmlens with what a review meeting looks at: the demo project (two Locust 2.12
// runs), two more real runs, a "Production GO" criteria set and the example report's roadmap.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './app-server.mjs';

export const REVIEW_PROJECT = 'Demo: RAB estimator (Locust 2.12)';

async function call(url, init, expected) {
  const res = await fetch(url, init);
  if (res.status !== expected)
    throw new Error(`${init?.method ?? 'GET'} ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

export async function uploadFolder(base, folder, fields) {
  const form = new FormData();
  const dir = join(root, folder);
  for (const name of readdirSync(dir).filter((n) => /\.(csv|html)$/.test(n)))
    form.append('files', new Blob([readFileSync(join(dir, name))]), name);
  for (const [key, value] of Object.entries(fields)) form.append(key, String(value));
  return call(`${base}/api/runs`, { method: 'POST', body: form }, 201);
}

export async function seedReviewProject(base) {
  await call(`${base}/api/examples`, { method: 'POST' }, 201);
  await uploadFolder(base, 'fixtures/locust-real/ons-srb-0024-locust2.23.1', {
    project: REVIEW_PROJECT,
    label: 'ONS runner benchmark',
  });
  const { projects } = await call(`${base}/api/projects`, {}, 200);
  const project = projects.find((p) => p.name === REVIEW_PROJECT);
  const json = (body) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  await call(
    `${base}/api/projects/${project.id}/criteria-sets`,
    json({
      name: 'Production GO',
      criteria: [
        { metric: 'successRate', scope: 'aggregate', op: '>', target: 0.995 },
        { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 },
        { metric: 'medianMs', scope: 'aggregate', op: '<', target: 400, severity: 'should' },
        { metric: 'failureRate', scope: 'group:/api/', op: '<=', target: 0.001, minRequests: 100 },
      ],
    }),
    201,
  );
  const markdown = readFileSync(join(root, 'fixtures/reports/manual-report-roadmap.md'), 'utf8');
  await call(`${base}/api/projects/${project.id}/roadmap/import`, json({ markdown }), 201);
  return project.id;
}
