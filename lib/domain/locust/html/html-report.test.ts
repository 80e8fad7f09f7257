// Every hand-made HTML example (fixtures/locust-examples, formats of docs/locust-formats.md §6)
// against the values of its README: one scenario (160 requests, 3 failures, 30 s) in every era.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { columnValues } from '../numbers';
import type { EndpointStats, FileResult } from '../types';
import { parseHtmlReport } from './index';

const DIR = new URL('../../../../fixtures/locust-examples/', import.meta.url);
const parse = (file: string): FileResult => parseHtmlReport(file, readFileSync(new URL(file, DIR), 'utf8'));

type Era = {
  file: string;
  format: string;
  versions: [string, string];
  start: string;
  end: string;
  locustfile: string | null;
  /** Chart points and the epoch seconds of the first one. */
  points: number;
  firstS: number;
  chartPercentiles: string[];
  react: boolean;
  /** React 2.18–2.30: whole-run rates computed from start/end. */
  derivedRate?: boolean;
  /** Legacy before 2.4.2: times without zone. */
  localTime?: boolean;
  noAvg?: boolean;
  seen?: boolean;
};

const UTC = (s: string) => Date.parse(s) / 1000;
const Z = {
  start: '2023-11-14T22:13:20Z',
  end: '2023-11-14T22:13:50Z',
  locustfile: 'locustfile.py',
  firstS: 1700000005,
};
const R = { ...Z, react: true, points: 6, chartPercentiles: ['50', '95'] };

const ERAS: Era[] = [
  {
    file: 'v1.2-1.4.1__report.html',
    format: 'HTML report (legacy L1) 1.2–1.4.1',
    versions: ['1.2', '1.4.1'],
    start: '2020-09-01T12:00:00',
    end: '2020-09-01T12:00:30',
    locustfile: null,
    points: 6,
    firstS: UTC('2020-09-01T10:00:05Z'),
    chartPercentiles: ['50', '95'],
    react: false,
    localTime: true,
  },
  {
    file: 'v1.4.2-2.1.x__report.html',
    format: 'HTML report (legacy L2) 1.4.2–2.1.0',
    versions: ['1.4.2', '2.1.0'],
    start: '2021-06-01T10:00:00',
    end: '2021-06-01T10:00:30',
    locustfile: null,
    points: 6,
    firstS: UTC('2021-06-01T10:00:05Z'),
    chartPercentiles: ['50', '95'],
    react: false,
    localTime: true,
  },
  // Its "Tasks" heading (renamed "Final ratio" in 2.8.0) narrows the file's 2.2.0b0–2.10.1 to 2.7.3.
  {
    file: 'v2.2.0b0-2.10.1__report.html',
    format: 'HTML report (legacy L3) 2.2.0b0–2.7.3',
    versions: ['2.2.0b0', '2.7.3'],
    start: '2021-06-01T10:00:00',
    end: '2021-06-01T10:00:30',
    locustfile: 'locustfile.py',
    points: 6,
    firstS: UTC('2021-06-01T10:00:05Z'),
    chartPercentiles: ['50', '95'],
    react: false,
    localTime: true,
  },
  {
    file: 'v2.10.2-2.15.0__report.html',
    format: 'HTML report (legacy L3) 2.10.2–2.15.0',
    versions: ['2.10.2', '2.15.0'],
    start: '2022-08-01T10:00:00Z',
    end: '2022-08-01T10:00:30Z',
    locustfile: 'locustfile.py',
    points: 6,
    firstS: UTC('2022-08-01T10:00:05Z'),
    chartPercentiles: ['50', '95'],
    react: false,
  },
  // Chart times "10:00:05" lie 12 h from the 22:13:20 start: the closer date, the next day, is taken.
  {
    file: 'v2.15.1-2.27.x__report-legacy.html',
    format: 'HTML report (legacy L4) 2.15.1–2.27.0',
    versions: ['2.15.1', '2.27.0'],
    ...Z,
    points: 6,
    firstS: UTC('2023-11-15T10:00:05Z'),
    chartPercentiles: ['50', '95'],
    react: false,
  },
  {
    file: 'v2.18.0-2.19.x__report-modern.html',
    format: 'HTML report (React) 2.18.0–2.19.1',
    versions: ['2.18.0', '2.19.1'],
    ...R,
    points: 5,
    derivedRate: true,
  },
  {
    file: 'v2.20.0__report-modern.html',
    format: 'HTML report (React) 2.20.0–2.20.1',
    versions: ['2.20.0', '2.20.1'],
    ...R,
    points: 5,
    derivedRate: true,
  },
  {
    file: 'v2.21.0-2.27.x__report-modern.html',
    format: 'HTML report (React) 2.21.0–2.27.0',
    versions: ['2.21.0', '2.27.0'],
    ...R,
    points: 5,
    derivedRate: true,
  },
  {
    file: 'v2.28.x__report.html',
    format: 'HTML report (React) 2.28.0',
    versions: ['2.28.0', '2.28.0'],
    ...R,
    chartPercentiles: ['95'],
    derivedRate: true,
  },
  {
    file: 'v2.29.x__report.html',
    format: 'HTML report (React) 2.29.0–2.29.1',
    versions: ['2.29.0', '2.29.1'],
    ...R,
    chartPercentiles: ['95'],
    derivedRate: true,
  },
  {
    file: 'v2.30.x__report.html',
    format: 'HTML report (React) 2.30.0',
    versions: ['2.30.0', '2.30.0'],
    ...R,
    derivedRate: true,
    noAvg: true,
  },
  {
    file: 'v2.31.0-2.31.2__report.html',
    format: 'HTML report (React) 2.31.0–2.31.2',
    versions: ['2.31.0', '2.31.2'],
    ...R,
  },
  {
    file: 'v2.31.3-2.32.1__report.html',
    format: 'HTML report (React) 2.31.3–2.32.1',
    versions: ['2.31.3', '2.32.1'],
    ...R,
  },
  {
    file: 'v2.32.2-2.34.x__report.html',
    format: 'HTML report (React) 2.32.2–2.34.1',
    versions: ['2.32.2', '2.34.1'],
    ...R,
  },
  {
    file: 'v2.35.0-2.37.12__report.html',
    format: 'HTML report (React) 2.35.0–2.37.12',
    versions: ['2.35.0', '2.37.12'],
    ...R,
  },
  {
    file: 'v2.37.13-2.43.3__report.html',
    format: 'HTML report (React) 2.37.13–2.43.3',
    versions: ['2.37.13', '2.43.3'],
    ...R,
  },
  {
    file: 'v2.44.0-2.46.3__report.html',
    format: 'HTML report (React) 2.44.0–2.46.3',
    versions: ['2.44.0', '2.46.3'],
    ...R,
    seen: true,
  },
];

