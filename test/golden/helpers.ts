// Assertion helpers for the golden tests. Expected values are literals read from the fixture
// files by hand (see each expected.json); nothing here derives expectations from the code under test.
import { expect } from 'vitest';
import type { z } from 'zod';
import type { EndpointStats, ParsedRun } from '@/lib/domain/locust/types';
import type { endpointSchema, statsSchema } from './expected';

/**
 * The duration a run reports: its history (or report) span, or requests / rps when that is longer
 * (Locust's whole-run rps is requests / (last request - start): a history that stops early spans
 * less). `rpsHalfUnit`: half a unit of the last decimal the rps was written with (0.05 for legacy
 * HTML's 0.1, 0.005 for `%.2f`), so that the bound holds whatever the rounding; 0 for full floats.
 */
export function runDurationS(spanS: number, requests: number, rps: number, rpsHalfUnit = 0): number {
  return Math.max(spanS, requests / (rps + rpsHalfUnit));
}

/** Expected figures of one stats row (shape: statsSchema in expected.ts); absent keys are not checked. */
export type ExpectedStats = z.infer<typeof statsSchema>;
export type ExpectedEndpoint = z.infer<typeof endpointSchema>;

function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => Number(a) - Number(b));
}

export function checkStats(actual: EndpointStats, exp: ExpectedStats, what: string): void {
  if (exp.requests !== undefined) expect(actual.requests, `${what} requests`).toBe(exp.requests);
  if (exp.failures !== undefined) expect(actual.failures, `${what} failures`).toBe(exp.failures);
  if (exp.medianMs === null) expect(actual.medianMs, `${what} medianMs`).toBeNull();
  else if (exp.medianMs !== undefined) expect(actual.medianMs, `${what} medianMs`).toBe(exp.medianMs);
  if (exp.avgMs !== undefined) expect(actual.avgMs, `${what} avgMs`).toBeCloseTo(exp.avgMs, 6);
  if (exp.minMs !== undefined) expect(actual.minMs, `${what} minMs`).toBeCloseTo(exp.minMs, 6);
  if (exp.maxMs !== undefined) expect(actual.maxMs, `${what} maxMs`).toBeCloseTo(exp.maxMs, 6);
  if (exp.rps !== undefined) expect(actual.rps, `${what} rps`).toBeCloseTo(exp.rps, 6);
  for (const [k, v] of Object.entries(exp.percentiles ?? {})) {
    expect(actual.percentiles[k], `${what} percentile ${k}`).toBe(v);
  }
  if (exp.percentileKeys) {
    expect(sortedKeys(Object.keys(actual.percentiles)), `${what} percentile keys`).toEqual(
      sortedKeys(exp.percentileKeys),
    );
  }
}

export function checkAggregated(run: ParsedRun, exp: ExpectedStats): void {
  // locust-formats §1.3: the total row has an empty or "None" Type -> no method in the model.
  expect(run.aggregated.method, 'aggregated method').toBeNull();
  checkStats(run.aggregated, exp, 'aggregated');
}

export function findEndpoint(run: ParsedRun, method: string, name: string): EndpointStats {
  const hits = run.endpoints.filter((e) => e.method === method && e.name === name);
  expect(hits, `endpoint ${method} ${name}`).toHaveLength(1);
  return hits[0] as EndpointStats;
}

export function checkEndpoint(run: ParsedRun, exp: ExpectedEndpoint): void {
  checkStats(findEndpoint(run, exp.method, exp.name), exp, `${exp.method} ${exp.name}`);
}

export function sumOccurrences(run: ParsedRun): number {
  return run.failures.reduce((s, f) => s + f.occurrences, 0);
}

export function sumExceptionCounts(run: ParsedRun): number {
  return run.exceptions.reduce((s, e) => s + e.count, 0);
}

/** Start/end as ISO-8601 UTC (compared as instants, so any ISO rendering passes). */
export function checkTimes(run: ParsedRun, startIso: string, endIso: string, durationS: number): void {
  expect(run.meta.startTime, 'startTime').not.toBeNull();
  expect(run.meta.endTime, 'endTime').not.toBeNull();
  // These files state UTC (epoch seconds, ISO "Z", or a UTC-era report): the ISO string must carry a zone.
  expect(run.meta.startTime, 'startTime zone').toMatch(/(Z|[+-]\d\d:?\d\d)$/);
  expect(run.meta.endTime, 'endTime zone').toMatch(/(Z|[+-]\d\d:?\d\d)$/);
  expect(Date.parse(run.meta.startTime as string), `startTime ${run.meta.startTime}`).toBe(Date.parse(startIso));
  expect(Date.parse(run.meta.endTime as string), `endTime ${run.meta.endTime}`).toBe(Date.parse(endIso));
  expect(run.meta.durationS, 'durationS').toBeCloseTo(durationS, 6);
}

/**
 * Legacy-HTML "During" stamps are wall-clock times whose zone the file does not state
 * (locust-formats §6.4). Accept any rendering that differs from the as-if-UTC reading by a whole
 * quarter hour within +-14 h; the duration is zone-free and must be exact.
 */
export function checkWallClockTimes(run: ParsedRun, startAsUtc: string, endAsUtc: string, durationS: number): void {
  expect(run.meta.durationS, 'durationS').toBeCloseTo(durationS, 6);
  for (const [actual, wall, what] of [
    [run.meta.startTime, startAsUtc, 'startTime'],
    [run.meta.endTime, endAsUtc, 'endTime'],
  ] as const) {
    if (actual === null) continue;
    // A zone-less rendering ("2021-10-07T12:01:32") is read as UTC here, not in the test machine's zone.
    const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(actual);
    const offsetMin = (Date.parse(zoned ? actual : `${actual}Z`) - Date.parse(wall)) / 60_000;
    expect(Number.isInteger(offsetMin / 15), `${what} ${actual} vs wall clock ${wall}`).toBe(true);
    expect(Math.abs(offsetMin), `${what} ${actual} vs wall clock ${wall}`).toBeLessThanOrEqual(14 * 60);
  }
}

/**
 * Runs without a history or report header: the files give no start/end time.
 * A duration is not stated either; if the parser infers one it must agree with
 * requests / (whole-run Requests/s) read from the Aggregated row (within 2 %).
 */
export function checkNoTimes(run: ParsedRun, requests: number, rps: number): void {
  expect(run.meta.startTime, 'startTime').toBeNull();
  expect(run.meta.endTime, 'endTime').toBeNull();
  if (run.meta.durationS !== null) {
    const inferred = requests / rps;
    const what = `durationS ${run.meta.durationS} vs ~${inferred}`;
    expect(Math.abs(run.meta.durationS - inferred), what).toBeLessThanOrEqual(inferred * 0.02);
  }
}
