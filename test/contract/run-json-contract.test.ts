// The Run JSON additions of issue 14 (goodput, load shape, steady state, latency ceiling, capacity,
// encoding confidence), the window switch (`--window`, `?window=`), `--encoding` / the `encodings`
// upload field and `compare --criteria`, as docs/contract.md states them, on real runs.
// Compiles and passes once branches i14-steady (lib/domain/analysis/run-analysis.ts, steady-state.ts),
// i14-parser (encodings, fixtures/encodings/), i14-criteria and i14-fixtures
// (fixtures/locust-2.12-series/ramp-400u) are merged and wired into the Run JSON, the CLI and the API,
// and Comparison.runs carries durationS; the comparison's own contract is comparison-contract.test.ts.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { compareRuns } from '../../lib/domain/analysis/compare-runs';
import { runAnalysis } from '../../lib/domain/analysis/run-analysis';
import { steadyRun, steadyStateOf } from '../../lib/domain/analysis/steady-state';
import { fixtureRun } from '../support/fixture-run';
import { expectShape, FIXTURES, RUN_20U, RUN_40U, swarmlens } from './support';

const num = z.number();
const numOrNull = z.number().nullable();
const str = z.string();

const endpointStats = z.object({
  method: str.nullable(),
  name: str,
  requests: num,
  failures: num,
  medianMs: numOrNull,
  avgMs: numOrNull,
  minMs: numOrNull,
  maxMs: numOrNull,
  avgSizeBytes: numOrNull,
  rps: numOrNull,
  failuresPerS: numOrNull,
  goodputRps: numOrNull,
  percentiles: z.record(str, numOrNull),
});
const steadyState = z.object({
  startS: num,
  endS: num,
  userCount: num,
  requests: numOrNull,
  failures: numOrNull,
  rps: numOrNull,
  goodputRps: numOrNull,
  medianMs: numOrNull,
  p95Ms: numOrNull,
  approximate: z.array(str),
});
const capacity = z.object({
  peakGoodputRps: numOrNull,
  peakUsers: numOrNull,
  p95LimitMs: numOrNull,
  usersAtP95Limit: numOrNull,
  points: z.array(z.object({ users: num, goodputRps: numOrNull, p95Ms: numOrNull })),
});
const runJson = z.object({
  id: str.nullable(),
  meta: z.object({
    label: str.nullable(),
    userCount: numOrNull,
    startTime: str.nullable(),
    endTime: str.nullable(),
    durationS: numOrNull,
    host: str.nullable(),
    locustVersion: str.nullable(),
  }),
  files: z.array(
    z.object({
      name: str,
      kind: str,
      encoding: str,
      encodingConfidence: z.number().min(0).max(1).nullable(),
    }),
  ),
  aggregated: endpointStats,
  endpoints: z.array(endpointStats),
  failures: z.array(z.object({ method: str.nullable(), name: str, error: str, occurrences: num })),
  exceptions: z.array(z.unknown()),
  history: z.object({ points: num }),
  loadShape: z.enum(['plateau', 'steps', 'ramp', 'unknown']),
  steadyState: steadyState.nullable(),
  latencyCeilingMs: numOrNull,
  capacity: capacity.nullable(),
  warnings: z.array(str),
});

type RunJson = z.infer<typeof runJson>;
const u20 = fixtureRun('locust-2.12-generated/smallpool-20u');
const u40 = fixtureRun('locust-2.12-generated/smallpool-40u');
/** smallpool-20u's stats alone: no history, so no steady state. */
const STATS_ONLY = join(RUN_20U, 'smallpool-20u_stats.csv');
// The run's files, not its folder: the folder also holds the golden test's expected.json.
// The run's CSV files in a folder of their own: the fixture folder also holds the golden test's expected.json.
const GBK_SOURCE = join(FIXTURES, 'locust-real/zhajiangmian-locust1.1-gbk');
const GBK = mkdtempSync(join(tmpdir(), 'swarmlens-gbk-'));
for (const name of readdirSync(GBK_SOURCE).filter((n) => n.endsWith('.csv'))) {
  copyFileSync(join(GBK_SOURCE, name), join(GBK, name));
}
const KOREAN = ['ko-cp949_stats.csv', 'ko-cp949_failures.csv'].map((n) => join(FIXTURES, 'encodings', n)).join(',');

