// The Comparison JSON of docs/contract.md, field by field with its documented type, on the real
// smallpool runs (20 and 40 users) from compareRuns, from `swarmlens compare` and from GET /api/compare.
// The fields added by issue 14 also get their documented meaning checked.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { compareRuns } from '../../lib/domain/analysis/compare-runs';
import type { Comparison } from '../../lib/domain/analysis/types';
import { evaluateCriteria } from '../../lib/domain/criteria/evaluate';
import type { ParsedRun } from '../../lib/domain/locust/types';
import { fixtureRun } from '../support/fixture-run';
import { expectShape, RUN_20U, RUN_40U, swarmlens } from './support';

const num = z.number();
const numOrNull = z.number().nullable();
const str = z.string();
const STATUS = z.enum(['improved', 'ok', 'warning', 'critical', 'inconclusive']);
const VERDICT = z.enum(['linear', 'sublinear', 'saturated', 'unknown']);
const METRICS = [
  'successRate',
  'failures',
  'requests',
  'rps',
  'goodputRps',
  'medianMs',
  'p75Ms',
  'p90Ms',
  'p95Ms',
  'p99Ms',
  'maxMs',
];

const summaryRow = z.object({
  metric: z.enum(METRICS as [string, ...string[]]),
  values: z.array(numOrNull),
  change: numOrNull,
  status: STATUS,
  pValue: numOrNull,
  reason: str,
  expected: numOrNull.optional(),
  real: z.boolean().nullable().optional(),
  evidence: str.optional(),
  atCeiling: z.object({ baseline: z.boolean(), target: z.boolean() }).optional(),
  beyondCriterion: str.optional(),
});

const endpoint = z.object({
  method: str.nullable(),
  name: str,
  runs: z.array(
    z
      .object({
        requests: num,
        failures: num,
        failureRate: numOrNull,
        medianMs: numOrNull,
        p95Ms: numOrNull,
        maxMs: numOrNull,
      })
      .nullable(),
  ),
  failureRateChange: numOrNull,
  failurePValue: numOrNull,
  failurePValueAdjusted: numOrNull,
  failureStatus: STATUS,
  insufficientData: z.boolean(),
  newFailures: z.boolean(),
  medianChange: numOrNull,
  p95Change: numOrNull,
});

const scaling = z.object({
  basis: z.literal('goodput'),
  expectedRps: numOrNull,
  actualRps: numOrNull,
  gap: numOrNull,
  expectedGoodputRps: numOrNull,
  actualGoodputRps: numOrNull,
  goodputGap: numOrNull,
  fromUsers: num,
  toUsers: num,
  verdict: VERDICT,
  reason: str,
});

const uslFit = z.object({
  lambda: num,
  sigma: num,
  kappa: num,
  r2: numOrNull,
  rmseRps: num,
  points: num,
  distinctLoads: num,
  peakUsers: numOrNull,
  peakRps: numOrNull,
  ceilingRps: numOrNull,
});

const scalingCurve = z.object({
  basis: z.literal('goodput'),
  points: z.array(
    z.object({
      label: str.nullable(),
      users: num,
      rps: num,
      goodputRps: num,
      linearRps: num,
      linearGoodputRps: num,
      efficiency: numOrNull,
      medianMs: numOrNull,
      p95Ms: numOrNull,
      uslRps: numOrNull,
    }),
  ),
  excluded: z.array(z.object({ index: num, label: str.nullable(), reason: str })),
  fit: uslFit.nullable(),
  verdict: VERDICT,
  saturationUsers: numOrNull,
  evidence: str,
});

const failureDiff = z.object({
  method: str.nullable(),
  name: str,
  error: str,
  example: str,
  category: str,
  statusCode: numOrNull,
  occurrences: z.array(numOrNull),
  rates: z.array(numOrNull),
  change: numOrNull,
  status: z.enum(['new', 'resolved', 'grown', 'shrunk', 'same', 'not-comparable']).nullable(),
});

const criteriaBlock = z.object({
  name: str,
  verdict: z.enum(['GO', 'CONDITIONAL', 'NO-GO']),
  results: z.array(
    z.object({
      metric: str,
      scope: str,
      op: str,
      target: num,
      current: numOrNull,
      met: z.boolean().nullable(),
      reason: str.optional(),
      judged: z.literal(false).optional(),
    }),
  ),
});

