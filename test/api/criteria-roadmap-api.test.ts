// Criteria sets, sign-offs and roadmaps through their route handlers: a bad run (40 users) fails
// the retest gate, a roadmap item linked to the gate is verified by a later good run (20 users).
// Figures from fixtures/locust-2.12-generated/*/_stats.csv: aggregate p95 1900 ms (20u), 4200 ms (40u).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-criteria-')), 'c.db')}`;
const runs = await import('../../app/api/runs/route');
const project = await import('../../app/api/projects/[id]/route');
const sets = await import('../../app/api/projects/[id]/criteria-sets/route');
const oneSet = await import('../../app/api/criteria-sets/[id]/route');
const signOffs = await import('../../app/api/criteria-sets/[id]/sign-offs/route');
const projectSignOffs = await import('../../app/api/projects/[id]/sign-offs/route');
const roadmap = await import('../../app/api/projects/[id]/roadmap/route');
const importRoute = await import('../../app/api/projects/[id]/roadmap/import/route');
const phases = await import('../../app/api/projects/[id]/roadmap/phases/route');
const phase = await import('../../app/api/roadmap/phases/[id]/route');
const items = await import('../../app/api/roadmap/phases/[id]/items/route');
const item = await import('../../app/api/roadmap/items/[id]/route');
const plans = await import('../../app/api/projects/[id]/retest-plans/route');
const itemCheck = await import('../../app/api/roadmap/items/[id]/check/route');
const runCheck = await import('../../app/api/runs/[id]/check/route');

