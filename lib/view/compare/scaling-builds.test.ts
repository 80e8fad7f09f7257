// The page's view of builds kept apart, on the real series (fixtures/locust-2.12-series): 50/100/150 users
// of build "base" and the retest of the fixed build at 100 users.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareRuns } from '../../domain/analysis/compare-runs';
import { parseUpload } from '../../domain/locust/index';
import type { ParsedRun } from '../../domain/locust/types';
import { scalingBars } from './scaling';
import { scalingCurveView } from './scaling-curve';

const DIR = join(import.meta.dirname, '../../../fixtures/locust-2.12-series');
const load = (run: string, build: string | null): ParsedRun => {
  const files = readdirSync(join(DIR, run)).filter((n) => n.endsWith('.csv'));
  const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, run, name)));
  const parsed = parseUpload(files.map((name) => ({ name, bytes: bytes(name) }))).runs[0]!.run;
  return { ...parsed, meta: { ...parsed.meta, build } };
};
const DIRS = ['series-50u', 'series-100u', 'series-150u', 'series-retest-100u'];
const compare = (builds: (string | null)[], target?: number) =>
  compareRuns(
    DIRS.map((d, i) => ({ id: d, run: load(d, builds[i] ?? null) })),
    0,
    undefined,
    [],
    {},
    target,
  );

describe('scalingCurveView', () => {
  test('one build: the single curve, no panels', () => {
    const v = scalingCurveView(compare([null, null, null, null]))!;
    expect(v.builds).toBeUndefined();
    expect(v.points.map((p) => p.users)).toEqual(['50', '100', '100', '150']);
  });

  const mixed = compare(['base', 'base', 'base', 'fixed'], 1);
  const v = scalingCurveView(mixed)!;

  test("two builds: one panel each, the curve only through its own build's runs", () => {
    expect(v.builds!.map((b) => [b.title, b.runs, b.view?.points.map((p) => p.users) ?? null])).toEqual([
      ['Build base', ['series-50u', 'series-100u', 'series-150u'], ['50', '100', '150']],
      ['Build fixed', ['series-retest-100u'], null],
    ]);
    expect(v.buildsNote).toBe(mixed.buildsNote);
    expect(v.evidence).toMatch(/^Build “base”: 3 runs at 3 loads/);
  });

  test('a build without a curve shows what its runs measured', () => {
    // series-retest-100u: 43.24 successful req/s, P95 870 ms (its _stats.csv Aggregated row).
    expect(v.builds![1]!.measured).toEqual([
      { name: 'series-retest-100u', users: '100 users', goodput: '43.24/s', p95: '870 ms' },
    ]);
    expect(v.builds![0]!.measured).toEqual([]);
  });

  test('panels share their axes', () => {
    const drawn = v.builds!.flatMap((b) => (b.view ? [b.view] : []));
    for (const d of drawn) expect([d.xTicks, d.yTicks]).toEqual([v.xTicks, v.yTicks]);
  });

  test('no build with two loads: no curve section', () => {
    expect(scalingCurveView(compare(['a', 'b', 'c', 'd']))).toBeNull();
  });
});

describe('scalingBars', () => {
  test.each<[string, (string | null)[], (string | null)[], (number | null)[]]>([
    // Linear goodput from 50 users' 21.91/s: ×2 at 100, ×3 at 150.
    ['one build: from the fewest users of all', [null, null, null, null], DIRS, [1, 2, 3, 2]],
    [
      'two builds: the retest has no reference in its own build',
      ['base', 'base', 'base', 'fixed'],
      [...DIRS.slice(0, 3).map((d) => `${d} · build base`), 'series-retest-100u · build fixed'],
      [1, 2, 3, null],
    ],
  ])('%s', (_what, builds, names, factors) => {
    const c = compare(builds);
    const bars = scalingBars(c)!;
    const at50 = c.summary.find((r) => r.metric === 'goodputRps')!.values[0]!;
    expect(bars.map((b) => b.name)).toEqual(names);
    bars.forEach((b, i) => {
      const f = factors[i];
      if (f === null) expect(b.expected).toBeNull();
      else expect(b.expected).toBeCloseTo(at50 * f!, 10);
    });
  });
});