function parsed(args: string[]): RunJson {
  const r = swarmlens(['parse', ...args]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  const json = JSON.parse(r.stdout) as RunJson;
  expectShape(runJson, json);
  return json;
}

// Steady states from steady-state.test.ts (checked there against test/reference/steady_state.py).
const STEADY_20U = {
  startS: 15,
  endS: 58,
  userCount: 20,
  requests: 378,
  failures: 5,
  rps: 378 / 43,
  goodputRps: 373 / 43,
  medianMs: 160,
  p95Ms: 2000,
  approximate: ['medianMs', 'p95Ms'],
};
const STEADY_40U = {
  startS: 20,
  endS: 58,
  userCount: 40,
  requests: 454,
  failures: 10,
  rps: 454 / 38,
  goodputRps: 444 / 38,
  medianMs: 830,
  p95Ms: 4600,
  approximate: ['medianMs', 'p95Ms'],
};

describe('Run JSON (swarmlens parse)', () => {
  test.each([
    ['smallpool-20u', RUN_20U, u20, STEADY_20U, null],
    ['smallpool-40u', RUN_40U, u40, STEADY_40U, 9000],
  ] as const)('%s: every new field, with its type and meaning', (_name, dir, run, steady, ceiling) => {
    const json = parsed([dir]);
    // Goodput: successful requests per second, on the Aggregated row and every endpoint.
    for (const e of [json.aggregated, ...json.endpoints]) {
      expect(e.goodputRps).toBeCloseTo((e.rps! * (e.requests - e.failures)) / e.requests, 10);
    }
    expect(json.loadShape).toBe('plateau');
    expect(json.steadyState).toEqual(steady);
    // Offsets from the first history sample, inside the run.
    expect(json.steadyState!.startS).toBeGreaterThanOrEqual(0);
    expect(json.steadyState!.endS).toBeLessThanOrEqual(json.meta.durationS!);
    expect(Object.keys(json)).toContain('latencyCeilingMs');
    expect(json.latencyCeilingMs).toBe(ceiling);
    expect(json.capacity).toBeNull();
    // UTF-8 / ASCII files: the detector is sure.
    expect(json.files.map((f) => f.encodingConfidence)).toEqual(json.files.map(() => 1));
    const { loadShape, steadyState: steady2, latencyCeilingMs, capacity: cap } = json;
    expect({ loadShape, steadyState: steady2, latencyCeilingMs, capacity: cap }).toEqual(runAnalysis(run, null));
  });

  test('steadyStateOf and steadyRun: the figures, and the whole run recomputed over the window', () => {
    expect(steadyStateOf(u20)).toEqual(STEADY_20U);
    const steady = steadyRun(u20);
    expect(steady.run?.aggregated).toMatchObject({ requests: 378, failures: 5 });
    const none = steadyRun(fixtureRun('locust-2.12-generated/smallpool-20u', /_stats\.csv$/));
    expect(none.run).toBeNull();
    expect(none).toMatchObject({ reason: expect.any(String) });
  });

  test('a run without history: steadyState null, latencyCeilingMs present', () => {
    const json = parsed([STATS_ONLY]);
    expect([json.loadShape, json.steadyState, json.capacity]).toEqual(['unknown', null, null]);
    expect(Object.keys(json)).toContain('latencyCeilingMs');
  });
});

describe('a continuous ramp (fixtures/locust-2.12-series/ramp-400u: 0 → 400 users at 1/s)', () => {
  const DIR = join(FIXTURES, 'locust-2.12-series/ramp-400u');
  const FILES = readdirSync(DIR)
    .filter((n) => /^ramp-400u[_.]/.test(n))
    .map((n) => join(DIR, n))
    .join(',');
  const ramp = fixtureRun('locust-2.12-series/ramp-400u', /^ramp-400u[_.]/);

  test('loadShape ramp, no steady state, a capacity curve: its peak is its highest goodput', () => {
    const json = parsed([FILES]);
    expect([json.loadShape, json.steadyState]).toEqual(['ramp', null]);
    const cap: z.infer<typeof capacity> = runAnalysis(ramp, 3000).capacity!;
    expectShape(capacity, cap);
    expect(json.capacity?.points).toEqual(cap.points);
    const best = cap.points.reduce((a, p) => ((p.goodputRps ?? -1) > (a.goodputRps ?? -1) ? p : a));
    expect([cap.peakGoodputRps, cap.peakUsers]).toEqual([best.goodputRps, best.users]);
    // From usersAtP95Limit on, P95 is above the limit.
    expect(cap.p95LimitMs).toBe(3000);
    const above = cap.points.filter((p) => p.users >= cap.usersAtP95Limit!);
    expect(above.length).toBeGreaterThan(0);
    expect(above.every((p) => p.p95Ms === null || p.p95Ms > 3000)).toBe(true);
  });

  test('--window steady refuses it; a comparison leaves it out of the scaling curve and says why first', () => {
    const r = swarmlens(['parse', FILES, '--window', 'steady']);
    expect(r.code).toBe(2);
    const c = compareRuns([
      { id: null, run: u20 },
      { id: null, run: u40 },
      { id: null, run: ramp },
    ]);
    const excluded = [{ index: 2, label: 'ramp-400u', reason: expect.stringContaining('ramp') }];
    expect(c.scalingCurve!.excluded).toEqual(excluded);
    expect(c.headlineNotes.some((n) => n.includes('continuous ramp'))).toBe(true);
  });
});

describe('the window switch on the command line', () => {
  test('parse --window steady: the same shape, over the steady state', () => {
    const json = parsed([RUN_20U, '--window', 'steady']);
    expect(json.aggregated).toMatchObject({ requests: 378, failures: 5 });
    expect(Object.keys(json).sort()).toEqual(Object.keys(parsed([RUN_20U])).sort());
  });

  test("compare --window steady: every figure over each run's steady state", () => {
    const r = swarmlens(['compare', RUN_20U, RUN_40U, '--window', 'steady']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.summary.find((s: { metric: string }) => s.metric === 'requests').values).toEqual([378, 454]);
  });

  test.each([
    [['parse', STATS_ONLY, '--window', 'steady'], /smallpool-20u/],
    [['compare', RUN_20U, STATS_ONLY, '--window', 'steady'], /smallpool-20u/],
    [['parse', RUN_20U, '--window', 'middle'], /--window/],
  ])('%j: exit 2, one line on stderr', (args, names) => {
    const r = swarmlens(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(names);
  });
});

describe('compare --criteria FILE', () => {
  test('the criteria block, and the Markdown opens with the verdict', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'swarmlens-criteria-')), 'retest.json');
    const set = { name: 'Retest', criteria: [{ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 }] };
    writeFileSync(file, JSON.stringify(set));
    const c = JSON.parse(swarmlens(['compare', RUN_20U, RUN_40U, '--criteria', file]).stdout);
    expect(c.criteria).toEqual([
      {
        name: 'Retest',
        verdict: 'NO-GO',
        results: [expect.objectContaining({ metric: 'p95Ms', current: 4200, met: false })],
      },
    ]);
    const md = swarmlens(['compare', RUN_20U, RUN_40U, '--criteria', file, '--format', 'md']).stdout;
    expect(md.split('\n')[2]).toMatch(/^\*\*Status: 🔴 NOT READY \(NO-GO\)\*\*/);
  });
});

