// POST /api/runs/:id/check through its route handler.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-check-')), 'c.db')}`;
const runs = await import('../../app/api/runs/route');
const check = await import('../../app/api/runs/[id]/check/route');
const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const ids: string[] = [];

beforeAll(async () => {
  for (const run of ['smallpool-20u', 'smallpool-40u']) {
    const form = new FormData();
    for (const name of readdirSync(join(DIR, run)))
      form.append('files', new Blob([readFileSync(join(DIR, run, name))]), name);
    ids.push((await (await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }))).json()).id);
  }
});

const post = (id: string, body: unknown) =>
  check.POST(new Request(`http://test/api/runs/${id}/check`, { method: 'POST', body: JSON.stringify(body) }), {
    params: Promise.resolve({ id }),
  });

test('the verdict of a stored run, relative to a stored baseline', async () => {
  // smallpool-40u: 759/772 successes, p95 4200 ms; median 160 -> 520 ms against smallpool-20u.
  const res = await post(ids[1]!, {
    name: 'Conditional GO',
    baseline: ids[0],
    criteria: [
      { metric: 'successRate', scope: 'aggregate', op: '>=', target: 0.97 },
      { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000, severity: 'should' },
      { metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 3 },
    ],
  });
  expect(res.status).toBe(200);
  const v = await res.json();
  expect(v).toMatchObject({ verdict: 'CONDITIONAL', name: 'Conditional GO' });
  expect(v.results.map((r: { met: boolean }) => r.met)).toEqual([true, false, true]);
});

test.each([
  [
    'a bad criterion',
    () => post(ids[0]!, { name: 'x', criteria: [{ metric: 'p95', scope: 'aggregate', op: '<', target: 1 }] }),
    400,
  ],
  [
    'no body',
    () => check.POST(new Request('http://test/x', { method: 'POST' }), { params: Promise.resolve({ id: ids[0]! }) }),
    400,
  ],
  [
    'an unknown run',
    () => post('run_nope', { name: 'x', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 1 }] }),
    404,
  ],
  [
    'an unknown baseline',
    () =>
      post(ids[0]!, {
        name: 'x',
        baseline: 'run_nope',
        criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 1 }],
      }),
    404,
  ],
])('%s', async (_what, send, status) => {
  const res = await send();
  expect(res.status).toBe(status);
  expect((await res.json()).error.code).toEqual(expect.any(String));
});