const DIR = join(import.meta.dirname, '../../fixtures/locust-2.12-generated');
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const req = (method: string, body?: unknown) =>
  new Request('http://test/x', { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const P95 = { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 };

/** Locust's own files of a fixtures/locust-2.12-series run (its folder also holds logs and server stats). */
const SERIES = join(import.meta.dirname, '../../fixtures/locust-2.12-series');

async function upload(run: string, label: string, dir = DIR): Promise<string> {
  const form = new FormData();
  for (const name of readdirSync(join(dir, run)).filter((n) => dir === DIR || /\.(csv|html)$/.test(n))) {
    form.append('files', new Blob([readFileSync(join(dir, run, name))]), name);
  }
  form.append('project', 'Shop');
  form.append('label', label);
  const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

let good = '';
let bad = '';
let projectId = '';
beforeAll(async () => {
  good = await upload('smallpool-20u', '20 users');
  bad = await upload('smallpool-40u', '40 users');
  projectId = (await (await project.GET(req('GET'), ctx('Shop'))).json()).project.id;
});

describe('criteria sets', () => {
  test('create, 409 on a taken name, 400 naming the field, evaluate on a run, edit keeping ids', async () => {
    const res = await sets.POST(
      req('POST', {
        name: 'Retest',
        baselineRunId: good,
        criteria: [
          P95,
          { metric: 'medianMs', scope: 'aggregate', relative: 'baseline', op: '<=', target: 0.1, floorMs: 50 },
        ],
      }),
      ctx(projectId),
    );
    expect(res.status).toBe(201);
    const set = await res.json();
    expect((await sets.POST(req('POST', { name: 'Retest', criteria: [P95] }), ctx(projectId))).status).toBe(409);
    const invalid = await sets.POST(req('POST', { name: 'x', criteria: [{ ...P95, target: 'fast' }] }), ctx(projectId));
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.details).toEqual([expect.objectContaining({ path: 'criteria.0.target' })]);
    expect(
      (await sets.POST(req('POST', { name: 'y', baselineRunId: 'run_nope', criteria: [P95] }), ctx(projectId))).status,
    ).toBe(400);
    const onBad = await (await oneSet.GET(new Request(`http://test/x?run=${bad}`), ctx(set.id))).json();
    expect(onBad.verdict).toMatchObject({ verdict: 'NO-GO', results: [{ current: 4200, met: false }, { met: false }] });
    const edited = await (
      await oneSet.PUT(
        req('PUT', { name: 'Retest', baselineRunId: good, criteria: [{ ...set.criteria[0], target: 5000 }] }),
        ctx(set.id),
      )
    ).json();
    expect(edited.criteria).toEqual([{ ...set.criteria[0], target: 5000 }]);
    expect((await oneSet.PUT(req('PUT', { name: 'Retest', criteria: [P95] }), ctx('crs_nope'))).status).toBe(404);
  });

  test('the project page data: every run against every set, oldest first', async () => {
    const overview = await (await project.GET(req('GET'), ctx(projectId))).json();
    expect(overview.evaluation.runs.map((r: { id: string }) => r.id)).toEqual([good, bad]);
    expect(overview.evaluation.sets[0].verdicts.map((v: { verdict: string }) => v.verdict)).toEqual(['GO', 'GO']);
    expect((await project.GET(req('GET'), ctx('nope'))).status).toBe(404);
  });

  test('sign-off: a decision against the evaluation needs a note; records are listed newest first', async () => {
    const set = await (
      await sets.POST(req('POST', { name: 'Production GO', criteria: [{ ...P95, target: 2000 }] }), ctx(projectId))
    ).json();
    const overrule = { runId: bad, decision: 'GO', decidedBy: 'Dina' };
    const refused = await signOffs.POST(req('POST', overrule), ctx(set.id));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toContain('the evaluation says NO-GO');
    expect(
      (
        await signOffs.POST(
          req('POST', { ...overrule, note: 'accepted for the beta: p95 fix ships next week' }),
          ctx(set.id),
        )
      ).status,
    ).toBe(201);
    const agreed = await signOffs.POST(req('POST', { runId: good, decision: 'GO', decidedBy: 'Dina' }), ctx(set.id));
    expect(await agreed.json()).toMatchObject({
      verdict: 'GO',
      decision: 'GO',
      runLabel: '20 users',
      setName: 'Production GO',
    });
    const list = (await (await projectSignOffs.GET(req('GET'), ctx(projectId))).json()).signOffs;
    expect(
      list.map((s: { runLabel: string; verdict: string; decision: string }) => [s.runLabel, s.verdict, s.decision]),
    ).toEqual([
      ['20 users', 'GO', 'GO'],
      ['40 users', 'NO-GO', 'GO'],
    ]);
  });
});

describe('roadmap', () => {
  test('an item is verified by any run, uploaded before or after it, taken in the order the tests ran', async () => {
    const phaseRes = await phases.POST(req('POST', { title: 'Infrastructure' }), ctx(projectId));
    expect(phaseRes.status).toBe(201);
    const phaseId = (await phaseRes.json()).id;
    const created = await items.POST(
      req('POST', { title: 'PgBouncer', priority: 'critical', newCriteria: [{ setName: 'Fixes', criterion: P95 }] }),
      ctx(phaseId),
    );
    expect(created.status).toBe(201);
    const itemId = (await created.json()).id;
    const view = async () =>
      await (await roadmap.GET(new Request(`http://test/api/projects/${projectId}/roadmap`), ctx(projectId))).json();
    // The runs uploaded before the item count: 20 users (1,900 ms) ran before 40 users (4,200 ms).
    expect((await view()).verification[itemId]).toMatchObject({
      state: 'regressed',
      verifiedBy: { runId: good },
      brokenBy: { runId: bad },
    });
    // The same 20-user files again: the same test, not a later one.
    const again = await upload('smallpool-20u', '20 users again');
    expect((await view()).verification[itemId]).toMatchObject({
      state: 'regressed',
      verifiedBy: { runId: again },
      brokenBy: { runId: bad },
    });
    // A retest that ran later (870 ms) verifies it; a run uploaded after it but started before it does not break it.
    const retest = await upload('series-retest-100u', 'retest 100 users', SERIES);
    expect((await view()).verification[itemId]).toMatchObject({
      state: 'verified',
      verifiedBy: { runId: retest, label: 'retest 100 users' },
    });
    await upload('series-100u', '100 users (ran before the retest)', SERIES);
    expect((await view()).verification[itemId]).toMatchObject({ state: 'verified', verifiedBy: { runId: retest } });
    const linked = Object.values((await view()).criteria);
    expect(linked).toEqual([expect.objectContaining({ ...P95, setName: 'Fixes' })]);
  });

  test('edit, move, tick, delete; items from another project are refused', async () => {
    const phaseId = (await (await phases.POST(req('POST', { title: 'Caching' }), ctx(projectId))).json()).id;
    const a = (await (await items.POST(req('POST', { title: 'Cache dashboard' }), ctx(phaseId))).json()).id;
    const b = (await (await items.POST(req('POST', { title: 'Cache API', owner: 'ari' }), ctx(phaseId))).json()).id;
    expect((await item.PATCH(req('PATCH', { position: 0, status: 'done' }), ctx(b))).status).toBe(200);
    expect((await item.PATCH(req('PATCH', { notes: 'hit rate 93%' }), ctx(b))).status).toBe(200);
    const caching = (await (await roadmap.GET(new Request('http://test/x'), ctx(projectId))).json()).roadmap.phases[1];
    expect(
      caching.items.map((i: { title: string; status: string; owner: string | null }) => [i.title, i.status, i.owner]),
    ).toEqual([
      ['Cache API', 'done', 'ari'],
      ['Cache dashboard', 'todo', null],
    ]);
    expect((await item.PATCH(req('PATCH', { criterionIds: ['crt_elsewhere'] }), ctx(a))).status).toBe(400);
    expect((await phase.PATCH(req('PATCH', { title: 'Application caching', position: 0 }), ctx(phaseId))).status).toBe(
      200,
    );
    expect((await item.DELETE(req('DELETE'), ctx(a))).status).toBe(204);
    expect((await item.DELETE(req('DELETE'), ctx(a))).status).toBe(404);
    const titles = (await (await roadmap.GET(new Request('http://test/x'), ctx(projectId))).json()).roadmap.phases.map(
      (p: { title: string }) => p.title,
    );
    expect(titles).toEqual(['Application caching', 'Infrastructure']);
    expect((await phase.DELETE(req('DELETE'), ctx(phaseId))).status).toBe(204);
  });

  test(
    'Markdown: export ticks verified items as the page shows them, import adds phases, ' + 'a bad line is named',
    async () => {
      const md = await (
        await roadmap.GET(new Request(`http://test/api/projects/${projectId}/roadmap?format=md`), ctx(projectId))
      ).text();
      expect(md).toContain('Infrastructure');
      // Verified by the retest: ticked, "verified" (as the page's locked status), never beside "Status: todo".
      expect(md).toMatch(
        new RegExp(
          /- \[x\] \*\*critical\*\* PgBouncer\n {2}- Status: verified\n {2}- /.source +
            /Verified by run \[retest 100 users\]\(http:\/\/test\/runs\/run_/.source,
        ),
      );
      expect(md).not.toContain('Status: todo');
      const imported = await importRoute.POST(
        req('POST', { markdown: '## Retest\n\n- [ ] Run 100 users\n- [x] Run 50 users\n' }),
        ctx(projectId),
      );
      expect(imported.status).toBe(201);
      expect(await imported.json()).toEqual({ phases: 1, items: 2 });
      const bad = await importRoute.POST(
        req('POST', { markdown: '## A\n\n- [ ] x\n  - Status: later\n' }),
        ctx(projectId),
      );
      expect(bad.status).toBe(400);
      expect((await bad.json()).error).toMatchObject({ details: { line: 4 } });
    },
  );
});

describe('a planned retest is saved whole or not at all', () => {
  const plan = (name: string, phase: unknown) => ({
    set: {
      name,
      baselineRunId: good,
      criteria: [P95, { metric: 'medianMs', scope: 'aggregate', op: '<', target: 250 }],
    },
    phase,
    items: [
      { title: 'Bring p95 back', priority: 'high', criterion: P95 },
      { title: 'Median', criterion: { metric: 'medianMs', scope: 'aggregate', op: '<', target: 200 } },
      { title: 'Throughput', criterion: { metric: 'rps', scope: 'aggregate', op: '>=', target: 18 } },
    ],
  });

  test('items link to the matching criterion; one the set lacks is added to it', async () => {
    const res = await plans.POST(
      req('POST', plan('Retest after 40 users', { title: 'Fixes for 40 users' })),
      ctx(projectId),
    );
    expect(res.status).toBe(201);
    const saved = await res.json();
    expect(saved.set.criteria.map((c: { metric: string; target: number }) => [c.metric, c.target])).toEqual([
      ['p95Ms', 3000],
      ['medianMs', 250],
      ['rps', 18],
    ]);
    const view = await (await roadmap.GET(new Request('http://test/x'), ctx(projectId))).json();
    const phase = view.roadmap.phases.find((p: { id: string }) => p.id === saved.phaseId);
    expect(phase.title).toBe('Fixes for 40 users');
    expect(phase.items.map((i: { criterionIds: string[] }) => i.criterionIds)).toEqual(
      saved.set.criteria.map((c: { id: string }) => [c.id]),
    );
  });

  test('a phase of another project, or a taken name, stores nothing', async () => {
    const before = (await (await sets.GET(req('GET'), ctx(projectId))).json()).sets.length;
    expect((await plans.POST(req('POST', plan('Another', { id: 'phs_elsewhere' })), ctx(projectId))).status).toBe(400);
    expect((await plans.POST(req('POST', plan('Retest after 40 users', { title: 'x' })), ctx(projectId))).status).toBe(
      409,
    );
    expect((await plans.POST(req('POST', plan('No phase', null)), ctx(projectId))).status).toBe(400);
    expect((await (await sets.GET(req('GET'), ctx(projectId))).json()).sets.length).toBe(before);
  });
});

describe('refused requests change nothing', () => {
  test(
    "a new item whose second new criterion names another project's set stores neither " + 'criterion nor item',
    async () => {
      const phaseId = (await (await phases.POST(req('POST', { title: 'Atomic' }), ctx(projectId))).json()).id;
      const setsBefore = (await (await sets.GET(req('GET'), ctx(projectId))).json()).sets;
      const res = await items.POST(
        req('POST', {
          title: 'x',
          newCriteria: [
            { setName: 'Brand new set', criterion: P95 },
            { setId: 'crs_elsewhere', criterion: P95 },
          ],
        }),
        ctx(phaseId),
      );
      expect(res.status).toBe(400);
      expect((await (await sets.GET(req('GET'), ctx(projectId))).json()).sets).toEqual(setsBefore);
      const view = await (await roadmap.GET(new Request('http://test/x'), ctx(projectId))).json();
      expect(view.roadmap.phases.find((p: { id: string }) => p.id === phaseId).items).toEqual([]);
    },
  );

  test('a PATCH moving an item into another project changes nothing', async () => {
    const phaseId = (await (await phases.POST(req('POST', { title: 'Patch' }), ctx(projectId))).json()).id;
    const itemId = (await (await items.POST(req('POST', { title: 'before' }), ctx(phaseId))).json()).id;
    expect((await item.PATCH(req('PATCH', { title: 'after', phaseId: 'phs_elsewhere' }), ctx(itemId))).status).toBe(
      400,
    );
    const view = await (await roadmap.GET(new Request('http://test/x'), ctx(projectId))).json();
    expect(view.roadmap.phases.find((p: { id: string }) => p.id === phaseId).items[0].title).toBe('before');
  });

  test(
    'signing off a run of another project is refused; same-name sets created at once: ' + 'one 201, the rest 409',
    async () => {
      const other = await (async () => {
        const form = new FormData();
        for (const name of readdirSync(join(DIR, 'smallpool-20u')))
          form.append('files', new Blob([readFileSync(join(DIR, 'smallpool-20u', name))]), name);
        form.append('project', 'Elsewhere');
        return (await (await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }))).json())
          .id as string;
      })();
      const set = await (await sets.POST(req('POST', { name: 'Cross', criteria: [P95] }), ctx(projectId))).json();
      expect(
        (await signOffs.POST(req('POST', { runId: other, decision: 'GO', decidedBy: 'x' }), ctx(set.id))).status,
      ).toBe(400);
      const statuses = await Promise.all(
        [1, 2, 3].map(
          async () => (await sets.POST(req('POST', { name: 'Race', criteria: [P95] }), ctx(projectId))).status,
        ),
      );
      expect(statuses.sort()).toEqual([201, 409, 409]);
    },
  );
});

