// Issue 15's contract additions (docs/contract.md): a chosen target (`target=ID`, `--target N`), runs in
// load order through the API, and builds (`meta.build`, `runs[].build`, `buildCurves`, `buildsNote`),
// on the real series of fixtures/locust-2.12-series from compareRuns, the command line and the HTTP API.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { compareRuns } from '../../lib/domain/analysis/compare-runs';
import type { Comparison } from '../../lib/domain/analysis/types';
import { fixtureRun } from '../support/fixture-run';
import { expectShape, FIXTURES, swarmlens } from './support';

const SERIES = join(FIXTURES, 'locust-2.12-series');
const DIRS = ['series-50u', 'series-100u', 'series-150u', 'series-retest-100u'];
const CSV = /\.csv$/;

const curve = z.object({
  basis: z.literal('goodput'),
  points: z.array(z.object({ users: z.number() })),
  evidence: z.string(),
});
const buildsShape = z.object({
  runs: z.array(z.object({ id: z.string().nullable(), build: z.string().nullable() })),
  baselineIndex: z.number(),
  targetIndex: z.number(),
  buildCurves: z.array(
    z.object({
      build: z.string().nullable(),
      runIndexes: z.array(z.number()),
      curve: curve.nullable(),
    }),
  ),
  buildsNote: z.string().nullable(),
});

describe('compareRuns', () => {
  const runs = DIRS.map((d, i) => {
    const run = fixtureRun(`locust-2.12-series/${d}`, CSV);
    return { id: d, run: { ...run, meta: { ...run.meta, build: i === 3 ? 'fixed' : 'base' } } };
  });

  test.each<[string, number | undefined, number]>([
    ['no target: the last run that is not the baseline', undefined, 3],
    ['target 1: the 100-user run', 1, 1],
  ])('%s', (_what, target, expected) => {
    const c = compareRuns(runs, 0, undefined, [], {}, target);
    expectShape(buildsShape, c);
    expect(c.targetIndex).toBe(expected);
    expect(c.runs.map((r) => r.build)).toEqual(['base', 'base', 'base', 'fixed']);
    // Documented: scaling.verdict is scalingCurve's, "unknown" without one.
    expect(c.scaling!.verdict).toBe(c.scalingCurve?.verdict ?? 'unknown');
  });
});

describe('swarmlens', () => {
  const dir = (d: string) => join(SERIES, d);

  test.each<[string, string[], number, string | number]>([
    ['--target 2 of three runs', ['--target', '2'], 0, 1],
    ['--target the baseline', ['--target', '1'], 2, 'swarmlens: compare: --target 1 is the baseline: pick another run'],
    ['--target outside the runs', ['--target', '4'], 2, 'swarmlens: compare: --target must be a position from 1 to 3'],
    ['--target with --baseline 2: the first run', ['--baseline', '2', '--target', '1'], 0, 0],
  ])('compare %s', (_what, options, code, expected) => {
    const r = swarmlens(['compare', dir('series-50u'), dir('series-100u'), dir('series-150u'), ...options]);
    expect(r.code).toBe(code);
    if (code !== 0) return expect(r.stderr.trim()).toBe(expected);
    const c = JSON.parse(r.stdout) as Comparison;
    expectShape(buildsShape, c);
    expect(c.targetIndex).toBe(expected);
    expect(c.runs.map((x) => x.userCount)).toEqual([50, 100, 150]); // the CLI keeps the order given
  });

  test('parse: meta.build is always there, null (Locust never writes it)', () => {
    const r = swarmlens(['parse', dir('series-50u')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).meta).toHaveProperty('build', null);
  });
});

