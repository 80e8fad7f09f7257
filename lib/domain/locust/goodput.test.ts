// Goodput = rps × (requests − failures) / requests, on smallpool-40u (Locust 2.12): figures read
// off smallpool-40u_stats.csv by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { goodputRps as fromAnalysis } from '../analysis/goodput';
import { goodputRps } from './goodput';
import { parseRunFiles, toRunJson } from './index';

const dir = new URL('../../../fixtures/locust-2.12-generated/smallpool-40u/', import.meta.url);
const run = parseRunFiles(
  readdirSync(dir)
    .filter((n) => n.endsWith('.csv'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) })),
);
const json = toRunJson(run);

describe('goodput in the Run JSON (smallpool-40u)', () => {
  test('aggregated: 772 requests, 13 failures at 13.035422806144089 req/s -> 759 successes at 12.816 req/s', () => {
    expect(json.aggregated.goodputRps).toBeCloseTo((13.035422806144089 * 759) / 772, 12);
    expect(json.aggregated.goodputRps).toBeCloseTo(12.8159, 4);
  });

  test.each([
    // row of smallpool-40u_stats.csv: requests, failures, Requests/s
    ['GET', '/detail_project/[id]/rekap-rab/', 104, 7, 1.7560673210349549],
    ['GET', '/dashboard/', 87, 2, 1.4690178550965487],
    ['GET', '/detail_project/[id]/export/rekap-rab/pdf/', 14, 0, 0.23639367783162854],
  ])('%s %s: %i requests, %i failures at %f req/s', (method, name, requests, failures, rps) => {
    const row = json.endpoints.find((e) => e.method === method && e.name === name)!;
    expect(row).toMatchObject({ requests, failures, rps });
    expect(row.goodputRps).toBeCloseTo((rps * (requests - failures)) / requests, 12);
  });

  test('every row has it; they sum to the aggregated goodput (one shared denominator, locust-formats §9.4)', () => {
    expect(json.endpoints.every((e) => typeof e.goodputRps === 'number')).toBe(true);
    const sum = json.endpoints.reduce((s, e) => s + (e.goodputRps ?? 0), 0);
    expect(sum).toBeCloseTo(json.aggregated.goodputRps!, 9);
  });
});

test.each([
  [{ requests: 10, failures: 10, rps: 2 }, 0],
  [{ requests: 0, failures: 0, rps: 0 }, null],
  [{ requests: 5, failures: 1, rps: null }, null],
  [{ requests: 8, failures: 3, rps: 4 }, 2.5],
])('goodputRps(%j) = %s', (stats, want) => {
  expect(goodputRps(stats)).toBe(want);
  expect(fromAnalysis(stats)).toBe(want);
});