// Legacy tables: ints (truncated) and rates to 0.1, no median (its 50%ile is used). React: raw floats.
const LEGACY = {
  root: {
    method: 'GET',
    name: '/',
    requests: 100,
    failures: 2,
    medianMs: 42,
    avgMs: 45,
    minMs: 11,
    maxMs: 310,
    avgSizeBytes: 1234,
    rps: 3.3,
    failuresPerS: 0.1,
  },
  login: {
    method: 'POST',
    name: '/login',
    requests: 10,
    failures: 1,
    medianMs: 230,
    avgMs: 251,
    minMs: 180,
    maxMs: 1523,
    avgSizeBytes: 64,
    rps: 0.3,
    failuresPerS: 0,
  },
  agg: {
    method: null,
    name: 'Aggregated',
    requests: 160,
    failures: 3,
    medianMs: 55,
    avgMs: 85,
    minMs: 11,
    maxMs: 1523,
    avgSizeBytes: 2375,
    rps: 5.3,
    failuresPerS: 0.1,
  },
};
const REACT = {
  root: {
    method: 'GET',
    name: '/',
    requests: 100,
    failures: 2,
    medianMs: 42,
    avgMs: 45.67123456789,
    minMs: 11,
    maxMs: 311,
    avgSizeBytes: 1234.5,
    rps: 3.3333333333333335,
    failuresPerS: 2 / 30,
  },
  login: {
    method: 'POST',
    name: '/login',
    requests: 10,
    failures: 1,
    medianMs: 230,
    avgMs: 251.50987654,
    minMs: 180,
    maxMs: 1523,
    avgSizeBytes: 64,
    rps: 0.3333333333333333,
    failuresPerS: 1 / 30,
  },
  agg: {
    method: null,
    name: 'Aggregated',
    requests: 160,
    failures: 3,
    medianMs: 55,
    avgMs: 85.27978395180625,
    minMs: 11,
    maxMs: 1523,
    avgSizeBytes: 2375.5625,
    rps: 5.333333333333333,
    failuresPerS: 0.1,
  },
};
const PCT = {
  root: { '50': 42, '60': 45, '70': 50, '80': 55, '90': 68, '95': 90, '99': 210, '100': 310 },
  login: { '50': 230, '60': 240, '70': 250, '80': 260, '90': 300, '95': 1500, '99': 1500, '100': 1500 },
  agg: { '50': 55, '60': 62, '70': 90, '80': 110, '90': 150, '95': 230, '99': 480, '100': 1500 },
};
const TRACEBACK =
  'Traceback (most recent call last):\n  File "locustfile.py", line 21, in checkout\n    ratio = total / count\n' +
  'ZeroDivisionError: division by zero\n';

