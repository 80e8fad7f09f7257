// The window switch and the Run JSON additions of issue 14 through the route handlers (no server):
// GET /api/runs/:id[?window=…&p95LimitMs=…] and GET /api/compare?…&window=…
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-window-')), 'w.db')}`;

const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');
const compare = await import('../../app/api/compare/route');
const project = await import('../../app/api/projects/[id]/route');
const sets = await import('../../app/api/projects/[id]/criteria-sets/route');

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (url: string, id: string) => one.GET(new Request(`http://test${url}`), ctx(id));

async function upload(dir: string, projectName: string, label: string): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(join(FIXTURES, dir)).filter((n) => /\.(csv|html)$/.test(n))) {
    form.append('files', new Blob([readFileSync(join(FIXTURES, dir, name))]), name);
  }
  form.append('project', projectName);
  form.append('label', label);
  const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

const ids = { u20: '', u40: '', short: '', ramp: '' };
beforeAll(async () => {
  ids.u20 = await upload('locust-2.12-generated/smallpool-20u', 'Pool', '20 users');
  ids.u40 = await upload('locust-2.12-generated/smallpool-40u', 'Pool', '40 users');
  ids.short = await upload('locust-real/kalpee06-locust1.x', 'Pool', 'short');
  ids.ramp = await upload('locust-2.12-series/ramp-400u', 'Ramp', 'ramp');
  const rampProject = (await (await project.GET(new Request('http://test'), ctx('Ramp'))).json()).project.id;
  const body = { name: 'Release', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<=', target: 1500 }] };
  expect(
    (await sets.POST(new Request('http://test', { method: 'POST', body: JSON.stringify(body) }), ctx(rampProject)))
      .status,
  ).toBe(201);
}, 60_000);

describe('GET /api/runs/:id', () => {
  test('the Run JSON gains loadShape, steadyState, latencyCeilingMs and capacity (whole run)', async () => {
    const run = await (await get('', ids.u40)).json();
    expect(run.aggregated).toMatchObject({ requests: 772, failures: 13 });
    expect(run).toMatchObject({
      loadShape: 'plateau',
      steadyState: {
        startS: 20,
        endS: 58,
        userCount: 40,
        requests: 454,
        failures: 10,
        medianMs: 830,
        p95Ms: 4600,
        approximate: ['medianMs', 'p95Ms'],
      },
      latencyCeilingMs: 9000,
      capacity: null,
    });
    const plain = await (await get('', ids.u20)).json();
    expect(plain).toHaveProperty('latencyCeilingMs', null);
  });

  test('?window=steady: the same shape over the steady window; the analysis fields unchanged', async () => {
    const whole = await (await get('', ids.u40)).json();
    const res = await get('?window=steady', ids.u40);
    expect(res.status).toBe(200);
    const steady = await res.json();
    expect(Object.keys(steady)).toEqual(Object.keys(whole));
    expect(steady.aggregated).toMatchObject({ requests: 454, failures: 10, medianMs: 830, maxMs: 9004.155511999897 });
    // endpoint series loaded
    expect(steady.endpoints.reduce((n: number, e: { requests: number }) => n + e.requests, 0)).toBe(454);
    expect(steady.meta.durationS).toBe(38);
    expect(steady.steadyState).toEqual(whole.steadyState);
  });

  test('?window=steady without a steady state: 422 naming the run and why; another window: 400', async () => {
    const res = await get('?window=steady', ids.short);
    expect(res.status).toBe(422);
    expect((await res.json()).error).toEqual({
      code: 'no_steady_state',
      message:
        `run ${ids.short} (short): no steady state: 100 users held for only 29 s after the first 10 s at that ` +
        'load (needs 30 s)',
    });
    const ramp = await get('?window=steady', ids.ramp);
    expect(ramp.status).toBe(422);
    expect((await ramp.json()).error.message).toContain('the run is a ramp');
    const bad = await get('?window=all', ids.u40);
    expect([bad.status, (await bad.json()).error.message]).toEqual([400, 'window must be whole or steady']);
    expect((await get('?window=steady&format=csv', ids.u40)).status).toBe(200);
  });

  test(
    'a ramp run: its capacity curve, with the project’s P95 criterion as the limit ' + 'unless one is given',
    async () => {
      const run = await (await get('', ids.ramp)).json();
      expect(run.loadShape).toBe('ramp');
      expect(run.steadyState).toBeNull();
      // P95 per 20-user bucket: … 1,350 ms at 131 users, 1,850 at 151, 3,600 at 171 (capacity.test.ts).
      expect(run.capacity).toMatchObject({
        peakUsers: 151,
        peakGoodputRps: 1353 / 20,
        p95LimitMs: 1500,
        usersAtP95Limit: 151,
      });
      const given = await (await get('?p95LimitMs=1000', ids.ramp)).json();
      expect(given.capacity).toMatchObject({ p95LimitMs: 1000, usersAtP95Limit: 131 });
      expect((await get('?p95LimitMs=-5', ids.ramp)).status).toBe(400);
    },
  );
});

describe('GET /api/compare', () => {
  const url = (q: string) => new Request(`http://test/api/compare?${q}`);
  test('&window=steady compares the runs over their steady windows and says so first', async () => {
    const whole = await (await compare.GET(url(`runs=${ids.u20},${ids.u40}`))).json();
    const res = await compare.GET(url(`runs=${ids.u20},${ids.u40}&window=steady`));
    expect(res.status).toBe(200);
    const steady = await res.json();
    expect(Object.keys(steady)).toEqual(Object.keys(whole));
    const row = (c: { summary: { metric: string; values: number[] }[] }, m: string) =>
      c.summary.find((s) => s.metric === m)!.values;
    expect(row(whole, 'requests')).toEqual([552, 772]);
    expect(row(steady, 'requests')).toEqual([378, 454]);
    expect(steady.warnings[0]).toMatch(/^Steady state: each run’s figures cover its peak load only/);
    const md = await (await compare.GET(url(`runs=${ids.u20},${ids.u40}&window=steady&format=md`))).text();
    expect(md).toContain('| Requests | 378 | 454 |');
  });

  test('a run without a steady state: 422 naming it; another window or steps with steady: 400', async () => {
    const res = await compare.GET(url(`runs=${ids.u20},${ids.short}&window=steady`));
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/^run run_\w+ \(short\): no steady state: /);
    expect((await compare.GET(url(`runs=${ids.u20},${ids.u40}&window=x`))).status).toBe(400);
    expect((await compare.GET(url(`runs=${ids.u40}&steps=1&window=steady`))).status).toBe(400);
  });
});
