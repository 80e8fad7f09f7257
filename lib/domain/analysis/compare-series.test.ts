// Golden comparison of a real series at several loads: ONS eq-survey-runner benchmark, Locust 1.2.3,
// 1 / 10 / 15 / 80 users (fixtures/locust-real/ons-srb-0011-locust1.2.3). Expected values read by
// hand from each run's _stats.csv Aggregated row and _stats_history.csv (first/last timestamp, peak users).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseUpload } from '../locust/index';
import { compareRuns } from './compare-runs';

const DIR = join(import.meta.dirname, '../../../fixtures/locust-real/ons-srb-0011-locust1.2.3');
const PREFIXES = [
  '3500mcpu',
  '3500mcpu_10_clients',
  '3500mcpu_15_clients',
  '3500mcpu_80_clients_wait_time_min_1_max_2',
];
const runs = PREFIXES.map((p) => {
  const files = ['_stats.csv', '_stats_history.csv', '_failures.csv'].map((s) => ({
    name: `${p}${s}`,
    bytes: new Uint8Array(readFileSync(join(DIR, `${p}${s}`))),
  }));
  return { id: p, run: parseUpload(files).runs[0]!.run };
});
const c = compareRuns(runs);
const row = (m: string) => c.summary.find((s) => s.metric === m)!;

test('users come from the history peaks: 1, 10, 15, 80', () => {
  expect(c.runs.map((r) => r.userCount)).toEqual([1, 10, 15, 80]);
  expect(c.targetIndex).toBe(3);
});

test('headline: latency grows in the tail, no failures at any load', () => {
  // Aggregated medians 97 / 110.0 / 130.0 / 130.0; p95 240 / 270 / 300 / 390; p99 410 / 430 / 450 / 610.
  expect(row('medianMs')).toMatchObject({ values: [97, 110, 130, 130], status: 'ok' }); // +33 ms: under the 50 ms floor
  expect(row('p95Ms')).toMatchObject({ values: [240, 270, 300, 390], status: 'critical' });
  expect(row('p95Ms').change).toBeCloseTo(390 / 240 - 1, 12);
  expect(row('p99Ms')).toMatchObject({ values: [410, 430, 450, 610], status: 'warning' });
  expect(row('successRate')).toMatchObject({ values: [1, 1, 1, 1], change: 0, status: 'ok' });
  expect(row('failures')).toMatchObject({ values: [0, 0, 0, 0], change: 0, status: 'ok' });
});

test('throughput: 8.97/s at 1 user, 117.96/s at 80 users: far below linear', () => {
  // Requests/s: 8.966403523390317 and 117.96341731065226.
  expect(c.scaling!.expectedRps).toBeCloseTo(80 * 8.966403523390317, 9);
  expect(c.scaling!.gap).toBeCloseTo(117.96341731065226 / (80 * 8.966403523390317) - 1, 12);
  expect(c.scaling!.verdict).toBe('saturated');
});

test('the 80-user run lasted 294 s against 594 s: a comparability warning', () => {
  expect(c.warnings.some((w) => w.includes('lasted 299 s, the baseline 600 s'))).toBe(true);
});
