// Failure classification, diffs and concentration on real runs. Expected counts were computed with a
// throwaway Python script (csv module) from the fixtures' _failures.csv and _stats.csv files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFile } from '../locust/index';
import type { FailureEntry, ParsedRun } from '../locust/types';
import { fixtureRun } from '../../../test/support/fixture-run';
import { classifyFailure, normalizeError } from './failure-analysis';
import { failureConcentration } from './failure-concentration';
import { diffFailures } from './failure-diff';

const FIX = join(import.meta.dirname, '../../../fixtures');
const load = fixtureRun;
const exampleFailures = (name: string): FailureEntry[] =>
  parseFile({ name, bytes: new Uint8Array(readFileSync(join(FIX, 'locust-examples', name))) }).failures!;
const u20 = load('locust-2.12-generated/smallpool-20u');
const u40 = load('locust-2.12-generated/smallpool-40u');
const eq = load('locust-real/ons-eqauthor-2022-locust2.5.1');
const ravi = load('locust-real/ravi3541-seeke-2.32.3', /^report_.*\.csv$/);
const srb = load('locust-real/ons-srb-0003-locust0.14', /^baseline_performance_/);
const srb1 = load('locust-real/ons-srb-0003-locust0.14', /^baseline_1_client_/);
const vero = load('locust-real/veroliut-retail-2.29.1');
const withFailures = (run: ParsedRun, failures: FailureEntry[]): ParsedRun => ({ ...run, failures });

