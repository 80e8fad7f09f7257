// Builds kept apart, on the real Locust 2.12 series (fixtures/locust-2.12-series): series-50u, -100u and
// -150u ran against one build of the server, series-retest-100u against the fixed build. Goodput from
// their _stats.csv Aggregated rows: 21.91, 29.11, 28.30 and 43.24 successful req/s.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseUpload } from '../locust/index';
import type { ParsedRun } from '../locust/types';
import { compareRuns } from './compare-runs';
import { comparisonMarkdown } from '../report/markdown';
import { groupByBuild, mixesBuilds } from './scaling-builds';

const DIR = join(import.meta.dirname, '../../../fixtures/locust-2.12-series');
const load = (run: string): ParsedRun => {
  const files = readdirSync(join(DIR, run)).filter((n) => n.endsWith('.csv'));
  const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, run, name)));
  return parseUpload(files.map((name) => ({ name, bytes: bytes(name) }))).runs[0]!.run;
};
const DIRS = ['series-50u', 'series-100u', 'series-150u', 'series-retest-100u'];
const [u50, u100, u150, retest] = DIRS.map(load) as ParsedRun[];
const withBuild = (run: ParsedRun, build: string | null): ParsedRun => ({ ...run, meta: { ...run.meta, build } });
const inputs = (builds: (string | null)[]) =>
  [u50, u100, u150, retest].map((run, i) => ({ id: `r${i}`, run: withBuild(run!, builds[i] ?? null) }));
const BASE_FIXED = ['base', 'base', 'base', 'fixed'];

describe('groupByBuild', () => {
  // Groups as [build, runIndexes] pairs.
  test.each<[string, (string | null)[], [string | null, number[]][], number[], boolean]>([
    ['no run names a build: one unnamed build', [null, null, null], [[null, [0, 1, 2]]], [], false],
    ['one named build', ['a', 'a'], [['a', [0, 1]]], [], false],
    [
      'two builds, in order of their first run',
      ['b', 'a', 'b'],
      [
        ['b', [0, 2]],
        ['a', [1]],
      ],
      [],
      true,
    ],
    ['some named, some not: the unnamed are on no build', ['a', null, 'a', null], [['a', [0, 2]]], [1, 3], true],
    [
      'builds differ by case: two builds',
      ['Fix', 'fix'],
      [
        ['Fix', [0]],
        ['fix', [1]],
      ],
      [],
      true,
    ],
  ])('%s', (_what, builds, groups, unassigned, mixed) => {
    const g = groupByBuild(builds);
    expect(g).toEqual({ groups: groups.map(([build, runIndexes]) => ({ build, runIndexes })), unassigned });
    expect(mixesBuilds(g)).toBe(mixed);
  });
});

