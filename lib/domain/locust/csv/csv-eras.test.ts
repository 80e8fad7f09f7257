// Every CSV era and quirk of docs/locust-formats.md, on the hand-made examples (expected values from
// fixtures/locust-examples/README.md's shared scenario and the files themselves).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseFile, type EndpointStats } from '../index';
import { comparePercentileKeys } from '../numbers';

const read = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(`../../../../fixtures/locust-examples/${name}`, import.meta.url))),
});
const row = (rows: EndpointStats[], method: string | null, name: string) =>
  rows.find((r) => r.method === method && r.name === name);

// Hand-built files truncate times with %i and rates with %.2f; csv-module files keep raw floats.
const RAW = {
  avg: 45.67123456789,
  min: 11.234567890123,
  max: 310.5123456789,
  rps: 3.3333333333333335,
  aggAvg: 85.27978395180625,
};
const TRUNCATED = { avg: 45, min: 11, max: 310, rps: 3.33, aggAvg: 85 };

describe.each([
  ['v0.13.3-0.14.6__stats.csv', 'stats.csv 0.13.3–0.14.6', TRUNCATED, ['99.999', '100']],
  ['v1.0b1-1.0.3__stats.csv', 'stats.csv 1.0b1–1.0.3', TRUNCATED, ['99.999', '100']],
  ['v1.1-1.1.1__stats.csv', 'stats.csv 1.1–1.1.1', RAW, ['99.999', '100']],
  ['v1.2-2.43.3__stats.csv', 'stats.csv 1.2+', RAW, ['99.99', '100']],
  ['v2.43.4-2.46.3__stats.csv', 'stats.csv 1.2+', RAW, ['99.99', '100']],
  ['quirk__v1.1-2.46.3-on-windows__stats__CRCRLF.csv', 'stats.csv 1.2+', RAW, ['99.99', '100']],
])('%s', (file, format, v, lastKeys) => {
  const result = parseFile(read(file));
  const stats = result.stats!;

  test('kind and era come from the content', () => {
    expect(result.info.kind).toBe('stats');
    expect(result.info.format).toBe(format);
  });

  test('Aggregated row: 160 requests, 3 failures, median 55, p95 230, p100 1500', () => {
    expect(stats.aggregated).toMatchObject({
      method: null,
      name: 'Aggregated',
      requests: 160,
      failures: 3,
      medianMs: 55,
      avgMs: v.aggAvg,
    });
    expect(stats.aggregated!.percentiles['95']).toBe(230);
    expect(stats.aggregated!.percentiles['100']).toBe(1500);
  });

  test('endpoint rows with exact values of the era', () => {
    expect(stats.endpoints).toHaveLength(3);
    expect(row(stats.endpoints, 'GET', '/')).toMatchObject({
      requests: 100,
      failures: 2,
      medianMs: 42,
      avgMs: v.avg,
      minMs: v.min,
      maxMs: v.max,
      rps: v.rps,
    });
    expect(row(stats.endpoints, 'GET', '/item?id=[id]&lang=en')?.medianMs).toBe(120);
    expect(row(stats.endpoints, 'POST', '/login')?.percentiles['95']).toBe(1500);
    // Object key order puts integer-like keys first, so compare in numeric order.
    expect(Object.keys(stats.aggregated!.percentiles).sort(comparePercentileKeys).slice(-2)).toEqual(lastKeys);
  });

  test('per-row Requests/s sum to the Aggregated Requests/s', () => {
    const sum = stats.endpoints.reduce((a, e) => a + (e.rps ?? 0), 0);
    expect(sum).toBeCloseTo(stats.aggregated!.rps!, 1);
  });
});

describe('quirks', () => {
  test('unescaped quotes in a hand-built name (a strict parser finds 24 cells)', () => {
    const s = parseFile(read('quirk__v0.13.3-1.0.3__stats__unescaped-quotes-in-name.csv')).stats!;
    expect(s.endpoints.map((e) => e.name)).toEqual(['{"scenario": "get cash", "path": "/cash/[amount]"}']);
    expect(s.aggregated).toMatchObject({ requests: 12, failures: 0, maxMs: 310 });
  });

  test('RFC-quoted name with comma and doubled quotes; a 0-request row has nulls, not zeros', () => {
    const s = parseFile(read('quirk__v1.2-2.46.3__stats__quoted-names-and-NA.csv')).stats!;
    expect(row(s.endpoints, 'GET', '/search?q="a,b"')).toMatchObject({ requests: 4, medianMs: 42, avgMs: 40.5 });
    const unused = row(s.endpoints, 'GET', '/unused')!;
    expect(unused).toMatchObject({ requests: 0, medianMs: null, avgMs: null, minMs: null, maxMs: null });
    expect(unused.percentiles['50']).toBeNull();
  });

  test('custom percentiles keep their own keys; exponent notation is read', () => {
    const s = parseFile(read('quirk__v1.2-2.46.3__stats__custom-percentiles.csv')).stats!;
    expect(Object.keys(s.aggregated!.percentiles)).toEqual(['25', '50', '57', '95', '99.9', '99.999']);
    expect(s.aggregated!.percentiles['57']).toBe(44);
    expect(s.aggregated!.failuresPerS).toBe(6.666666666666667e-5);
  });
});

describe('0.12–0.13.2 requests + distribution', () => {
  test('requests.csv alone: counts and times, "None" Type on the Aggregated row', () => {
    const r = parseFile(read('v0.13.0-0.13.2__requests.csv'));
    expect(r.info.kind).toBe('requests');
    expect(r.stats!.aggregated).toMatchObject({
      method: null,
      requests: 160,
      failures: 3,
      medianMs: 55,
      avgMs: 85,
      rps: 5.33,
    });
  });

  test('distribution.csv: "METHOD name" cells and a 0-request row of N/A', () => {
    const r = parseFile(read('v0.13.0-0.13.2__distribution.csv'));
    expect(r.info.kind).toBe('distribution');
    expect(r.stats!.aggregated!.percentiles['99.99']).toBe(1500);
    expect(r.stats!.endpoints.find((e) => e.name === 'GET /')?.percentiles['95']).toBe(90);
    expect(r.stats!.endpoints.find((e) => e.name === 'GET /never-called')?.percentiles['50']).toBeNull();
  });
});