describe('--encoding', () => {
  test('detected with its confidence; a low one is warned about', () => {
    const json = parsed([GBK]);
    const stats = json.files.find((f) => f.name === 'locust_stats.csv')!;
    expect(stats.encodingConfidence).toBeLessThan(0.8);
    expect(json.warnings.some((w) => w.startsWith('locust_stats.csv:') && w.includes('confidence'))).toBe(true);
  });

  test('LABEL for every file, FILE=LABEL for one: confidence 1', () => {
    const all = parsed([GBK, '--encoding', 'gb18030']);
    const read = all.files.map((f) => [f.encoding, f.encodingConfidence]);
    expect(read).toEqual(all.files.map(() => ['gb18030', 1]));
    const one = parsed([GBK, '--encoding', 'locust_stats.csv=gb18030']);
    const stats = one.files.find((f) => f.name === 'locust_stats.csv');
    expect(stats).toMatchObject({ encoding: 'gb18030', encodingConfidence: 1 });
  });

  test('Korean (CP949) failure messages read as Korean', () => {
    const json = parsed([KOREAN]);
    expect(json.files.map((f) => f.encoding)).toEqual(['euc-kr', 'euc-kr']);
    expect(json.failures.map((f) => f.error)).toContain("CatchResponseError('내역 요약 조회 실패: 500')");
  });

  test('an unknown label: exit 2', () => {
    expect(swarmlens(['parse', GBK, '--encoding', 'klingon']).code).toBe(2);
  });
});

