// Change points on real Locust runs (issue 19): fixtures/locust-2.12-history holds 38 real Locust 2.12.1 runs
// against a target whose behaviour changed at known runs (its manifest.json and README.md). Every run is parsed
// with the app's parser and its figures taken as at upload (runFigures); the history worker's pure pass
// (runPass, a search from scratch at the default settings) searches every metric and scope per era; the worker's
// incremental passes, one run at a time, end with the same change points.
// Table-driven from the manifest.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { assignEras } from '@/lib/domain/history/eras';
import {
  planPass,
  runPass,
  type FoundChangePoint,
  type PartRun,
  type SeriesSnapshot,
} from '@/lib/domain/history/part-pass';
import { runFigures, type ScopeFigures, type TrendMetric } from '@/lib/domain/history/run-figures';
import { DEFAULT_HISTORY_SETTINGS, settingsKey, type HistorySettings } from '@/lib/domain/history/settings';
import { fixtureRun } from '../support/fixture-run';

const DIR = 'locust-2.12-history';

interface ManifestRun {
  run: number;
  folder: string;
  commit: string;
  locustfileSource: string;
  locustfileSha256: string;
  locustVersion: string;
  host: string;
  branch: string;
  environment: string;
}
interface Expected {
  metric: TrendMetric;
  scope: string;
  /** The first run after the change (1-based run number). */
  run: number;
  direction: 'up' | 'down';
}
interface Manifest {
  runs: ManifestRun[];
  expectedChangePoints: Expected[];
  expectedWithoutEras: Expected[];
  expectedEras: { era: number; firstRun: number }[];
}

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures', DIR, 'manifest.json'), 'utf8'),
) as Manifest;

/** Change points found beyond the manifest's, each to be checked in the data before it is listed here: none in
 *  these runs. (An earlier generation showed one, the aggregate median 140, 140, 140 → 130, 130, 130 ms at p = 0:
 *  Locust's 10 ms rounding, see the fixture's README.) */
const OBSERVED_EXTRA: Expected[] = [];

type Found = Expected & FoundChangePoint;
const key = (c: Expected) => `${c.metric} ${c.scope} @${c.run} ${c.direction}`;

let figures = new Map<string, ScopeFigures[]>();
let runs: PartRun[] = [];

beforeAll(() => {
  const parsed = manifest.runs.map((r) => fixtureRun(`${DIR}/${r.folder}`));
  figures = new Map(parsed.map((run, i) => [String(manifest.runs[i]!.run), runFigures(run)]));
  // As upload.mjs stores them: the files' start and users, the manifest's provenance.
  runs = manifest.runs.map((m, i) => ({
    runId: String(m.run),
    startTime: parsed[i]!.meta.startTime ?? '',
    userCount: parsed[i]!.meta.userCount,
    locustfileSha256: m.locustfileSha256,
    locustVersion: m.locustVersion,
    host: m.host,
    profile: null,
    commit: m.commit,
    build: m.commit.slice(0, 12),
    branch: m.branch,
    environment: m.environment,
  }));
});

/** The history worker's search over the part (every run: one user count, branch main), from scratch. */
function search(settings: HistorySettings = DEFAULT_HISTORY_SETTINGS): Found[] {
  const { eras, eraOf } = assignEras(runs, settings.eraRules);
  const key = settingsKey(settings);
  const result = runPass({ runs, eras, eraOf }, { kind: 'rebuild' }, settings, key, [], figures);
  return result.changePoints.map((c) => {
    const up = c.magnitude === null || c.magnitude > 0;
    return { ...c, run: Number(c.runId), direction: up ? 'up' : 'down' };
  });
}

