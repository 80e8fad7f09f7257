// Load steps of one run. A synthetic Locust 1.2+ history (50 → 100 → 150 users, generated below and
// parsed with parseUpload like an upload) and real files. Expected figures were computed
// independently: by a Python csv-module script over the generated text (and over the real files),
// and checked against the generator's own per-second increments.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFile, parseUpload } from '../locust/index';
import { synthetic, T0 } from '../../../test/support/stepped-run';
import type { ParsedRun } from '../locust/types';
import { compareRuns } from './compare-runs';
import { loadPlateaus, splitIntoSteps, stepsAsRuns } from './load-steps';

describe('synthetic 50 → 100 → 150 users, full history with ~10 s windows', () => {
  const run = synthetic({ full: true, reset: false });
  const steps = splitIntoSteps(run);

  test('three plateaus; pre-start (0 users), ramps and post-stop rows ignored', () => {
    expect(run.history).toMatchObject({ percentileWindow: 'current-window', fullHistory: true });
    expect(steps.map((s) => [s.index, s.users, s.startS - T0, s.endS - T0, s.durationS, s.rows])).toEqual([
      [1, 50, 9, 69, 60, 61],
      [2, 100, 74, 134, 60, 61],
      [3, 150, 139, 199, 60, 61],
    ]);
  });

  test('exact counts from the cumulative totals', () => {
    // Python over the text: Total Request Count differences; equal to the generator's increments summed
    // over (start, end].
    expect(steps.map((s) => [s.requests, s.failures])).toEqual([
      [660, 8],
      [1837, 31],
      [2790, 33],
    ]);
    expect(steps.map((s) => s.rps)).toEqual([11, 1837 / 60, 46.5]);
    expect(steps[1]!.failureRate).toBe(31 / 1837);
    expect(steps.every((s) => s.countsExact && s.resetsAtS.length === 0)).toBe(true);
  });

  test('latency: medians of the window values from 10 s into each step', () => {
    // Aggregated 50% column over rows k = start+10 … end: medians 82, 132, 182 (ramp-lagged values excluded).
    expect(steps.map((s) => [s.p50Ms, s.p95Ms, s.p99Ms])).toEqual([
      [82, 246, 410],
      [132, 396, 660],
      [182, 546, 910],
    ]);
    expect(steps.map((s) => s.latencyRows)).toEqual([51, 51, 51]);
    expect(steps[0]!.latencyBasis).toBe('current-window');
    expect(steps[0]!.notes.join(' ')).toContain('not a percentile of all the step');
  });

  test('steps as runs: per-endpoint figures, and compareRuns over them', () => {
    const runs = stepsAsRuns(run, steps);
    expect(runs.map((r) => [r.meta.label, r.meta.userCount, r.meta.durationS])).toEqual([
      ['50 users (step 1)', 50, 60],
      ['100 users (step 2)', 100, 60],
      ['150 users (step 3)', 150, 60],
    ]);
    // /b first appears at second 80, inside step 2: no requests in step 1.
    const fig = (r: ParsedRun) => r.endpoints.map((e) => [e.method, e.name, e.requests, e.failures, e.medianMs]);
    expect(fig(runs[0]!)).toEqual([
      ['GET', '/a', 660, 8, 72],
      ['POST', '/b', 0, 0, null],
    ]);
    expect(fig(runs[1]!)).toEqual([
      ['GET', '/a', 1260, 9, 122],
      ['POST', '/b', 577, 22, 310],
    ]);
    expect(fig(runs[2]!)).toEqual([
      ['GET', '/a', 1860, 9, 174],
      ['POST', '/b', 930, 24, 410],
    ]);
    expect(runs[1]!.aggregated).toMatchObject({
      requests: 1837,
      failures: 31,
      rps: 1837 / 60,
      medianMs: 132,
      percentiles: { '50': 132, '95': 396, '99': 660 },
      maxMs: null,
      avgMs: null,
    });
    const c = compareRuns(runs.map((run, i) => ({ id: `step${i + 1}`, run })));
    expect(c.runs.map((r) => r.userCount)).toEqual([50, 100, 150]);
    expect(c.summary.find((s) => s.metric === 'rps')!.values).toEqual([11, 1837 / 60, 46.5]);
    expect(c.scaling).toMatchObject({ expectedRps: 33, actualRps: 46.5, verdict: 'linear' });
    expect(c.warnings).toEqual([]);
  });
});

describe('synthetic stepped run with a stats reset inside step 2', () => {
  const run = synthetic({ full: true, reset: true });
  const steps = splitIntoSteps(run);

  test('the counter base restarts at the reset; the counts there are lower bounds', () => {
    expect(run.history!.resetsAtS).toEqual([T0 + 100]);
    // Step 2: (total at 99 − total at 74) + total at 134 after the reset = 1821: the generator made 1837,
    // the 16 written before the reset within second 100 are lost (and 1 of 31 failures).
    expect(steps.map((s) => [s.requests, s.failures, s.countsExact])).toEqual([
      [660, 8, true],
      [1821, 30, false],
      [2790, 33, true],
    ]);
    expect(steps[1]!.resetsAtS).toEqual([T0 + 100]);
    expect(steps[1]!.notes[0]).toContain('lower bounds');
    // Windows restart empty (0) for 10 s after the reset; those rows are skipped.
    expect(steps[1]!.latencyRows).toBe(41);
    const runs = stepsAsRuns(run, steps);
    expect(runs[1]!.endpoints.map((e) => [e.name, e.requests, e.failures, e.medianMs])).toEqual([
      ['/a', 1249, 9, 124],
      ['/b', 572, 21, 310],
    ]);
  });
});

