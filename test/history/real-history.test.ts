// Change points on real Locust runs (issue 19): fixtures/locust-2.12-history holds 38 real Locust 2.12.1 runs
// against a target whose behaviour changed at known runs (its manifest.json and README.md). Every run is parsed
// with the app's parser, its figures taken as at upload (runFigures), and each metric's trend per scope (the
// aggregate and every endpoint) analysed at the default settings, per era. Table-driven from the manifest.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runFigures, TREND_METRICS, type TrendMetric } from '@/lib/domain/history/run-figures';
import { trendChangePoints, trendOf, type Trend, type TrendRun } from '@/lib/domain/history/trend';
import type { EraRule } from '@/lib/domain/history/eras';
import type { ParsedRun } from '@/lib/domain/locust/types';
import { fixtureRun } from '../support/fixture-run';

const DIR = 'locust-2.12-history';

interface ManifestRun {
  run: number;
  folder: string;
  commit: string;
  locustfileSource: string;
  locustfileSha256: string;
  host: string;
  userCount: number;
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

type Found = Expected & { magnitude: number | null; pValue: number; previousRunId: string };
const key = (c: Expected) => `${c.metric} ${c.scope} @${c.run} ${c.direction}`;

let parsed: ParsedRun[] = [];
let figures: ReturnType<typeof runFigures>[] = [];

beforeAll(() => {
  parsed = manifest.runs.map((r) => fixtureRun(`${DIR}/${r.folder}`));
  figures = parsed.map(runFigures);
});

/** A metric's trend over the runs in one scope: the value a run has (whole run: these runs have no steady
 *  state), with the provenance the upload script sends (locustfile sha256, host). */
function trendIn(metric: TrendMetric, scope: string, rules?: readonly EraRule[]): Trend {
  const runs: TrendRun[] = manifest.runs.map((m, i) => {
    const f = figures[i]!.find((s) => s.scope === scope);
    return {
      runId: String(m.run),
      startTime: parsed[i]!.meta.startTime ?? '',
      value: f ? (f.steady ?? f.whole)[metric] : null,
      locustfileSha256: m.locustfileSha256,
      profile: null,
      userCount: parsed[i]!.meta.userCount,
      host: m.host,
      locustVersion: parsed[i]!.meta.locustVersion,
    };
  });
  return trendOf(runs, rules);
}

/** Every change point of every metric and scope, at the defaults (the failure rate's size absolute). */
function allChangePoints(rules?: readonly EraRule[]): Found[] {
  const scopes = [...new Set(figures.flatMap((f) => f.map((s) => s.scope)))];
  const out: Found[] = [];
  for (const scope of scopes) {
    for (const metric of TREND_METRICS) {
      const kind = metric === 'failureRate' ? 'absolute' : 'relative';
      for (const c of trendChangePoints(trendIn(metric, scope, rules), { kind })) {
        const up = c.magnitude === null ? true : c.magnitude > 0;
        out.push({ metric, scope, run: Number(c.runId), direction: up ? 'up' : 'down', ...c });
      }
    }
  }
  return out;
}

describe('fixtures/locust-2.12-history: real runs with known changes', () => {
  test('every run parses: 50 users, whole-run figures only (12 s runs have no steady state)', () => {
    expect(parsed).toHaveLength(38);
    for (const [i, run] of parsed.entries()) {
      expect(run.meta.userCount, manifest.runs[i]!.folder).toBe(50);
      expect(run.history?.fullHistory).toBe(true);
      expect(figures[i]!.every((s) => s.steady === null)).toBe(true);
    }
    const scopes = (i: number) => figures[i]!.map((s) => s.scope).sort();
    expect(scopes(0)).toEqual([
      'aggregate',
      'endpoint:GET /api/items',
      'endpoint:GET /api/items/[id]',
      'endpoint:GET /api/report',
      'endpoint:GET /api/search',
      'endpoint:POST /login',
    ]);
    expect(scopes(37)).toEqual([...scopes(0), 'endpoint:GET /api/notifications'].sort());
  });

  test("the manifest's locustfile sha256 is the committed locustfile's", () => {
    for (const r of manifest.runs) {
      const bytes = readFileSync(join(import.meta.dirname, '../..', r.locustfileSource));
      expect(createHash('sha256').update(bytes).digest('hex'), r.folder).toBe(r.locustfileSha256);
    }
  });

  test('the new locustfile starts era 2 at its first run', () => {
    const { eras } = trendIn('p95Ms', 'aggregate');
    expect(eras.map((e) => Number(e.startRunId))).toEqual(manifest.expectedEras.map((e) => e.firstRun));
    expect(eras[1]!.reason).toMatch(/^locustfile changed/);
  });

  describe('per era (the default)', () => {
    let found: Found[] = [];
    beforeAll(() => {
      found = allChangePoints();
    });

    test.each(manifest.expectedChangePoints.map((e) => [key(e), e] as const))('found: %s', (_, e) => {
      const hit = found.find((c) => c.metric === e.metric && c.scope === e.scope && c.run === e.run);
      expect(hit, `${key(e)} among ${found.map(key).join('; ')}`).toBeDefined();
      expect(hit!.direction).toBe(e.direction);
      expect(hit!.pValue).toBeLessThanOrEqual(0.001);
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

  test('without eras, the new locustfile looks like a change at run 33', () => {
    const found = allChangePoints([]).map(key);
    for (const e of manifest.expectedWithoutEras) expect(found, key(e)).toContain(key(e));
  });
});