test('Comparison runs carry their duration', () => {
  const c = compareRuns([
    { id: null, run: u20 },
    { id: null, run: u40 },
  ]);
  expect(c.runs.map((r) => r.durationS)).toEqual([u20.meta.durationS, u40.meta.durationS]);
});

describe('HTTP API: ?window= and the encodings field', () => {
  process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-run-contract-')), 'r.db')}`;
  const ids: Record<string, string> = {};
  type Routes = {
    runs: typeof import('../../app/api/runs/route');
    one: typeof import('../../app/api/runs/[id]/route');
    compare: typeof import('../../app/api/compare/route');
  };
  let api: Routes;

  async function upload(files: string[], fields: Record<string, string> = {}): Promise<Response> {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([readFileSync(f)]), f.slice(f.lastIndexOf('/') + 1));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return api.runs.POST(new Request('http://test/api/runs', { method: 'POST', body: form }));
  }
  const getRun = (id: string, query = '') =>
    api.one.GET(new Request(`http://test/api/runs/${id}${query}`), { params: Promise.resolve({ id }) });
  const getCompare = (query: string) => api.compare.GET(new Request(`http://test/api/compare?${query}`));
  const files = (dir: string) => readdirSync(dir).map((n) => join(dir, n));

  beforeAll(async () => {
    api = {
      runs: await import('../../app/api/runs/route'),
      one: await import('../../app/api/runs/[id]/route'),
      compare: await import('../../app/api/compare/route'),
    };
    const uploads = [
      ['u20', files(RUN_20U)],
      ['u40', files(RUN_40U)],
      ['statsOnly', [STATS_ONLY]],
    ] as const;
    for (const [key, list] of uploads) {
      ids[key] = (await (await upload([...list])).json()).id;
    }
  }, 60_000); // imports the route modules (the app's server code) and stores three runs

  test('GET /api/runs/:id: the Run JSON additions; ?window=steady over the steady state', async () => {
    const whole = await (await getRun(ids.u20!)).json();
    expectShape(runJson.omit({ id: true }), whole);
    expect(whole.steadyState).toEqual(STEADY_20U);
    const steady = await (await getRun(ids.u20!, '?window=steady')).json();
    expect(steady.aggregated).toMatchObject({ requests: 378, failures: 5 });
  });

  test.each([
    ['runs/:id, an unknown window', () => getRun(ids.u20!, '?window=middle'), 400],
    ['runs/:id, no steady state', () => getRun(ids.statsOnly!, '?window=steady'), 422],
    ['compare, an unknown window', () => getCompare(`runs=${ids.u20},${ids.u40}&window=middle`), 400],
    ['compare, a run without steady state', () => getCompare(`runs=${ids.u20},${ids.statsOnly}&window=steady`), 422],
  ])('%s: %s', async (_what, call, status) => {
    const res = await call();
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toEqual(expect.any(String));
  });

  test('GET /api/compare?window=steady', async () => {
    const res = await getCompare(`runs=${ids.u20},${ids.u40}&window=steady`);
    expect(res.status).toBe(200);
    const requests = (await res.json()).summary.find((s: { metric: string }) => s.metric === 'requests');
    expect(requests.values).toEqual([378, 454]);
  });

  test('POST /api/runs `encodings`: the chosen encoding, confidence 1; an unknown label is a 400', async () => {
    const korean = KOREAN.split(',');
    const res = await upload(korean, { encodings: JSON.stringify({ 'ko-cp949_failures.csv': 'cp949' }) });
    expect(res.status).toBe(201);
    const run = await (await getRun((await res.json()).id)).json();
    const failures = run.files.find((f: { name: string }) => f.name === 'ko-cp949_failures.csv');
    expect(failures).toMatchObject({ encoding: 'euc-kr', encodingConfidence: 1 });
    const unknown = await upload(korean, { encodings: JSON.stringify({ 'ko-cp949_failures.csv': 'klingon' }) });
    expect(unknown.status).toBe(400);
  });
});