describe.each(ERAS)('$file', (era) => {
  const r = parse(era.file);
  const rows = [...(r.stats?.endpoints ?? [])];
  const row = (name: string): EndpointStats | undefined => rows.find((e) => e.name === name);
  const want = era.react ? REACT : LEGACY;

  test('file info and version range', () => {
    expect(r.info).toEqual({
      name: era.file,
      kind: 'html',
      format: era.format,
      versions: { min: era.versions[0], max: era.versions[1] },
      encoding: 'utf-8',
      encodingConfidence: 1,
      rows: 4,
    });
  });

  test('request statistics merged with response times', () => {
    expect(rows.map((e) => `${e.method} ${e.name}`)).toEqual(['GET /', 'GET /item?id=[id]&lang=en', 'POST /login']);
    expect(r.stats?.aggregated).toMatchObject({ ...want.agg, ...(era.noAvg ? { avgMs: null } : {}) });
    expect(r.stats?.aggregated?.percentiles).toMatchObject(PCT.agg);
    expect(row('/')).toMatchObject({ ...want.root, ...(era.noAvg ? { avgMs: null } : {}) });
    expect(row('/')?.percentiles).toMatchObject(PCT.root);
    expect(row('/login')).toMatchObject({ ...want.login, ...(era.noAvg ? { avgMs: null } : {}) });
    expect(row('/login')?.percentiles).toMatchObject(PCT.login);
    expect(row('/item?id=[id]&lang=en')).toMatchObject({
      requests: 50,
      failures: 0,
      percentiles: { '50': 120, '100': 480 },
    });
  });

  test('run meta', () => {
    expect(r.meta).toEqual({
      host: 'https://shop.example.test',
      locustfile: era.locustfile,
      startTime: era.start,
      endTime: era.end,
      durationS: 30,
      userCount: 10,
    });
    expect(r.warnings.some((w) => /local time/.test(w))).toBe(era.localTime === true);
    expect(r.warnings.some((w) => /derived from the report's start and end times/.test(w))).toBe(
      era.derivedRate === true,
    );
  });

  test('failures (single repr kept) and exceptions', () => {
    const errors = era.react
      ? [
          "HTTPError('500 Server Error: INTERNAL SERVER ERROR for url: /')",
          `CatchResponseError('Got wrong token, expected "abc"')`,
        ]
      : ['500 Server Error: INTERNAL SERVER ERROR for url: /', 'Got wrong token, expected "abc"'];
    expect(r.failures).toEqual([
      {
        method: 'GET',
        name: '/',
        error: errors[0],
        occurrences: 2,
        firstSeen: era.seen ? '2023-11-14T22:13:21.234Z' : null,
        lastSeen: era.seen ? '2023-11-14T22:13:49.876Z' : null,
      },
      {
        method: 'POST',
        name: '/login',
        error: errors[1],
        occurrences: 1,
        firstSeen: era.seen ? '2023-11-14T22:13:44.500Z' : null,
        lastSeen: era.seen ? '2023-11-14T22:13:44.500Z' : null,
      },
    ]);
    expect(r.exceptions).toEqual([{ count: 3, message: 'division by zero', traceback: TRACEBACK, nodes: 'local' }]);
  });

  test('chart history', () => {
    const h = r.history;
    expect(h).toMatchObject({
      source: 'html',
      points: era.points,
      percentileWindow: 'current-window',
      fullHistory: false,
      endpoints: [],
      resetsAtS: [],
    });
    if (!h) return;
    const n = era.points;
    const s = h.aggregated;
    expect(s).toMatchObject({ method: null, name: 'Aggregated' });
    expect(columnValues(s.timestampsS)).toEqual(Array.from({ length: n }, (_, i) => era.firstS + 5 * i));
    expect(columnValues(s.rps)).toEqual([0, 1.6, 4.2, 5.1, 5.4, 5.3].slice(0, n));
    expect(columnValues(s.failuresPerS)).toEqual([0, 0, 0.2, 0.1, 0.1, 0.1].slice(0, n));
    expect(columnValues(s.userCount)).toEqual([2, 5, 10, 10, 10, 10].slice(0, n));
    expect(Object.keys(s.percentiles)).toEqual(era.chartPercentiles);
    expect(columnValues(s.percentiles['95'] ?? [])).toEqual([0, 110, 230, 230, 230, 230].slice(0, n));
    if (s.percentiles['50']) expect(columnValues(s.percentiles['50'])).toEqual([0, 46, 50, 52, 55, 55].slice(0, n));
    expect(columnValues(s.totalRequests)).toEqual(new Array(n).fill(null));
    expect(h.semanticsNote).toMatch(/10 s.*5 s/);
  });
});