const comparison = z.object({
  runs: z.array(z.object({ id: str.nullable(), label: str.nullable(), userCount: numOrNull })),
  baselineIndex: num,
  targetIndex: num,
  summary: z.array(summaryRow),
  endpoints: z.array(endpoint),
  scaling: scaling.nullable(),
  scalingCurve: scalingCurve.nullable(),
  failureDiffs: z.array(failureDiff),
  pAdjustMethod: z.literal('holm'),
  statisticsNote: str.min(1),
  latencyCeilingsMs: z.array(numOrNull),
  criteria: z.array(criteriaBlock),
  criteriaOutOfScope: z.array(z.object({ name: str, appliesTo: z.record(z.string(), z.unknown()), reason: str })),
  headlineNotes: z.array(str),
  warnings: z.array(str),
  groups: z.array(z.unknown()),
  failureConcentration: z.array(z.unknown()),
  latencyAttribution: z.object({}),
  failureAttribution: z.object({}),
  distributionWords: z.array(str),
  steps: z.unknown(),
});

const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');
const pair = (a: ParsedRun, b: ParsedRun, extras = {}) =>
  compareRuns(
    [
      { id: null, run: a },
      { id: null, run: b },
    ],
    0,
    undefined,
    [],
    extras,
  );
const rowOf = (c: Comparison, metric: string) => c.summary.find((r) => r.metric === metric)!;

/** What every documented field must satisfy beyond its type, on any comparison of n runs. */
function expectContract(c: Comparison) {
  expectShape(comparison, c);
  const n = c.runs.length;
  expect(c.summary.map((r) => r.metric)).toEqual(METRICS);
  for (const row of c.summary) expect(row.values).toHaveLength(n);
  for (const e of c.endpoints) expect(e.runs).toHaveLength(n);
  for (const d of c.failureDiffs) expect([d.occurrences.length, d.rates.length]).toEqual([n, n]);
  expect(c.latencyCeilingsMs).toHaveLength(n);
  // Holm never lowers a p-value, and an adjusted value exists exactly where a raw one does.
  for (const e of c.endpoints) {
    expect(e.failurePValueAdjusted === null).toBe(e.failurePValue === null);
    if (e.failurePValue !== null) expect(e.failurePValueAdjusted!).toBeGreaterThanOrEqual(e.failurePValue);
  }
  if (c.scaling) expect(c.scaling.verdict).toBe(c.scalingCurve?.verdict);
}