describe('a set scoped to 100 users (appliesTo) judges only the 100-user runs, and says so', () => {
  const scope = { userCount: 100 };
  let setId = '';
  let u100 = '';
  beforeAll(async () => {
    const res = await sets.POST(
      req('POST', { name: 'Production @100 users', appliesTo: scope, criteria: [{ ...P95, target: 2000 }] }),
      ctx(projectId),
    );
    expect(res.status).toBe(201);
    const set = await res.json();
    expect(set.appliesTo).toEqual(scope);
    setId = set.id;
    const overview = await (await project.GET(req('GET'), ctx(projectId))).json();
    u100 = overview.evaluation.runs.find((r: { label: string }) => r.label.startsWith('100 users')).id;
  });

  test('stored and edited: an empty scope is every run (null); unknown fields and bad globs are refused', async () => {
    const edited = await oneSet.PUT(
      req('PUT', { name: 'Production @100 users', appliesTo: {}, criteria: [{ ...P95, target: 2000 }] }),
      ctx(setId),
    );
    expect((await edited.json()).appliesTo).toBeNull();
    const back = await oneSet.PUT(
      req('PUT', { name: 'Production @100 users', appliesTo: scope, criteria: [{ ...P95, target: 2000 }] }),
      ctx(setId),
    );
    expect((await back.json()).appliesTo).toEqual(scope);
    const refused = await sets.POST(
      req('POST', { name: 'Bad scope', appliesTo: { users: 100 }, criteria: [P95] }),
      ctx(projectId),
    );
    expect(refused.status).toBe(400);
    const long = await sets.POST(
      req('POST', { name: 'Bad glob', appliesTo: { labelGlob: '*'.repeat(201) }, criteria: [P95] }),
      ctx(projectId),
    );
    expect((await long.json()).error.details).toEqual([expect.objectContaining({ path: 'appliesTo.labelGlob' })]);
  });

  test('the project evaluation: a verdict on the 100-user runs only, why on the others', async () => {
    const overview = await (await project.GET(req('GET'), ctx(projectId))).json();
    const evaluated = overview.evaluation.sets.find((s: { setId: string }) => s.setId === setId);
    const byLabel = Object.fromEntries(
      overview.evaluation.runs.map((r: { label: string }, i: number) => [
        r.label,
        [evaluated.verdicts[i]?.verdict ?? null, evaluated.outOfScope[i]],
      ]),
    );
    expect(byLabel['retest 100 users']).toEqual(['GO', null]);
    expect(byLabel['40 users']).toEqual([
      null,
      'Production @100 users applies to 100-user runs; this run has 40 users',
    ]);
  });

  test('the set on a run, the run check and sign-offs skip a run out of scope', async () => {
    const onBad = await (await oneSet.GET(new Request(`http://test/x?run=${bad}`), ctx(setId))).json();
    expect(onBad.verdict).toEqual({
      name: 'Production @100 users',
      verdict: null,
      outOfScope: 'Production @100 users applies to 100-user runs; this run has 40 users',
      results: [],
    });
    const checked = await runCheck.POST(
      req('POST', { name: 'Production @100 users', appliesTo: scope, criteria: [P95] }),
      ctx(bad),
    );
    expect(await checked.json()).toMatchObject({
      verdict: null,
      outOfScope: expect.stringContaining('this run has 40 users'),
    });
    const refused = await signOffs.POST(req('POST', { runId: bad, decision: 'NO-GO', decidedBy: 'Dina' }), ctx(setId));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toContain('applies to 100-user runs; this run has 40 users');
    expect(
      (await signOffs.POST(req('POST', { runId: u100, decision: 'NO-GO', decidedBy: 'Dina' }), ctx(setId))).status,
    ).toBe(201);
  });

  test('check against run X: each linked criterion on the chosen run, nothing stored', async () => {
    const phaseId = (await (await phases.POST(req('POST', { title: 'Scoped' }), ctx(projectId))).json()).id;
    const criterionId = (await (await oneSet.GET(req('GET'), ctx(setId))).json()).criteria[0].id;
    const itemId = (
      await (
        await items.POST(req('POST', { title: 'p95 at 100 users', criterionIds: [criterionId] }), ctx(phaseId))
      ).json()
    ).id;
    const check = async (run: string) => itemCheck.GET(new Request(`http://test/x?run=${run}`), ctx(itemId));
    expect(await (await check(u100)).json()).toMatchObject({
      itemId,
      outcome: 'fails',
      criteria: [{ criterionId, result: { met: false }, outOfScope: null }],
    });
    expect(await (await check(bad)).json()).toMatchObject({
      outcome: 'not-judged',
      criteria: [{ result: null, outOfScope: expect.stringContaining('40 users') }],
    });
    expect((await check('run_nope')).status).toBe(404);
    expect((await itemCheck.GET(new Request('http://test/x'), ctx(itemId))).status).toBe(400);
    const view = await (await roadmap.GET(new Request('http://test/x'), ctx(projectId))).json();
    expect(view.verification[itemId]).toMatchObject({ state: 'verified', verifiedBy: { label: 'retest 100 users' } });
  });
});
