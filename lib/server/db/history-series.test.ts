// The stored series snapshots on both databases: what replaceSeries writes, loadSeries reads back exactly
// (consecutive positions are stored as their first; others as they are), and a second write replaces the part's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import type { SeriesSnapshot } from '../../domain/history/part-pass';
import { loadSeries, replaceSeries } from './history-series';

const snapshot = (scope: string, values: number[], positions: number[]): SeriesSnapshot => ({
  metric: 'p95Ms',
  scope,
  eraStartRunId: 'run_a',
  seen: 9,
  throughRunId: 'run_z',
  settingsKey: 'k1',
  values: Float64Array.from(values),
  positions: Uint32Array.from(positions),
  state: { length: values.length, windows: [{ start: 0, splits: [2] }] },
});

const CASES: [string, SeriesSnapshot][] = [
  ['consecutive from 0', snapshot('GET /a', [1.5, 2.25, 120, 121], [0, 1, 2, 3])],
  ['consecutive from a later run', snapshot('GET /b', [0.1, 0.2, 0.3], [4, 5, 6])],
  ['with gaps', snapshot('GET /c', [10, 11, 12, 13], [0, 2, 3, 8])],
  ['one value', snapshot('GET /d', [Number.MAX_VALUE], [7])],
  ['no values', snapshot('GET /e', [], [])],
];

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  let projectId = '';
  beforeAll(async () => {
    t = await freshDatabase(provider);
    projectId = (await t.prisma.project.create({ data: { id: 'prj_series', name: 'Series' } })).id;
  });
  afterAll(() => t?.drop());

  test('a part written is read back exactly', async () => {
    await t.prisma.$transaction((tx) =>
      replaceSeries(
        tx,
        provider,
        projectId,
        '20',
        CASES.map((c) => c[1]),
        new Date(),
      ),
    );
    const back = new Map((await loadSeries(t.prisma, projectId, '20')).map((s) => [s.scope, s]));
    for (const [name, s] of CASES) expect(back.get(s.scope), name).toEqual(s);
  });

  test('writing a part again replaces its series and leaves other parts alone', async () => {
    const other = snapshot('GET /z', [5], [0]);
    await t.prisma.$transaction((tx) => replaceSeries(tx, provider, projectId, '40', [other], new Date()));
    const last = CASES[0]![1];
    await t.prisma.$transaction((tx) => replaceSeries(tx, provider, projectId, '20', [last], new Date()));
    expect(await loadSeries(t.prisma, projectId, '20')).toEqual([last]);
    expect(await loadSeries(t.prisma, projectId, '40')).toEqual([other]);
  });
});