describe('the series and its retest', () => {
  test('without builds: one curve over all four runs (two at 100 users): the zig-zag the builds fix', () => {
    const c = compareRuns(inputs([null, null, null, null]));
    expect(c.buildCurves).toHaveLength(1);
    expect(c.scalingCurve!.points.map((p) => p.users)).toEqual([50, 100, 100, 150]);
    expect(c.scalingCurve!.fit!.points).toBe(4);
    expect(c.buildsNote).toBeNull();
  });

  const mixed = compareRuns(inputs(BASE_FIXED), 0, undefined, [], {}, 1);

  test('with builds: no curve holds runs of both builds; the 100-user runs are never fitted together', () => {
    for (const { build, runIndexes, curve } of mixed.buildCurves) {
      expect(new Set(runIndexes.map((i) => mixed.runs[i]!.build))).toEqual(new Set([build]));
      if (curve) expect(curve.points.map((p) => p.users)).toEqual([...new Set(curve.points.map((p) => p.users))]);
    }
    expect(mixed.buildCurves.map((b) => [b.build, b.runIndexes])).toEqual([
      ['base', [0, 1, 2]],
      ['fixed', [3]],
    ]);
    const base = mixed.buildCurves[0]!.curve!;
    expect(base.points.map((p) => [p.users, p.label])).toEqual([
      [50, 'series-50u'],
      [100, 'series-100u'],
      [150, 'series-150u'],
    ]);
    expect(base.fit).toMatchObject({ points: 3, distinctLoads: 3 });
    expect(mixed.buildCurves[1]!.curve).toBeNull(); // one load: no curve
    expect(mixed.runs.map((r) => r.build)).toEqual(BASE_FIXED);
  });

  test('the sentences say which build each figure is about', () => {
    expect(mixed.buildCurves[0]!.curve!.evidence).toMatch(/^Build “base”: 3 runs at 3 loads \(50–150 users\)/);
    expect(mixed.scalingCurve).toBe(mixed.buildCurves[0]!.curve); // the target (100 users) is of build "base"
    expect(mixed.scaling!.reason).toContain('50 → 100 users (×2) in build “base”');
    expect(mixed.buildsNote).toBe(
      'Runs of 2 builds: one scaling curve per build, and runs of different builds are never fitted together. ' +
        'No curve for build “fixed”, one load only: series-retest-100u. ' +
        "The scaling verdict is that of build “base”, the target's build.",
    );
  });

  test('the Markdown report: the verdict names its build, one curve per build under its own heading', () => {
    const md = comparisonMarkdown(mixed);
    expect(md).toContain(
      "Scaling of goodput of build “base” (the target's) over 3 runs: **saturated** from 100 users.",
    );
    expect(md).toContain('### Scaling across loads, build “base”');
    expect(md).not.toContain('### Scaling across loads\n');
    expect(md).toContain('Runs of 2 builds\\: one scaling curve per build');
  });

  test('the retest as the target: the build changed with the load; its build has no curve to judge by', () => {
    const c = compareRuns(inputs(BASE_FIXED), 0);
    expect(c.targetIndex).toBe(3);
    expect(c.scalingCurve).toBeNull();
    expect(c.scaling).toMatchObject({ fromUsers: 50, toUsers: 100, verdict: 'unknown' });
    expect(c.scaling!.reason).toContain('; the build changed too (“base” → “fixed”)');
    expect(c.summary.find((r) => r.metric === 'goodputRps')!.status).toBe('inconclusive');
    expect(c.buildsNote).toContain("No scaling verdict: the target's build has no curve.");
  });

  test('a run without a build while others have one is on no curve, and the note says how to fix it', () => {
    const c = compareRuns(inputs(['base', 'base', null, 'fixed']), 0, undefined, [], {}, 1);
    expect(c.buildCurves.map((b) => [b.build, b.runIndexes])).toEqual([
      ['base', [0, 1]],
      ['fixed', [3]],
    ]);
    expect(c.buildCurves[0]!.curve!.fit).toBeNull(); // two loads: no USL fit
    expect(c.buildsNote).toContain(
      "No build given for 150 users: on no build's curve (set the build on the run's page).",
    );
  });

  test('one build named on every run: as without builds, no build words', () => {
    const c = compareRuns(inputs(['v1', 'v1', 'v1', 'v1']));
    expect(c.buildCurves.map((b) => b.build)).toEqual(['v1']);
    expect(c.scalingCurve!.evidence).toMatch(/^4 runs at 3 loads/);
    expect(c.scaling!.reason).not.toContain('build');
  });
});

describe('a chosen target', () => {
  const series = [u50, u100, u150].map((run, i) => ({ id: `s${i}`, run: run! }));
  const p95 = (c: ReturnType<typeof compareRuns>) => c.summary.find((r) => r.metric === 'p95Ms')!;

  test.each<[string, number | undefined, number, number]>([
    ['default: the last run', undefined, 2, 9000],
    ['100 users', 1, 1, 9000],
  ])('%s is judged against 50 users', (_what, target, index, p95Target) => {
    const c = compareRuns(series, 0, undefined, [], {}, target);
    expect(c.targetIndex).toBe(index);
    expect(p95(c).values[index]).toBe(p95Target);
    expect(p95(c).change).toBeCloseTo(p95Target / 1300 - 1, 12);
    expect(c.scaling).toMatchObject({ fromUsers: 50, toUsers: [100, 100, 150][index] });
  });

  test.each([[0], [3], [-1]])('target %i (the baseline or outside the runs) is refused', (target) => {
    expect(() => compareRuns(series, 0, undefined, [], {}, target)).toThrow(RangeError);
  });
});
