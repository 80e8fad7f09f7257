// History, failures and exceptions files of every era (fixtures/locust-examples).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { columnValues } from '../numbers';
import { parseFile } from '../index';

const read = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(`../../../../fixtures/locust-examples/${name}`, import.meta.url))),
});

describe.each([
  // file, rows, full history, percentile window, peak users, first/last timestamp, last total requests
  ['v0.13.3-0.14.6__stats_history.csv', 4, false, 'current-window', null, 1575000000, 1575000006, 38],
  ['v0.13.3-0.14.6__stats_history_full.csv', 8, true, 'current-window', null, 1575000000, 1575000004, 27],
  ['v1.0b1-1.1.1__stats_history.csv', 4, false, 'current-window', 10, 1590000000, 1590000006, 38],
  ['v1.0b1-1.1.1__stats_history_full.csv', 8, true, 'current-window', 10, 1590000000, 1590000004, 27],
  ['v1.2-2.46.3__stats_history.csv', 5, false, 'cumulative', 10, 1700000000, 1700000004, 38],
  ['v2.2.2-2.46.3__stats_history_full.csv', 8, true, 'current-window', 10, 1700000003, 1700000004, 38],
] as const)('%s', (file, rows, full, window, users, firstTs, lastTs, lastTotal) => {
  const r = parseFile(read(file));
  const h = r.history!;

  test('rows, mode and percentile semantics', () => {
    expect(r.info.kind).toBe('history');
    expect(h.points).toBe(rows);
    expect(h.fullHistory).toBe(full);
    expect(h.percentileWindow).toBe(window);
  });

  test('timestamps, user count and cumulative totals of the Aggregated series', () => {
    const ts = h.aggregated.timestampsS;
    expect(ts[0]).toBe(firstTs);
    expect(ts[ts.length - 1]).toBe(lastTs);
    expect(r.meta?.userCount ?? null).toBe(users);
    expect(r.meta?.durationS).toBe(lastTs - firstTs);
    const totals = h.aggregated.totalRequests;
    expect(totals[totals.length - 1]).toBe(lastTotal);
  });

  test('N/A is null, never 0', () => {
    const first = columnValues(h.aggregated.percentiles['50']!)[0];
    if (firstTs === 1700000003)
      expect(first).toBe(0); // current window not yet available: Locust writes 0
    else expect(first).toBeNull();
  });
});

test('a full history keeps one series per entry', () => {
  const h = parseFile(read('v2.2.2-2.46.3__stats_history_full.csv')).history!;
  expect(h.endpoints.map((s) => `${s.method} ${s.name}`)).toEqual([
    'GET /',
    'GET /item?id=[id]&lang=en',
    'POST /login',
  ]);
  expect(columnValues(h.endpoints[2]!.percentiles['95']!)).toEqual([0, 1500]);
  expect(columnValues(h.endpoints[0]!.rps)).toEqual([4, 4.5]);
});

test('a stats reset mid-file is found and reported', () => {
  const r = parseFile(read('quirk__v1.2-2.46.3__stats_history__stats-reset-midrun.csv'));
  expect(r.history!.resetsAtS).toEqual([1700000102]);
  expect(r.warnings.join(' ')).toMatch(/reset 1 time/);
});

describe('failures', () => {
  test.each([
    ['v0.14.0-1.0.3__failures.csv', '500 Server Error: INTERNAL SERVER ERROR for url: /', null],
    ['v1.1-2.9.x__failures.csv', 'Got wrong token, expected "abc"', null],
    ['v2.10.0-2.43.x__failures.csv', `CatchResponseError('Got wrong token, expected "abc"')`, null],
    ['v2.10.0-2.27.x__failures__distributed-master.csv', `CatchResponseError('Got wrong token, expected "abc"')`, null],
    ['v2.44.0-2.46.3__failures.csv', `CatchResponseError('Got wrong token, expected "abc"')`, '2023-11-14T22:13:24Z'],
  ])('%s', (file, loginError, firstSeen) => {
    const f = parseFile(read(file)).failures!;
    expect(f.reduce((a, x) => a + x.occurrences, 0)).toBe(3);
    const login = f.find((x) => x.name === '/login')!;
    expect(login).toMatchObject({ method: 'POST', occurrences: 1, firstSeen });
    if (file.startsWith('v0.14')) expect(f.find((x) => x.name === '/')?.error).toBe(loginError);
    else expect(login.error).toBe(loginError);
  });

  test('hand-built: unescaped quotes, a newline and a comma inside quoted cells', () => {
    const f = parseFile(read('quirk__v0.14.0-1.0.3__failures__unescaped-quotes-and-newline.csv')).failures!;
    expect(f).toEqual([
      {
        method: 'POST',
        name: '/login',
        error: 'Got wrong token, expected "abc"',
        occurrences: 1,
        firstSeen: null,
        lastSeen: null,
      },
      {
        method: 'GET',
        name: '/report, monthly',
        error: 'Body check failed:\nmissing field total',
        occurrences: 4,
        firstSeen: null,
        lastSeen: null,
      },
    ]);
  });
});

describe('exceptions', () => {
  test.each([
    ['v1.4.2-2.46.3__exceptions.csv', 3, 'local'],
    ['v0.12-1.4.1__exceptions__webui-download.csv', 3, 'local'],
    [
      'v1.4.2-2.46.3__exceptions__distributed-master.csv',
      5,
      'loadgen-1_3f2a9c0d5e6b47a8b9c0d1e2f3a4b5c6, loadgen-2_9e8d7c6b5a4f43e2a1b0c9d8e7f6a5b4',
    ],
  ])('%s', (file, count, nodes) => {
    const [e] = parseFile(read(file)).exceptions!;
    expect(e).toMatchObject({ count, message: 'division by zero', nodes });
    expect(e!.traceback).toContain('File "locustfile.py", line 21, in checkout\n');
  });
});