describe('fixtures/locust-2.12-history: real runs with known changes', () => {
  test('every run parses: 50 users, whole-run figures only (12 s runs have no steady state)', () => {
    expect(runs).toHaveLength(38);
    for (const r of runs) {
      expect(r.userCount, r.runId).toBe(50);
      expect(figures.get(r.runId)!.every((s) => s.steady === null)).toBe(true);
    }
    const scopes = (run: number) =>
      figures
        .get(String(run))!
        .map((s) => s.scope)
        .sort();
    expect(scopes(1)).toEqual([
      'aggregate',
      'endpoint:GET /api/items',
      'endpoint:GET /api/items/[id]',
      'endpoint:GET /api/report',
      'endpoint:GET /api/search',
      'endpoint:POST /login',
    ]);
    expect(scopes(38)).toEqual([...scopes(1), 'endpoint:GET /api/notifications'].sort());
  });

  test("the manifest's locustfile sha256 is the committed locustfile's", () => {
    for (const r of manifest.runs) {
      const bytes = readFileSync(join(import.meta.dirname, '../..', r.locustfileSource));
      expect(createHash('sha256').update(bytes).digest('hex'), r.folder).toBe(r.locustfileSha256);
    }
  });

  test('the new locustfile starts era 2 at its first run', () => {
    const { eras } = assignEras(runs, DEFAULT_HISTORY_SETTINGS.eraRules);
    expect(eras.map((e) => Number(e.startRunId))).toEqual(manifest.expectedEras.map((e) => e.firstRun));
    expect(eras[1]!.reason).toMatch(/^locustfile changed/);
  });

  describe('per era, at the default settings', () => {
    let found: Found[] = [];
    beforeAll(() => {
      found = search();
    });

    test.each(manifest.expectedChangePoints.map((e) => [key(e), e] as const))('found: %s', (_, e) => {
      const hit = found.find((c) => c.metric === e.metric && c.scope === e.scope && c.run === e.run);
      expect(hit, `${key(e)} among ${found.map(key).join('; ')}`).toBeDefined();
      expect(hit!.direction).toBe(e.direction);
      expect(hit!.pValue).toBeLessThanOrEqual(0.001);
      // Each designed change comes with a new build: the change point names the commits around it.
      const commit = hit!.metadataChanges.find((m) => m.field === 'commit');
      expect(commit).toEqual({ field: 'commit', before: runs[e.run - 2]!.commit, after: runs[e.run - 1]!.commit });
    });

    test('nothing else is found (false positives, each investigated, listed in OBSERVED_EXTRA)', () => {
      const expected = new Set([...manifest.expectedChangePoints, ...OBSERVED_EXTRA].map(key));
      expect(found.map(key).filter((k) => !expected.has(k))).toEqual([]);
    });

    test('no change point crosses the era boundary (run 33: a new locustfile, the same app)', () => {
      const boundary = manifest.expectedEras[1]!.firstRun;
      expect(found.filter((c) => c.run === boundary)).toEqual([]);
      const eraOf = (run: number) => (run < boundary ? 1 : 2);
      for (const c of found) expect(eraOf(Number(c.previousRunId)), key(c)).toBe(eraOf(c.run));
    });
  });

  test('runs arriving one at a time (the worker extending the current era) end with the same change points', () => {
    const settings = DEFAULT_HISTORY_SETTINGS;
    const key = settingsKey(settings);
    let stored: SeriesSnapshot[] = [];
    const byEra = new Map<string, string[]>();
    const id = (c: FoundChangePoint) => `${c.metric} ${c.scope} @${c.runId} ${c.magnitude}`;
    for (let n = 1; n <= runs.length; n++) {
      const { eras, eraOf } = assignEras(runs.slice(0, n), settings.eraRules);
      const layout = { runs: runs.slice(0, n), eras, eraOf };
      const result = runPass(layout, planPass(layout, key, stored), settings, key, stored, figures);
      stored = result.series;
      for (const era of result.erasSearched) {
        byEra.set(era, result.changePoints.filter((c) => c.eraStartRunId === era).map(id));
      }
    }
    const scratch = search().map(id);
    expect([...byEra.values()].flat().sort()).toEqual(scratch.sort());
  });

  test('without eras, the new locustfile looks like a change at run 33', () => {
    const found = search({ ...DEFAULT_HISTORY_SETTINGS, eraRules: [] }).map(key);
    for (const e of manifest.expectedWithoutEras) expect(found, key(e)).toContain(key(e));
  });
});