describe('synthetic Aggregated-only history (Locust 1.2+: cumulative percentiles)', () => {
  const run = synthetic({ full: false, reset: false });
  const steps = splitIntoSteps(run);

  test('same exact counts, latency null and explained, no endpoints', () => {
    expect(run.history).toMatchObject({ percentileWindow: 'cumulative', fullHistory: false });
    expect(steps.map((s) => [s.users, s.requests, s.failures])).toEqual([
      [50, 660, 8],
      [100, 1837, 31],
      [150, 2790, 33],
    ]);
    expect(
      steps.every((s) => s.p50Ms === null && s.p95Ms === null && s.p99Ms === null && s.latencyBasis === 'cumulative'),
    ).toBe(true);
    expect(steps[0]!.notes[1]).toContain('cumulative since the start');
    const runs = stepsAsRuns(run, steps);
    expect(runs.every((r) => r.endpoints.length === 0 && r.aggregated.medianMs === null)).toBe(true);
  });

  test('a longer minimum step leaves one plateau or none: no steps', () => {
    expect(splitIntoSteps(run, { minStepS: 61 })).toEqual([]);
    expect(loadPlateaus(run, { minStepS: 60 })).toHaveLength(3);
  });
});

describe('real files', () => {
  test('smallpool-40u (Locust 2.12, ramp 4/s to 40 then constant): one plateau, so no steps', () => {
    const dir = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-40u');
    const run = parseUpload(
      readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })),
    ).runs[0]!.run;
    expect(splitIntoSteps(run)).toEqual([]);
    // Python over the Aggregated history rows: 40 users from 1795730427 to 1795730475; Total Request
    // Count 175 → 763, Total Failure Count 1 → 13; 50% column medians over t ≥ 1795730437.
    const [p] = loadPlateaus(run);
    expect(loadPlateaus(run)).toHaveLength(1);
    expect(p).toMatchObject({
      users: 40,
      startS: 1795730427,
      endS: 1795730475,
      durationS: 48,
      requests: 588,
      failures: 12,
      rps: 12.25,
      countsExact: true,
    });
    expect([p!.p50Ms, p!.p95Ms, p!.p99Ms, p!.latencyRows]).toEqual([830, 4300, 6400, 39]);
    const endpoints = stepsAsRuns(run, [p!])[0]!.endpoints;
    expect(endpoints.reduce((a, e) => a + e.requests, 0)).toBe(588);
    expect(endpoints.find((e) => e.method === 'POST' && e.name === '/accounts/login/')).toMatchObject({
      requests: 26,
      failures: 0,
    });
    expect(endpoints.find((e) => e.method === 'GET' && e.name === '/dashboard/')).toMatchObject({
      requests: 75,
      failures: 2,
    });
  });

  test('stats reset mid-file (Locust 1.2+ quirk): totals 150 → 161, reset, 9', () => {
    const name = 'quirk__v1.2-2.46.3__stats_history__stats-reset-midrun.csv';
    const file = parseFile({
      name,
      bytes: new Uint8Array(readFileSync(join(import.meta.dirname, '../../../fixtures/locust-examples', name))),
    });
    const run = { history: file.history! };
    // Four rows at 10 users over 3 s: one plateau, so no steps; as a plateau: 11 + 9 requests, a lower bound.
    expect(splitIntoSteps(run, { minStepS: 0 })).toEqual([]);
    expect(loadPlateaus(run, { minStepS: 0 })[0]).toMatchObject({
      users: 10,
      startS: 1700000100,
      endS: 1700000103,
      requests: 20,
      failures: 0,
      countsExact: false,
      resetsAtS: [1700000102],
      p50Ms: null,
      latencyBasis: 'cumulative',
    });
    expect(loadPlateaus(run)).toEqual([]); // 3 s < 30 s
  });

  test('a history without cumulative totals (as from HTML reports): counts null, and no pseudo-run', () => {
    const run = synthetic({ full: true, reset: false });
    const nan = (s: NonNullable<ParsedRun['history']>['aggregated']) => ({
      ...s,
      totalRequests: s.totalRequests.map(() => NaN),
      totalFailures: s.totalFailures.map(() => NaN),
    });
    const h = run.history!;
    const bare = { ...run, history: { ...h, aggregated: nan(h.aggregated), endpoints: h.endpoints.map(nan) } };
    const steps = splitIntoSteps(bare);
    expect(steps.map((s) => [s.users, s.requests, s.failures, s.rps, s.failureRate, s.countsExact, s.p50Ms])).toEqual([
      [50, null, null, null, null, false, 82],
      [100, null, null, null, null, false, 132],
      [150, null, null, null, null, false, 182],
    ]);
    expect(steps[0]!.notes[0]).toBe('Requests and failures unknown: this history has no cumulative totals.');
    expect(stepsAsRuns(bare, steps)).toEqual([]);
  });

  test('no history, or a history without user counts (Locust 0.14): no steps', () => {
    expect(splitIntoSteps({ history: null })).toEqual([]);
    const dir = join(import.meta.dirname, '../../../fixtures/locust-real/ons-srb-0003-locust0.14');
    const files = ['_stats.csv', '_stats_history.csv'].map((s) => ({
      name: `baseline_5_clients${s}`,
      bytes: new Uint8Array(readFileSync(join(dir, `baseline_5_clients${s}`))),
    }));
    expect(loadPlateaus(parseUpload(files).runs[0]!.run)).toEqual([]);
  });
});
