import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EndpointStats, FileResult } from '../types';
import { detectLocustJson, parseJsonOutput, parseStatsRequestsJson } from './index';

// Expected values were computed by hand / with a throwaway Python transcription of Locust's
// algorithms from the fixture files, never from this parser's output.
const FIXTURES = new URL('../../../../fixtures/locust-examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

type Expected = Omit<EndpointStats, 'percentiles'> & { percentiles: Record<string, number | null> };
const P = (...v: number[]) =>
  Object.fromEntries(
    ['50', '66', '75', '80', '90', '95', '98', '99', '99.9', '99.99', '100'].map((k, i) => [k, v[i] ?? null]),
  );

const SPAN = 29.898800134658813; // 1700000029.9 - 1700000000.0012
const ROOT: Expected = {
  method: 'GET',
  name: '/',
  requests: 100,
  failures: 2,
  medianMs: 42,
  avgMs: 45.67123456789,
  minMs: 11.234567890123,
  maxMs: 310.5123456789,
  avgSizeBytes: 1234.5,
  rps: 100 / SPAN,
  failuresPerS: 2 / SPAN,
  percentiles: P(42, 55, 55, 55, 90, 140, 210, 310, 310, 310, 310),
};
const ITEM: Expected = {
  method: 'GET',
  name: '/item?id=[id]&lang=en',
  requests: 50,
  failures: 0,
  medianMs: 120,
  avgMs: 131.250864202,
  minMs: 95.43210987,
  maxMs: 480.9876543,
  avgSizeBytes: 5120,
  rps: 1.672307911180683,
  failuresPerS: 0,
  percentiles: P(120, 120, 180, 180, 210, 210, 480, 480, 480, 480, 480),
};
const LOGIN: Expected = {
  method: 'POST',
  name: '/login',
  requests: 10,
  failures: 1,
  medianMs: 230,
  avgMs: 251.50987654,
  minMs: 180.3456789,
  maxMs: 1523.456789,
  avgSizeBytes: 64,
  rps: 0.3344615822361366,
  failuresPerS: 0.03344615822361366,
  percentiles: P(230, 230, 300, 300, 1500, 1500, 1500, 1500, 1500, 1500, 1500),
};
const AGGREGATED: Expected = {
  method: null,
  name: 'Aggregated',
  requests: 160,
  failures: 3,
  medianMs: 55,
  avgMs: 85.27978395180625,
  minMs: 11.234567890123,
  maxMs: 1523.456789,
  avgSizeBytes: 2375.5625,
  rps: 5.351385315778185,
  failuresPerS: 0.10033847467084098,
  percentiles: P(55, 120, 120, 120, 210, 230, 300, 480, 1500, 1500, 1500),
};

function expectStats(actual: EndpointStats | null | undefined, expected: Expected): void {
  expect(actual).toBeDefined();
  const a = actual as EndpointStats;
  const { percentiles, ...fields } = expected;
  for (const [key, value] of Object.entries(fields)) {
    const got = a[key as keyof EndpointStats];
    if (typeof value === 'number') expect(got, `${expected.name} ${key}`).toBeCloseTo(value, 9);
    else expect(got, `${expected.name} ${key}`).toBe(value);
  }
  expect(a.percentiles, `${expected.name} percentiles`).toEqual(percentiles);
}

interface Case {
  file: string;
  kind: 'json-output' | 'stats-requests-json';
  versions: { min: string; max: string };
  endpoints: Expected[];
  aggregated: Expected;
  check: (r: FileResult) => void;
}

const S_ROOT: Expected = {
  ...ROOT,
  minMs: 11,
  maxMs: 311,
  rps: null,
  failuresPerS: null,
  percentiles: { '90': 68 },
};
const S_AGG: Expected = {
  ...AGGREGATED,
  minMs: 11,
  maxMs: 1523,
  rps: null,
  failuresPerS: null,
  percentiles: { '90': 150 },
};
const ERROR_500 = "HTTPError('500 Server Error: INTERNAL SERVER ERROR for url: /')";

const cases: Case[] = [
  ...['v2.14.1-2.43.3__json-output.json', 'v2.43.4-2.46.3__json-output.json'].map((file, i) => ({
    file,
    kind: 'json-output' as const,
    versions: i === 0 ? { min: '2.14.1', max: '2.43.3' } : { min: '2.43.4', max: '2.46.3' },
    endpoints: [ROOT, ITEM, LOGIN],
    aggregated: AGGREGATED,
    check: (r: FileResult) => {
      expect(r.info).toMatchObject({ kind: 'json', rows: 3 });
      expect(r.failures).toBeUndefined();
      expect(r.meta).toEqual({
        startTime: '2023-11-14T22:13:20.001Z',
        endTime: '2023-11-14T22:13:49.900Z',
        durationS: SPAN,
      });
      expect(r.warnings.some((w) => w.includes('amid other console output'))).toBe(false);
    },
  })),
  (() => {
    const span = 29.87529993057251; // 1700000029.8765 - 1700000000.0012
    const only: Expected = { ...ROOT, rps: 100 / span, failuresPerS: 2 / span };
    return {
      file: 'quirk__v2.37.10-2.46.3__json-stdout-and-stderr-combined.txt',
      kind: 'json-output' as const,
      versions: { min: '2.43.4', max: '2.46.3' },
      endpoints: [only],
      aggregated: {
        ...only,
        method: null,
        name: 'Aggregated',
        rps: 3.3472467299873454,
        failuresPerS: 0.0669449345997469,
      },
      check: (r: FileResult) => {
        expect(r.info.rows).toBe(1);
        expect(r.meta).toEqual({
          startTime: '2023-11-14T22:13:20.001Z',
          endTime: '2023-11-14T22:13:49.876Z',
          durationS: span,
        });
        expect(r.warnings.some((w) => w.includes('starts at line 3 amid other console output'))).toBe(true);
      },
    };
  })(),
  {
    file: 'v0.14.0-0.14.6__stats-requests-endpoint.json',
    kind: 'stats-requests-json',
    versions: { min: '0.14.0', max: '0.14.6' },
    endpoints: [S_ROOT],
    aggregated: S_AGG,
    check: (r) => {
      expect(r.failures).toEqual([
        { method: 'GET', name: '/', error: ERROR_500, occurrences: 2, firstSeen: null, lastSeen: null },
      ]);
      expect(r.meta).toEqual({ userCount: 10 });
      expect(r.warnings.some((w) => w.includes('only current'))).toBe(true);
      expect(r.warnings.some((w) => w.includes('"running"'))).toBe(true);
      expect(r.warnings.some((w) => w.includes('hold 100 of the 160 requests'))).toBe(true);
    },
  },
  {
    file: 'v2.45.0-2.46.3__stats-requests-endpoint.json',
    kind: 'stats-requests-json',
    versions: { min: '2.45.0', max: '2.46.3' },
    endpoints: [
      { ...S_ROOT, rps: 3.3333333333333335, failuresPerS: 0.06666666666666667, percentiles: { '95': 90, '99': 210 } },
    ],
    aggregated: { ...S_AGG, rps: 5.333333333333333, failuresPerS: 0.1, percentiles: { '95': 230, '99': 480 } },
    check: (r) => {
      expect(r.failures).toEqual([
        {
          method: 'GET',
          name: '/',
          error: ERROR_500,
          occurrences: 2,
          firstSeen: '2023-11-14T22:13:21.234Z',
          lastSeen: '2023-11-14T22:13:49.876Z',
        },
      ]);
      expect(r.meta).toEqual({ userCount: 10 });
      expect(r.warnings.some((w) => w.includes('only current'))).toBe(false);
      expect(r.warnings.some((w) => w.includes('hold 100 of the 160 requests'))).toBe(true);
    },
  },
];

describe.each(cases)('$file', (c) => {
  const text = read(c.file);
  it('is detected', () => expect(detectLocustJson(text)).toBe(c.kind));
  const parse = () => (c.kind === 'json-output' ? parseJsonOutput(c.file, text) : parseStatsRequestsJson(c.file, text));
  it('has the expected endpoints, in (name, method) order', () => {
    const r = parse();
    expect(r.stats?.endpoints.map((e) => `${e.method} ${e.name}`)).toEqual(
      c.endpoints.map((e) => `${e.method} ${e.name}`),
    );
    c.endpoints.forEach((e, i) => expectStats(r.stats?.endpoints[i], e));
  });
  it('has the expected Aggregated row', () => expectStats(parse().stats?.aggregated, c.aggregated));
  it('endpoint counts add up to the Aggregated row (the /stats/requests examples list only some entries)', () => {
    const r = parse();
    const sum = (k: 'requests' | 'failures') => r.stats?.endpoints.reduce((s, e) => s + e[k], 0) ?? 0;
    if (c.kind === 'json-output') {
      expect(sum('requests')).toBe(r.stats?.aggregated?.requests);
      expect(sum('failures')).toBe(r.stats?.aggregated?.failures);
    } else {
      expect(sum('requests')).toBeLessThan(r.stats?.aggregated?.requests ?? 0);
    }
  });
  it('reports its kind, version range and a snapshot/derivation warning', () => {
    const r = parse();
    expect(r.info.kind).toBe(c.kind === 'json-output' ? 'json' : 'stats-requests-json');
    expect(r.info.name).toBe(c.file);
    expect(r.info.versions).toEqual(c.versions);
    expect(r.warnings.length).toBeGreaterThan(0);
    c.check(r);
  });
});

describe('detectLocustJson on other text', () => {
  it.each([
    ['empty', ''],
    ['plain object', '{"a": 1}'],
    ['number array', '[1, 2, 3]'],
    ['empty array', '[]'],
    ['CSV', 'Type,Name,Request Count\r\nGET,/,1\r\n'],
    ['HTML report', '<!DOCTYPE html><script>window.templateArgs = {"stats": []}</script>'],
    ['object array without Locust keys', '[\n  {"name": "x", "value": 1}\n]'],
    ['stats without errors', '{"stats": [], "total_rps": 1}'],
    ['log lines only', '[2023-11-14 22:13:20,001] host/INFO/locust.main: Starting\n'],
  ])('%s -> null', (_label, text) => expect(detectLocustJson(text)).toBeNull());
});
