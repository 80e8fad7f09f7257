import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LocustInputError } from '../errors';
import { detectLocustJson, parseJsonOutput, parseStatsRequestsJson } from './index';

// Hand-made inputs; expected values worked out by hand from Locust's algorithms (locust-formats §9.2, 9.4).
const FIXTURES = new URL('../../../../fixtures/locust-examples/', import.meta.url);
const entry = (fields: Record<string, unknown>) => ({
  name: '/',
  method: 'GET',
  last_request_timestamp: null,
  start_time: 1700000000,
  num_requests: 0,
  num_none_requests: 0,
  num_failures: 0,
  total_response_time: 0,
  max_response_time: 0,
  min_response_time: null,
  total_content_length: 0,
  response_times: {},
  num_reqs_per_sec: {},
  num_fail_per_sec: {},
  ...fields,
});
const pretty = (v: unknown) => JSON.stringify(v, null, 4);
const all = (v: number | null) =>
  Object.fromEntries(['50', '66', '75', '80', '90', '95', '98', '99', '99.9', '99.99', '100'].map((k) => [k, v]));

describe('parseJsonOutput edge cases', () => {
  const text = pretty([
    entry({
      name: '/slow',
      last_request_timestamp: 1700000010,
      num_requests: 3,
      num_none_requests: 2,
      total_response_time: 1460,
      max_response_time: 1460,
      min_response_time: 1460,
      total_content_length: 30,
      response_times: { '1500.0': 1 },
    }),
    entry({ name: 'ws', method: 'WS', start_time: 1700000001, num_failures: 4 }),
  ]);
  const r = parseJsonOutput('edge.json', text);

  it('clamps the median into [min, max] but not the percentiles; untimed requests are excluded', () => {
    expect(r.stats?.endpoints[0]).toEqual({
      method: 'GET',
      name: '/slow',
      requests: 3,
      failures: 0,
      medianMs: 1460,
      avgMs: 1460,
      minMs: 1460,
      maxMs: 1460,
      avgSizeBytes: 10,
      rps: 0.3,
      failuresPerS: 0,
      percentiles: all(1500),
    });
    expect(r.warnings.some((w) => w.startsWith('2 requests had no response time'))).toBe(true);
  });

  it('gives nulls, never 0, for an entry without timed requests', () => {
    expect(r.stats?.endpoints[1]).toEqual({
      method: 'WS',
      name: 'ws',
      requests: 0,
      failures: 4,
      medianMs: null,
      avgMs: null,
      minMs: null,
      maxMs: null,
      avgSizeBytes: null,
      rps: 0,
      failuresPerS: 0.4,
      percentiles: all(null),
    });
  });

  it('merges into an Aggregated row that ignores the untimed entry for min/max', () => {
    expect(r.stats?.aggregated).toEqual({
      method: null,
      name: 'Aggregated',
      requests: 3,
      failures: 4,
      medianMs: 1460,
      avgMs: 1460,
      minMs: 1460,
      maxMs: 1460,
      avgSizeBytes: 10,
      rps: 0.3,
      failuresPerS: 0.4,
      percentiles: all(1500),
    });
    expect(r.info.versions).toEqual({ min: '2.14.1', max: '2.43.3' });
    expect(r.meta).toEqual({ startTime: '2023-11-14T22:13:20Z', endTime: '2023-11-14T22:13:30Z', durationS: 10 });
  });

  it('reads compact one-line JSON; no last request means no rates and no end time', () => {
    const one = JSON.stringify([
      entry({
        num_requests: 1,
        total_response_time: 42,
        max_response_time: 42,
        min_response_time: 42,
        response_times: { '42': 1 },
      }),
    ]);
    expect(detectLocustJson(one)).toBe('json-output');
    const res = parseJsonOutput('one.json', one);
    expect(res.stats?.aggregated).toMatchObject({ requests: 1, medianMs: 42, rps: null, failuresPerS: null });
    expect(res.meta).toEqual({ startTime: '2023-11-14T22:13:20Z', endTime: null, durationS: null });
    expect(res.info.versions).toEqual({ min: '2.14.1', max: '2.46.3' });
  });

  it('accepts an empty array (no requests) with a warning', () => {
    const res = parseJsonOutput('empty.json', '[]\n');
    expect(res.stats?.endpoints).toEqual([]);
    expect(res.stats?.aggregated).toMatchObject({ requests: 0, medianMs: null, avgMs: null, rps: null });
    expect(res.warnings.some((w) => w.includes('no entries'))).toBe(true);
  });
});

function thrown(fn: () => unknown): LocustInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LocustInputError);
    return e as LocustInputError;
  }
  throw new Error('expected a LocustInputError');
}

const fixture = readFileSync(new URL('v2.14.1-2.43.3__json-output.json', FIXTURES), 'utf8');

