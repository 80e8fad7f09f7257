// Baseline rules through their routes: made (each kind), listed by name with what they pick, refused (bad name,
// a field of another kind, a bad spec naming the key, a run of another project, a taken name), deleted; and
// GET /api/runs/:id/baseline?spec=rule:NAME resolving each kind against a target, with the reason, and the 404
// sentences (unknown rule, pinned run deleted, no run in the target's era).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-rules-')), 'r.db')}`;
const runs = await import('../../app/api/runs/route');
const run = await import('../../app/api/runs/[id]/route');
const baseline = await import('../../app/api/runs/[id]/baseline/route');
const rules = await import('../../app/api/projects/[id]/baseline-rules/route');
const rule = await import('../../app/api/baseline-rules/[id]/route');
const sets = await import('../../app/api/projects/[id]/criteria-sets/route');
const STATS = join(import.meta.dirname, '../../fixtures/locust-2.12-generated/smallpool-20u/smallpool-20u_stats.csv');
const PROJECT = 'Rules';

/** The 20-user run's _stats.csv with every time multiplied by `factor` (aggregate P95 1,900 ms × factor). */
function scaledStats(factor: number): string {
  const [header, ...rows] = readFileSync(STATS, 'utf8').trimEnd().split(/\r?\n/);
  const times = new Set([4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  const scaled = rows.map((row) =>
    row
      .split(',')
      .map((cell, i) => (times.has(i) ? String(Math.round(Number(cell) * factor)) : cell))
      .join(','),
  );
  return [header, ...scaled].join('\n') + '\n';
}

interface Upload {
  name: string;
  factor: number;
  /** Minutes after 10:00 UTC: history order is the start time, not the upload order. */
  at: number;
  meta?: Record<string, unknown>;
  project?: string;
}
// Upload order. History part of `target`: 100 users on main (or no branch); era 2 starts at m1 (profile v2).
const UPLOADS: Upload[] = [
  { name: 'm0', factor: 1.3, at: 0, meta: { profile: 'v1' } },
  { name: 'm3', factor: 1.5, at: 30, meta: { profile: 'v2' } }, // uploaded before m2, started after it
  { name: 'm2', factor: 2.0, at: 20, meta: { profile: 'v2' } },
  { name: 'm4', factor: 1.2, at: 40, meta: { profile: 'v2', branch: null } },
  { name: 'm1', factor: 1.0, at: 10, meta: { profile: 'v2' } }, // uploaded last of the part, started first
  { name: 'users50', factor: 0.5, at: 45, meta: { profile: 'v2', userCount: 50 } },
  { name: 'feature', factor: 0.1, at: 46, meta: { profile: 'v2', branch: 'feature/x' } },
  { name: 'elsewhere', factor: 1, at: 47, meta: { profile: 'v2' }, project: 'Other' },
  { name: 'target', factor: 3, at: 50, meta: { profile: 'v2', branch: 'feature/x' } },
  { name: 'new-era', factor: 3, at: 60, meta: { profile: 'v3' } },
  { name: 'doomed', factor: 1, at: 5, meta: { profile: 'v1' } },
];
const id: Record<string, string> = {};

const post = (path: string, body: unknown) =>
  new Request(`http://test${path}`, { method: 'POST', body: JSON.stringify(body) });
const params = (value: string) => ({ params: Promise.resolve({ id: value }) });

const makeRule = (body: unknown) => rules.POST(post(`/api/projects/${PROJECT}/baseline-rules`, body), params(PROJECT));
const ask = (target: string, spec: string) =>
  baseline.GET(new Request(`http://test/api/runs/${target}/baseline?spec=${encodeURIComponent(spec)}`), params(target));

beforeAll(async () => {
  for (const u of UPLOADS) {
    const form = new FormData();
    form.append('files', new Blob([scaledStats(u.factor)]), `${u.name}_stats.csv`);
    form.append('project', u.project ?? PROJECT);
    form.append('label', u.name);
    const startTime = new Date(Date.UTC(2026, 11, 1, 10, u.at)).toISOString();
    form.append('meta', JSON.stringify({ branch: 'main', userCount: 100, startTime, ...u.meta }));
    const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
    expect(res.status, await res.clone().text()).toBe(201);
    id[u.name] = (await res.json()).id;
  }
  const set = { name: 'Fast', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 2000 }] };
  const res = await sets.POST(post(`/api/projects/${PROJECT}/criteria-sets`, set), params(PROJECT));
  expect(res.status, await res.clone().text()).toBe(201);
  for (const body of [
    { name: 'release', kind: 'pinned', runId: id.m2 },
    { name: 'main-go', kind: 'latest', spec: 'latest:users=same, branch=main,profile=same,go=Fast' },
    { name: 'main-same', kind: 'latest', spec: 'branch=main,users=same,profile=same' },
    { name: 'median', kind: 'median' },
    { name: 'median3', kind: 'median', lastN: 3 },
    { name: 'doomed', kind: 'pinned', runId: id.doomed },
  ]) {
    const made = await makeRule(body);
    expect(made.status, await made.clone().text()).toBe(201);
  }
  const gone = await run.DELETE(
    new Request(`http://test/api/runs/${id.doomed}`, { method: 'DELETE' }),
    params(id.doomed!),
  );
  expect(gone.status).toBe(204);
});