describe('classifyFailure', () => {
  test.each([
    // texts as they stand in fixture files (CSV quoting undone)
    // smallpool
    ["HTTPError('500 Server Error: Internal Server Error for url: /detail_project/[id]/rekap-rab/')", 'http-5xx', 500],
    ["HTTPError('503 Server Error: Service Unavailable for url: /dashboard/')", 'http-5xx', 503], // smallpool-40u
    ["HTTPError('400 Client Error: Bad Request for url: /api/users/create')", 'http-4xx', 400], // ravi
    ['500 Server Error: INTERNAL SERVER ERROR for url: /', 'http-5xx', 500], // str form, v1.1-2.9.x
    // double repr, 2.10-2.27 master
    ['"HTTPError(\'500 Server Error: INTERNAL SERVER ERROR for url: /\')"', 'http-5xx', 500],
    ["'CatchResponseError(\\'Got wrong token, expected \"abc\"\\')'", 'assertion', null], // double repr
    ['CatchResponseError(\'Got wrong token, expected "abc"\')', 'assertion', null], // v2.44
    ['Got wrong token, expected "abc"', 'assertion', null], // str form
    ['Body check failed:\nmissing field total', 'assertion', null], // quirk 0.14-1.0.3
    [
      'Expected a (200) but got a (502) back when getting page: /questionnaire/benchmark/test_business/thank-you',
      'http-5xx',
      502,
    ], // eq-author
    [
      'Expected a (302) but got a (502) back when posting page: ' +
        '/questionnaire/benchmark/test_business/benchmark123/confirmation-group/0/confirmation with data: ' +
        "{'csrf_token': 'IjMxNTVkMmNlNDMyZDIwY2Y2ODg5MjUwMWFkNjFmZDA2NmIzYWVlNTQi.YqNZ1w.g3AEdzQQyjI3Bcct8EyzT-80VtM'}",
      'http-5xx',
      502,
    ], // a CSRF token in the data is not a CSRF failure
    [
      'Expected a (200) but got a (302) back when getting page: ' +
        '/questionnaire/visitor/add-visitor/?previous=any-visitors',
      'assertion',
      302,
    ], // srb 0.14
    ["gaierror(8, 'nodename nor servname provided, or not known')", 'connection', null], // veroliut
    [
      "ConnectionError(ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection " +
        "without response')))",
      'connection',
      null,
    ], // request logger, 2.44
    // other locust-formats §4.2 forms (requests / urllib3 / Locust texts; not in a fixture)
    ["ConnectionRefusedError(111, 'Connection refused')", 'connection', null],
    ["RemoteDisconnected('Remote end closed connection without response')", 'connection', null],
    ["ConnectionResetError(104, 'Connection reset by peer')", 'connection', null],
    [
      `ReadTimeout(ReadTimeoutError("HTTPConnectionPool(host='localhost', port=8000): Read timed out. ` +
        '(read timeout=10)"))',
      'timeout',
      null,
    ],
    ["HTTPConnectionPool(host='localhost', port=8000): Read timed out. (read timeout=10)", 'timeout', null],
    [
      `ConnectTimeout(MaxRetryError("HTTPConnectionPool(host='10.0.0.1', port=80): Max retries exceeded with url: / ` +
        '(Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x....>, ' +
        `'Connection to 10.0.0.1 timed out. (connect timeout=5)'))"))`,
      'timeout',
      null,
    ],
    ["timeout('timed out')", 'timeout', null],
    ["HTTPError('504 Server Error: Gateway Timeout for url: /reports')", 'http-5xx', 504],
    ["HTTPError('403 Client Error: Forbidden for url: /accounts/login/')", 'http-4xx', 403],
    ["CatchResponseError('403: CSRF verification failed. Request aborted.')", 'csrf', 403],
    ["HTTPError('403 Client Error: Forbidden (CSRF cookie not set.) for url: /accounts/login/')", 'csrf', 403],
    ['CSRF token missing or incorrect.', 'csrf', null],
    ["BadStatusCode('http://localhost:8089/', code=500)", 'http-5xx', 500],
    ["CatchResponseError('status code 429')", 'http-4xx', 429],
    ["Exception('boom')", 'other', null],
    ['150 ms over budget', 'other', null], // a leading number that is not a 4xx/5xx is no status
    ['Expected 100 items, got 99', 'assertion', null],
  ] as const)('%s', (text, category, statusCode) => {
    expect(classifyFailure(text)).toEqual({ category, statusCode });
  });

  test('every failure of the real runs classifies as the file says', () => {
    // smallpool-40u_failures.csv: 7 occurrences of 500s and 6 of 503s; ravi: 74 × 400; eq-author: 45 × 502
    const by = (run: ParsedRun, code: number) =>
      run.failures.filter((f) => classifyFailure(f.error).statusCode === code).reduce((s, f) => s + f.occurrences, 0);
    expect([by(u40, 500), by(u40, 503), by(u20, 500)]).toEqual([7, 6, 8]);
    expect(by(ravi, 400)).toBe(74);
    expect(by(eq, 502)).toBe(45);
    expect(eq.failures.every((f) => classifyFailure(f.error).category === 'http-5xx')).toBe(true);
  });
});