describe('compareRuns: smallpool 20u vs 40u', () => {
  const c = pair(u20, u40);

  test('every documented field, with its type', () => expectContract(c));

  test('goodput: its own row after rps, successful requests per second; throughput keeps counting all requests', () => {
    const [rps, goodput] = [rowOf(c, 'rps'), rowOf(c, 'goodputRps')];
    // smallpool-20u: 9.33 req/s × 544 / 552 successful; smallpool-40u: 13.04 × 759 / 772.
    expect(rps.values).toEqual([u20.aggregated.rps, u40.aggregated.rps]);
    expect(goodput.values[0]).toBeCloseTo((u20.aggregated.rps! * 544) / 552, 10);
    expect(goodput.values[1]).toBeCloseTo((u40.aggregated.rps! * 759) / 772, 10);
  });

  test('one scaling story on goodput, from the smaller load, in either order', () => {
    const reversed = compareRuns([
      { id: null, run: u40 },
      { id: null, run: u20 },
    ]);
    for (const x of [c, reversed]) {
      const verdict = x.scalingCurve!.verdict;
      expect(x.scaling).toMatchObject({ basis: 'goodput', fromUsers: 20, toUsers: 40, verdict });
      const at20 = rowOf(x, 'goodputRps').values[x.runs.findIndex((r) => r.userCount === 20)]!;
      expect(x.scaling!.expectedGoodputRps).toBeCloseTo(2 * at20, 10);
      expect(x.scalingCurve!.points.map((p) => p.users)).toEqual([20, 40]);
      expect(x.scalingCurve!.basis).toBe('goodput');
    }
    const [p20, p40] = c.scalingCurve!.points;
    expect(p40!.linearGoodputRps).toBeCloseTo(2 * p20!.goodputRps, 10);
    expect(p40!.efficiency).toBeCloseTo(p40!.goodputRps / p40!.linearGoodputRps, 10);
  });

  test('the status set changed: "improved" and "inconclusive" are statuses scripts now see', () => {
    // 40u as the baseline: 20u's median 160 ms against 520 ms is better, no longer "ok".
    const reversed = compareRuns([
      { id: null, run: u40 },
      { id: null, run: u20 },
    ]);
    expect(reversed.summary.find((r) => r.metric === 'medianMs')!.status).toBe('improved');
    // GET /dashboard/: 0/32 → 2/87 failed, not significant after Holm: inconclusive, not ok.
    const dashboard = c.endpoints.find((e) => e.name === '/dashboard/')!;
    expect([dashboard.failureStatus, dashboard.failurePValueAdjusted]).toEqual(['inconclusive', 1]);
  });

  test('no criteria given: criteria is []; with a criteria set, its verdict on the target', () => {
    expect(c.criteria).toEqual([]);
    const set = { name: 'Retest', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<' as const, target: 3000 }] };
    const v = evaluateCriteria(set, u40, u20);
    const withCriteria = pair(u20, u40, { criteria: [{ name: v.name, verdict: v.verdict, results: v.results }] });
    expectContract(withCriteria);
    expect(withCriteria.criteria).toEqual([
      {
        name: 'Retest',
        verdict: 'NO-GO',
        results: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000, current: 4200, met: false }],
      },
    ]);
  });

  test('failure messages by rate per request; not-comparable when a run never called the endpoint', () => {
    // rekap-rab 500s: 2 of 71 requests, then 5 of 104.
    const rekap = c.failureDiffs.find((d) => d.name === '/detail_project/[id]/rekap-rab/' && d.statusCode === 500)!;
    expect(rekap.rates).toEqual([2 / 71, 5 / 104]);
    expect(rekap.status).toBe('grown');
    const noDashboard: ParsedRun = {
      ...u20,
      endpoints: u20.endpoints.filter((e) => e.name !== '/dashboard/'),
      failures: u20.failures.filter((f) => f.name !== '/dashboard/'),
    };
    const other = pair(noDashboard, u40);
    expectContract(other);
    const dashboard = other.failureDiffs.filter((d) => d.name === '/dashboard/');
    expect(dashboard.map((d) => [d.status, d.rates[0]])).toEqual([
      ['not-comparable', null],
      ['not-comparable', null],
    ]);
  });

  test('headline notes: identical inputs say so', () => {
    expect(c.headlineNotes.some((n) => n.includes('same files') || n.includes('identical'))).toBe(false);
    const same = compareRuns([
      { id: null, run: u20, fileHashes: ['a1', 'b2'] },
      { id: null, run: u20, fileHashes: ['b2', 'a1'] },
    ]);
    expectContract(same);
    expect(same.headlineNotes.some((n) => n.includes('same files'))).toBe(true);
  });
});

describe('swarmlens compare (JSON on stdout)', () => {
  test('the same contract from the command line', () => {
    const r = swarmlens(['compare', RUN_20U, RUN_40U]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const c = JSON.parse(r.stdout) as Comparison;
    expectContract(c);
    expect(c).toEqual(JSON.parse(JSON.stringify(pair(u20, u40))));
  });
});

describe('GET /api/compare', () => {
  process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-contract-')), 'c.db')}`;
  const ids: string[] = [];

  beforeAll(async () => {
    const runs = await import('../../app/api/runs/route');
    for (const dir of [RUN_20U, RUN_40U]) {
      const form = new FormData();
      for (const name of readdirSync(dir)) form.append('files', new Blob([readFileSync(join(dir, name))]), name);
      const res = await runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
      ids.push((await res.json()).id);
    }
  });

  test('the same contract from the HTTP API', async () => {
    const compare = await import('../../app/api/compare/route');
    const res = await compare.GET(new Request(`http://test/api/compare?runs=${ids.join(',')}`));
    expect(res.status).toBe(200);
    const c = (await res.json()) as Comparison;
    expectContract(c);
    expect(rowOf(c, 'goodputRps').values).toEqual(rowOf(pair(u20, u40), 'goodputRps').values);
  });
});