describe('errors', () => {
  it.each<[string, () => unknown, 'unreadable' | 'not_locust', number | null]>([
    [
      'syntax error, at its line',
      () => parseJsonOutput('f', '[\n    {\n        "name": "/",\n        "num_requests": 1 2\n    }\n]'),
      'unreadable',
      4,
    ],
    ['truncated array', () => parseJsonOutput('f', '[\n    {\n        "name": "/",\n'), 'unreadable', 1],
    [
      'bad field, at its entry line',
      () => parseJsonOutput('f', fixture.replace('"num_failures": 1,', '"num_failures": "1",')),
      'unreadable',
      33,
    ],
    ['bad bucket key', () => parseJsonOutput('f', fixture.replace('"42": 60', '"abc": 60')), 'unreadable', 2],
    ['array of other objects', () => parseJsonOutput('f', '[{"a": 1}]'), 'not_locust', null],
    ['no array at all', () => parseJsonOutput('f', '{"a": 1}'), 'not_locust', null],
    ['stats body not an object', () => parseStatsRequestsJson('f', '[1]'), 'not_locust', null],
    ['stats body without stats', () => parseStatsRequestsJson('f', '{"a": 1}'), 'not_locust', null],
    ['stats body cut short', () => parseStatsRequestsJson('f', '{"stats": [], "errors": ['), 'unreadable', null],
    [
      'stats row without counts, at its line',
      () =>
        parseStatsRequestsJson('f', '{\n  "stats": [\n    {"name": "/", "num_requests": 1}\n  ],\n  "errors": []\n}'),
      'unreadable',
      3,
    ],
  ])('%s', (_label, fn, code, line) => {
    const e = thrown(fn);
    expect(e.code).toBe(code);
    expect(e.file).toBe('f');
    expect(e.line).toBe(line);
  });
});

describe('parseStatsRequestsJson, escaped distributed-master era (2.18.4–2.27)', () => {
  const row = (name: string, n: number) => ({
    method: 'GET',
    name,
    safe_name: name.replace('&', '&amp;'),
    num_requests: n,
    num_failures: n / 10,
    avg_response_time: n ? 50.5 : 0,
    min_response_time: n ? 10 : 0,
    max_response_time: n ? 99 : 0,
    current_rps: n / 4,
    current_fail_per_sec: 0.1,
    median_response_time: n ? 48 : 0,
    ninetieth_response_time: n ? 90 : 0,
    ninety_ninth_response_time: n ? 99 : 0,
    avg_content_length: n ? 100 : 0,
  });
  const body = {
    stats: [row('/a&b', 0), row('/x', 10), { ...row('Aggregated', 10), method: '', safe_name: 'Aggregated' }],
    errors: [
      {
        method: 'GET',
        name: '/x',
        error: '&quot;HTTPError(&#x27;500 Server Error: x for url: /x&#x27;)&quot;',
        occurrences: 1,
      },
    ],
    total_rps: 2.5,
    total_fail_per_sec: 0.1,
    fail_ratio: 0.1,
    current_response_time_percentile_1: 48,
    current_response_time_percentile_2: 90,
    workers: [{ id: 'w1', state: 'running', user_count: 5, cpu_usage: 3, memory_usage: 1000 }],
    state: 'stopped',
    user_count: 5,
  };
  const text = JSON.stringify(body, null, 2);
  const r = parseStatsRequestsJson('live.json', text);

  it('is detected and dated from its keys', () => {
    expect(detectLocustJson(text)).toBe('stats-requests-json');
    expect(r.info.versions).toEqual({ min: '2.18.4', max: '2.27.0' });
  });

  it('never puts a current rate into rps, and nulls an entry without requests', () => {
    expect(r.stats?.endpoints).toEqual([
      {
        method: 'GET',
        name: '/a&b',
        requests: 0,
        failures: 0,
        medianMs: null,
        avgMs: null,
        minMs: null,
        maxMs: null,
        avgSizeBytes: null,
        rps: null,
        failuresPerS: null,
        percentiles: { '90': null, '99': null },
      },
      {
        method: 'GET',
        name: '/x',
        requests: 10,
        failures: 1,
        medianMs: 48,
        avgMs: 50.5,
        minMs: 10,
        maxMs: 99,
        avgSizeBytes: 100,
        rps: null,
        failuresPerS: null,
        percentiles: { '90': 90, '99': 99 },
      },
    ]);
    expect(r.stats?.aggregated).toMatchObject({
      method: null,
      name: 'Aggregated',
      requests: 10,
      rps: null,
      failuresPerS: null,
    });
    expect(r.warnings.some((w) => w.includes('only current'))).toBe(true);
  });

  it('HTML-decodes failures and removes the master double repr', () => {
    expect(r.failures).toEqual([
      {
        method: 'GET',
        name: '/x',
        error: "HTTPError('500 Server Error: x for url: /x')",
        occurrences: 1,
        firstSeen: null,
        lastSeen: null,
      },
    ]);
    expect(r.meta).toEqual({ userCount: 5 });
    expect(r.warnings.some((w) => w.includes('"stopped"') || w.includes('some entries are missing'))).toBe(false);
  });
});
