// GET /api/compare with the target run's project criteria sets, through the route handlers (run on
// SQLite and PostgreSQL: compare-criteria-*.test.ts). Figures from
// fixtures/locust-2.12-generated/*/_stats.csv, Aggregated: 20 users 544/552 successes, median 160 ms,
// p95 1,900 ms; 40 users 759/772 (98.32%), median 520 ms, p95 4,200 ms.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const SUCCESS = { metric: 'successRate', scope: 'aggregate', op: '>', target: 0.97 };
const P95 = { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 };
const MEDIAN_VS_BASELINE = {
  metric: 'medianMs',
  scope: 'aggregate',
  relative: 'baseline',
  op: '<=',
  target: 0.1,
  floorMs: 50,
};

type Row = { metric: string; status: string; beyondCriterion?: string };
type Body = {
  criteria: {
    name: string;
    verdict: string;
    results: { metric: string; current: number | null; met: boolean | null }[];
  }[];
  summary: Row[];
};

export function compareCriteriaTable(): void {
  const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
  const json = (method: string, body: unknown) => new Request('http://test/x', { method, body: JSON.stringify(body) });
  let routes: {
    runs: typeof import('../../app/api/runs/route');
    compare: typeof import('../../app/api/compare/route');
    sets: typeof import('../../app/api/projects/[id]/criteria-sets/route');
    oneSet: typeof import('../../app/api/criteria-sets/[id]/route');
    project: typeof import('../../app/api/projects/[id]/route');
  };
  const ids = { good: '', bad: '', other: '', otherBad: '' };
  let projectId = '';

  async function upload(run: string, label: string, project: string): Promise<string> {
    const form = new FormData();
    for (const name of readdirSync(join(DIR, run)))
      form.append('files', new Blob([readFileSync(join(DIR, run, name))]), name);
    form.append('project', project);
    form.append('label', label);
    const res = await routes.runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
    expect(res.status).toBe(201);
    return (await res.json()).id;
  }
  const get = (query: string) => routes.compare.GET(new Request(`http://test/api/compare?${query}`));
  const compared = async (query: string): Promise<Body> => (await get(query)).json();
  const p95 = (c: Body) => c.summary.find((r) => r.metric === 'p95Ms')!;

  beforeAll(async () => {
    routes = {
      runs: await import('../../app/api/runs/route'),
      compare: await import('../../app/api/compare/route'),
      sets: await import('../../app/api/projects/[id]/criteria-sets/route'),
      oneSet: await import('../../app/api/criteria-sets/[id]/route'),
      project: await import('../../app/api/projects/[id]/route'),
    };
    ids.good = await upload('smallpool-20u', '20 users', 'Shop');
    ids.bad = await upload('smallpool-40u', '40 users', 'Shop');
    ids.other = await upload('smallpool-20u', 'other 20 users', 'Other');
    ids.otherBad = await upload('smallpool-40u', 'other 40 users', 'Other');
    projectId = (await (await routes.project.GET(new Request('http://test/x'), ctx('Shop'))).json()).project.id;
  }, 120_000); // four uploads and the first import of the routes, on a shared machine

  test('a project without criteria sets: criteria [] and the statuses judge change only', async () => {
    const c = await compared(`runs=${ids.good},${ids.bad}`);
    expect(c.criteria).toEqual([]);
    expect(c.summary.some((r) => r.beyondCriterion !== undefined)).toBe(false);
  });

  test(
    "the target run's sets: verdicts in the JSON, as the project evaluates them; " + 'limits in the statuses',
    async () => {
      const created = await routes.sets.POST(
        json('POST', { name: 'Retest', baselineRunId: ids.good, criteria: [SUCCESS, P95, MEDIAN_VS_BASELINE] }),
        ctx(projectId),
      );
      expect(created.status).toBe(201);
      const set = await created.json();
      const c = await compared(`runs=${ids.good},${ids.bad}`);
      expect(c.criteria).toHaveLength(1);
      expect(c.criteria[0]).toMatchObject({ name: 'Retest', verdict: 'NO-GO' });
      expect(c.criteria[0]!.results.map((r) => [r.metric, r.met])).toEqual([
        ['successRate', true],
        ['p95Ms', false],
        ['medianMs', false],
      ]);
      expect(c.criteria[0]!.results[1]!.current).toBe(4200);
      expect(p95(c)).toMatchObject({ status: 'critical', beyondCriterion: 'beyond the Retest limit of 3,000 ms' });
      // The same set on the same run through its own endpoint: the same verdict and results.
      const own = (await (await routes.oneSet.GET(new Request(`http://test/x?run=${ids.bad}`), ctx(set.id))).json())
        .verdict;
      expect(c.criteria[0]).toMatchObject({ verdict: own.verdict, results: own.results });
      // The target is the last run other than the baseline: with 40 users as baseline, 20 users is judged.
      const swapped = await compared(`runs=${ids.good},${ids.bad}&baseline=${ids.bad}`);
      expect(swapped.criteria[0]).toMatchObject({
        verdict: 'GO',
        results: [{ met: true }, { met: true, current: 1900 }, { met: true }],
      });
      // Runs of another project: its sets, here none.
      expect((await compared(`runs=${ids.other},${ids.otherBad}`)).criteria).toEqual([]);
    },
  );

  test('an edited set counts at the next read (the cached comparison is of the previous data revision)', async () => {
    const list = await (await routes.sets.GET(new Request('http://test/x'), ctx(projectId))).json();
    const set = list.sets.find((s: { name: string }) => s.name === 'Retest');
    const res = await routes.oneSet.PUT(
      json('PUT', { name: 'Retest', baselineRunId: ids.good, criteria: [SUCCESS, { ...P95, target: 5000 }] }),
      ctx(set.id),
    );
    expect(res.status).toBe(200);
    const c = await compared(`runs=${ids.good},${ids.bad}`);
    expect(c.criteria[0]).toMatchObject({ verdict: 'GO', results: [{ met: true }, { met: true, current: 4200 }] });
    expect(p95(c).beyondCriterion).toBeUndefined();
    const back = await routes.oneSet.PUT(
      json('PUT', { name: 'Retest', baselineRunId: ids.good, criteria: [SUCCESS, P95] }),
      ctx(set.id),
    );
    expect(back.status).toBe(200);
    expect((await compared(`runs=${ids.good},${ids.bad}`)).criteria[0]!.verdict).toBe('NO-GO');
  });

  test('the Markdown report writes the verdicts once, from the comparison', async () => {
    const md = await (await get(`runs=${ids.good},${ids.bad}&format=md`)).text();
    expect(md).toContain('## Success criteria on 40 users\n\n### Retest: 🔴 NO-GO');
    expect(md.split('## Success criteria').length - 1).toBe(1);
    expect(md.split('### Retest:').length - 1).toBe(1);
  });

  test('Plan a retest (withPlan false): no criteria, no limits, no plan', async () => {
    const { getComparisonView } = await import('../../lib/server/services/compare-service');
    const planning = await getComparisonView([ids.good, ids.bad], undefined, false, [], false);
    expect(planning.comparison.criteria).toEqual([]);
    expect(planning.comparison.summary.some((r) => r.beyondCriterion !== undefined)).toBe(false);
    expect(planning.markdown).not.toContain('Success criteria');
    expect(planning.plan).toBeNull();
    const page = await getComparisonView([ids.good, ids.bad]);
    expect(page.comparison.criteria.map((s) => [s.name, s.verdict])).toEqual([['Retest', 'NO-GO']]);
    // The page's plan panel shows the same verdict as the comparison.
    expect(page.plan!.verdicts.map((v) => [v.set.name, v.verdict.verdict])).toEqual([['Retest', 'NO-GO']]);
  });

  test(
    'load steps of a stored run: the sets judge that whole run (named in the report), ' +
      'no step is held to their limits',
    async () => {
      const { generate } = await import('../support/stepped-run');
      const { history, stats } = generate({ full: true, reset: false });
      const form = new FormData();
      form.append('files', new Blob([stats]), 'stepped_stats.csv');
      form.append('files', new Blob([history]), 'stepped_stats_history.csv');
      form.append('project', 'Shop');
      form.append('label', 'stepped');
      const id = (
        await (await routes.runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }))).json()
      ).id;
      // The whole stepped run: p95 240 ms, 98.65% successes. A tight limit fails it, yet binds no step.
      const tight = await routes.sets.POST(
        json('POST', { name: 'Tight', criteria: [{ ...P95, target: 100 }] }),
        ctx(projectId),
      );
      expect(tight.status).toBe(201);
      const c = await compared(`runs=${id}&steps=1`);
      expect(c.criteria.map((s) => [s.name, s.verdict, s.results.map((r) => r.current)])).toEqual([
        ['Retest', 'GO', [expect.closeTo(0.98645, 4), 240]],
        ['Tight', 'NO-GO', [240]],
      ]);
      expect(c.summary.some((r) => r.beyondCriterion !== undefined)).toBe(false);
      const md = await (await get(`runs=${id}&steps=1&format=md`)).text();
      expect(md).toContain('## Success criteria on stepped\n\n### Retest: 🟢 GO');
      expect(md).toContain('### Tight: 🔴 NO-GO');
    },
  );
}