describe('diffFailures', () => {
  test('smallpool 20u -> 40u: eleven (endpoint, error) pairs', () => {
    const d = diffFailures([u20, u40], 0, 1);
    const row = (name: string, code: number) => d.find((x) => x.name === name && x.statusCode === code)!;
    // name, code, occurrences 20u / 40u (null = absent), status
    const want: [string, number, number | null, number | null, string][] = [
      ['/api/project/[id]/list-pekerjaan/tree/', 500, 1, null, 'resolved'],
      ['/api/project/[id]/list-pekerjaan/tree/', 503, null, 1, 'new'],
      ['/api/project/[id]/parameters/', 503, null, 1, 'new'],
      ['/api/v2/project/[id]/chart-data/', 500, 3, 1, 'shrunk'],
      ['/dashboard/', 500, null, 1, 'new'],
      ['/dashboard/', 503, null, 1, 'new'],
      ['/detail_project/[id]/jadwal-pekerjaan/', 500, 1, null, 'resolved'],
      ['/detail_project/[id]/jadwal-pekerjaan/', 503, null, 1, 'new'],
      ['/detail_project/[id]/rekap-rab/', 500, 2, 5, 'grown'],
      ['/detail_project/[id]/rekap-rab/', 503, null, 2, 'new'],
      ['/detail_project/[id]/rincian-ahsp/', 500, 1, null, 'resolved'],
    ];
    expect(d).toHaveLength(want.length);
    for (const [name, code, b, t, status] of want) {
      expect(row(name, code)).toMatchObject({ method: 'GET', category: 'http-5xx', occurrences: [b, t], status });
    }
    // By rate per request of the endpoint, not the count: 2 of 71 -> 5 of 104 requests.
    expect(row('/detail_project/[id]/rekap-rab/', 500).rates).toEqual([2 / 71, 5 / 104]);
    expect(row('/detail_project/[id]/rekap-rab/', 500).change).toBeCloseTo(5 / 104 / (2 / 71) - 1, 15);
    expect(row('/detail_project/[id]/rekap-rab/', 500).error).toBe(
      '500 Server Error: Internal Server Error for url: /detail_project/[id]/rekap-rab/',
    );
    expect(d.map((x) => x.status)).toEqual([
      'new',
      'new',
      'new',
      'new',
      'new',
      'new',
      'grown',
      'resolved',
      'resolved',
      'resolved',
      'shrunk',
    ]);
  });

  test('eq-author: 31 rows are 20 errors once CSRF tokens and the session JWT are folded', () => {
    const d = diffFailures([eq, eq], 0, 1);
    expect(eq.failures).toHaveLength(31);
    expect(d).toHaveLength(20);
    expect(d.every((x) => x.status === 'same' && x.change === 0)).toBe(true);
    expect(d.reduce((s, x) => s + x.occurrences[0]!, 0)).toBe(45);
    const post381 = d.find((x) => x.method === 'POST' && x.name.endsWith('/block381'))!;
    expect(post381.occurrences).toEqual([4, 4]); // four rows of 1 with different csrf_token values
    expect(post381.error).toContain("'csrf_token': '[token]'");
    expect(d.find((x) => x.name === '/session')!.error).toBe(
      'Expected a (302) but got a (502) back when getting page: /session?token=[…]',
    );
  });

  test('the str form (Locust 1.1-2.9) and the repr form (2.44) of one error match', () => {
    // The example failure files name endpoints smallpool never called: give both runs those endpoints.
    const called = (run: ParsedRun): ParsedRun => ({
      ...run,
      endpoints: [
        { ...run.aggregated, method: 'GET', name: '/', requests: 100, failures: 2 },
        { ...run.aggregated, method: 'POST', name: '/login', requests: 50, failures: 1 },
      ],
    });
    const a = called(withFailures(u20, exampleFailures('v1.1-2.9.x__failures.csv')));
    const b = called(withFailures(u20, exampleFailures('v2.44.0-2.46.3__failures.csv')));
    const d = diffFailures([a, b], 0, 1);
    expect(d.map((x) => [x.method, x.name, x.occurrences, x.status, x.category])).toEqual([
      ['GET', '/', [2, 2], 'same', 'http-5xx'],
      ['POST', '/login', [1, 1], 'same', 'assertion'],
    ]);
    // Without requests to those endpoints in the baseline, the messages are not comparable (not "resolved").
    expect(diffFailures([withFailures(u20, []), b], 0, 1).map((x) => x.status)).toEqual([
      'not-comparable',
      'not-comparable',
    ]);
    expect(d[1]!.example).toBe('CatchResponseError(\'Got wrong token, expected "abc"\')'); // the target's text
  });

  test(
    'ids in names and messages fold, so the same error on two job ids matches; ' + 'a third run only gives status null',
    () => {
      const url = (id: string) => `/api/jobs/${id}/update`; // ids from ravi's stats
      const f = (id: string, n: number): FailureEntry => ({
        method: 'PATCH',
        name: url(id),
        error: `HTTPError('500 Server Error: Internal Server Error for url: ${url(id)}')`,
        occurrences: n,
        firstSeen: null,
        lastSeen: null,
      });
      const runs = [
        withFailures(ravi, [f('00b3a24e-3344-4949-8e75-4dec6d846168', 4)]),
        withFailures(ravi, [{ ...f('08328e8c-82d6-43dc-abd6-e4658eff499f', 1), error: 'ReadTimeout()' }]),
        withFailures(ravi, [
          f('09905cb5-84dc-4cfd-ad2d-1f9d87e348ee', 4),
          f('0f0b0f0b-10b4-47f5-bb4e-06f5a652a6ab', 1),
        ]),
      ];
      const d = diffFailures(runs, 0, 2);
      expect(d.map((x) => [x.name, x.occurrences, x.status, x.category])).toEqual([
        ['/api/jobs/[id]/update', [4, null, 5], 'grown', 'http-5xx'], // 4 -> 5 is exactly +25%: grown
        ['/api/jobs/[id]/update', [null, 1, null], null, 'timeout'],
      ]);
    },
  );

  test('normalizeError keeps status codes and small numbers', () => {
    expect(normalizeError("gaierror(8, 'nodename nor servname provided, or not known')")).toBe(
      "gaierror(8, 'nodename nor servname provided, or not known')",
    );
    expect(normalizeError('Order 123456 not found at <Conn object at 0x7f3a2c1b9d60>')).toBe(
      'Order [id] not found at <Conn object at 0x…>',
    );
  });
});