describe('rules', () => {
  test('listed by name, each with what it picks in words; latest: stored with its keys in order', async () => {
    const res = await rules.GET(new Request(`http://test/api/projects/${PROJECT}/baseline-rules`), params(PROJECT));
    const { rules: listed } = (await res.json()) as { rules: Record<string, unknown>[] };
    expect(listed.map((r) => r.name)).toEqual(['doomed', 'main-go', 'main-same', 'median', 'median3', 'release']);
    const byName = Object.fromEntries(listed.map((r) => [r.name, r]));
    expect(byName.release).toMatchObject({
      kind: 'pinned',
      runId: id.m2,
      runLabel: 'm2',
      description: 'always run “m2”',
    });
    expect(byName.doomed).toMatchObject({
      runLabel: null,
      description: `always run ${id.doomed}, which has been deleted`,
    });
    expect(byName['main-go']).toMatchObject({
      kind: 'latest',
      spec: 'branch=main,profile=same,users=same,go=Fast',
      description:
        "the newest run before the target on branch main judged GO by criteria set Fast with the target's profile " +
        'and user count',
    });
    expect(byName.median).toMatchObject({ kind: 'median', lastN: 5, createdBy: 'anyone (open instance)' });
  });

  test.each([
    [{ name: 'Caps', kind: 'median' }, 400, /name/],
    [{ name: 'x', kind: 'median', runId: 'run_1' }, 400, /runId is for a pinned rule, not median/],
    [{ name: 'x', kind: 'pinned' }, 400, /a pinned rule needs the run/],
    [{ name: 'x', kind: 'median', lastN: 0 }, 400, /lastN/],
    [{ name: 'x', kind: 'latest', spec: 'colour=red' }, 400, /spec: latest: unknown key "colour"/],
    [{ name: 'x', kind: 'nearest' }, 400, /kind/],
    [{ name: 'x', kind: 'pinned', runId: 'elsewhere' }, 404, /^run \S+ in project Rules not found/],
    [{ name: 'median', kind: 'median' }, 409, /^project Rules already has a baseline rule named "median"/],
  ])('refuses %j: %i', async (body, status, message) => {
    const sent = 'runId' in body && body.runId === 'elsewhere' ? { ...body, runId: id.elsewhere } : body;
    const res = await makeRule(sent);
    expect(res.status).toBe(status);
    const error = (await res.json()).error;
    expect(`${error.message} ${JSON.stringify(error.details ?? '')}`).toMatch(message);
  });

  test('deleted: 204, then 404; an unknown project: 404', async () => {
    const made = await (await makeRule({ name: 'short-lived', kind: 'latest' })).json();
    const del = () =>
      rule.DELETE(new Request(`http://test/api/baseline-rules/${made.id}`, { method: 'DELETE' }), params(made.id));
    expect((await del()).status).toBe(204);
    expect((await del()).status).toBe(404);
    const res = await rules.GET(new Request('http://test/api/projects/nope/baseline-rules'), params('nope'));
    expect(res.status).toBe(404);
  });
});

describe('rule:NAME resolves against the target', () => {
  test.each([
    ['rule:release', 'm2', /^rule "release" pins run “m2”$/],
    // Upload order, on main: m1 (users50 has 50 users).
    [
      'rule:main-same',
      'm1',
      /^the newest run on branch main with profile v2 with 100 users uploaded before run “target”: “m1”$/,
    ],
    ['rule:main-go', 'm1', /judged GO by criteria set Fast uploaded before run “target”: “m1”$/],
    // History order (start times) m1 (1,900), m2 (3,800), m3 (2,850), m4 (2,280): the last 3 are m2, m3, m4 (in
    // upload order they would be m2, m4, m1: median m4); m0 is of era 1, the others of other parts.
    [
      'rule:median',
      'm4',
      'run “m4” has the lower median P95 (2,280 ms) of the 4 runs before run “target” in its era (era 2, from ' +
        'run “m1”: Locust profile v1 → v2) (5 asked for; the era has no more with a P95): ' +
        '1,900, 2,280, 2,850, 3,800 ms',
    ],
    ['rule:median3', 'm3', /^run “m3” has the median P95 \(2,850 ms\) of the 3 runs before run “target”/],
  ])('%s -> %s', async (spec, expected, reason: RegExp | string) => {
    const res = await ask(id.target!, spec);
    expect(res.status, await res.clone().text()).toBe(200);
    const answer = await res.json();
    expect(answer).toMatchObject({ runId: id[expected], label: expected, targetRunId: id.target, spec });
    expect(answer.rule.name).toBe(spec.slice(5));
    if (typeof reason === 'string') expect(answer.reason).toBe(reason);
    else expect(answer.reason).toMatch(reason);
  });

  test.each([
    [
      'rule:nope',
      404,
      /^project Rules has no baseline rule "nope" \(its rules: doomed, main-go, main-same, median, median3, release\)$/,
    ],
    ['rule:doomed', 404, /^baseline rule "doomed" pins run \S+, which has been deleted$/],
    ['rule:Nope', 400, /a rule name is 1 to 63 lower-case/],
  ])('%s: %i', async (spec, status, message) => {
    const res = await ask(id.target!, spec);
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(message);
  });

  test('a target starting an era of its own has no median baseline; a pinned run is not its own baseline', async () => {
    const res = await ask(id['new-era']!, 'rule:median');
    expect(res.status).toBe(404);
    const { error } = await res.json();
    expect(error.code).toBe('no_baseline');
    expect(error.message).toContain(
      'in its era, among the runs with 100 users on branch main or without a branch: it starts an era of its own ' +
        '(Locust profile v2 → v3)',
    );
    expect((await ask(id.m2!, 'rule:release')).status).toBe(400);
  });

  test('another project does not see the rule', async () => {
    expect((await ask(id.elsewhere!, 'rule:release')).status).toBe(404);
  });
});