describe('HTTP API', () => {
  process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-builds-')), 'c.db')}`;
  const ids: Record<string, string> = {};
  const post = async (d: string, fields: Record<string, string>) => {
    const runs = await import('../../app/api/runs/route');
    const form = new FormData();
    for (const name of readdirSync(join(SERIES, d)).filter((n) => CSV.test(n))) {
      form.append('files', new Blob([readFileSync(join(SERIES, d, name))]), name);
    }
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  };
  const compare = async (query: string) =>
    (await import('../../app/api/compare/route')).GET(new Request(`http://test/api/compare?${query}`));
  const runRoute = () => import('../../app/api/runs/[id]/route');
  const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

  beforeAll(async () => {
    for (const d of DIRS) {
      const res = await post(d, { label: d, build: d === 'series-retest-100u' ? 'fixed' : 'base' });
      expect(res.status).toBe(201);
      ids[d] = (await res.json()).id;
    }
  }, 120_000);

  test('meta.build from the upload, edited and cleared with PATCH', async () => {
    const { GET, PATCH } = await runRoute();
    const id = ids['series-retest-100u']!;
    expect((await (await GET(new Request(`http://test/api/runs/${id}`), ctx(id))).json()).meta.build).toBe('fixed');
    const patch = (build: unknown) =>
      PATCH(new Request(`http://test/api/runs/${id}`, { method: 'PATCH', body: JSON.stringify({ build }) }), ctx(id));
    expect((await (await patch('  fix-42 ')).json()).meta.build).toBe('fix-42');
    expect((await (await patch(null)).json()).meta.build).toBeNull();
    expect((await patch('x'.repeat(101))).status).toBe(400);
    expect((await patch('fixed')).status).toBe(200);
  });

  test.each([
    ['over 100 characters', 'b'.repeat(101)],
    ['a line break', 'a\nb'],
  ])('an upload with a build of %s is refused (400)', async (_what, build) => {
    expect((await post('series-50u', { build })).status).toBe(400);
  });

  test('target=ID: that run judged; runs in load order whatever the order given', async () => {
    const given = ['series-150u', 'series-retest-100u', 'series-100u', 'series-50u'].map((d) => ids[d]!);
    const res = await compare(`runs=${given.join(',')}&baseline=${ids['series-50u']}&target=${ids['series-100u']}`);
    expect(res.status).toBe(200);
    const c = (await res.json()) as Comparison;
    expectShape(buildsShape, c);
    const loadOrder = ['series-50u', 'series-100u', 'series-retest-100u', 'series-150u'];
    expect(c.runs.map((r) => r.id)).toEqual(loadOrder.map((d) => ids[d]));
    expect([c.runs[c.baselineIndex]!.id, c.runs[c.targetIndex]!.id]).toEqual([ids['series-50u'], ids['series-100u']]);
    expect(c.buildCurves.map((b) => [b.build, b.runIndexes.map((i) => c.runs[i]!.label)])).toEqual([
      ['base', ['series-50u', 'series-100u', 'series-150u']],
      ['fixed', ['series-retest-100u']],
    ]);
    expect(c.scalingCurve!.points.map((p) => p.users)).toEqual([50, 100, 150]);
  });

  test('no target: the last run given that is not the baseline, as before', async () => {
    const given = ['series-50u', 'series-150u', 'series-100u'].map((d) => ids[d]!);
    const c = (await (await compare(`runs=${given.join(',')}`)).json()) as Comparison;
    expect(c.runs[c.targetIndex]!.id).toBe(ids['series-100u']);
    expect(c.runs.map((r) => r.userCount)).toEqual([50, 100, 150]);
  });

  test.each<[string, () => string]>([
    ['the baseline as the target', () => `runs=${ids['series-50u']},${ids['series-100u']}&target=${ids['series-50u']}`],
    ['a target outside the runs', () => `runs=${ids['series-50u']},${ids['series-100u']}&target=${ids['series-150u']}`],
    ['a target with steps=1', () => `runs=${ids['series-50u']}&steps=1&target=${ids['series-50u']}`],
  ])('%s: 400', async (_what, query) => {
    const res = await compare(query());
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/target/);
  });
});