describe('failureConcentration', () => {
  // run, failures, top endpoint failures, endpoints with failures / with requests, top error occurrences, verdict
  test.each([
    ['eq-author 2.5.1', eq, 45, 5, 20, 21, 5, 'spread'],
    ['ravi 2.32.3', ravi, 74, 70, 3, 32, 70, 'concentrated'],
    ['srb 0.14 baseline_performance', srb, 288, 288, 1, 17, 288, 'concentrated'],
    ['smallpool 20u', u20, 8, 3, 5, 14, 3, 'mixed'],
    ['smallpool 40u', u40, 13, 7, 6, 14, 5, 'mixed'],
    ['veroliut 2.29.1', vero, 1, 1, 1, 5, 1, 'too-few'],
    ['srb 0.14 baseline_1_client', srb1, 0, null, 0, 146, null, 'none'],
  ] as const)('%s', (_label, run, failures, top, withF, withR, topErr, verdict) => {
    const c = failureConcentration(run);
    expect(c).toMatchObject({ failures, endpointsWithFailures: withF, endpointsWithRequests: withR, verdict });
    expect(c.topEndpoint?.failures ?? null).toBe(top);
    if (top !== null) expect(c.topEndpoint!.share).toBeCloseTo(top / failures, 15);
    expect(c.topError?.occurrences ?? null).toBe(topErr);
    expect(c.evidence).toMatch(/^[A-Z0-9].*\.$/);
    expect(c.evidence.split('. ')).toHaveLength(1);
  });

  test('evidence sentences state counts and nothing else', () => {
    expect(failureConcentration(ravi).evidence).toBe(
      '70 of 74 failures (95%) are on POST /api/users/create, all with one error (400 Client Error: ' +
        'Bad Request for url: /api/users/create); 3 of 32 endpoints with requests had failures.',
    );
    expect(failureConcentration(eq).evidence).toBe(
      '20 of 21 endpoints with requests had failures (95%), and the most on one endpoint is 5 of 45 failures (11%), ' +
        'on GET /questionnaire/benchmark/test_business/benchmark123/' +
        'groupquestionnaire-introduction/0/introduction-block.',
    );
    expect(failureConcentration(u40).evidence).toBe(
      '6 of 14 endpoints with requests had failures, and the most on one endpoint is 7 of 13 failures (54%), ' +
        'on GET /detail_project/[id]/rekap-rab/: failures are neither in one place nor on half of the endpoints.',
    );
    expect(failureConcentration(vero).evidence).toBe(
      'Only 1 failure, too few to show a pattern; 1 of 5 endpoints with requests had failures.',
    );
  });
});
