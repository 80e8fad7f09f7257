// Golden test: fixtures/locust-real/ons-eqauthor-2022-locust2.5.1 (Locust 2.5.1: output_stats.csv,
// output_failures.csv with long quoted error texts, output_exceptions.csv with multi-line
// tracebacks; NO stats_history.csv). Values read with cat / python csv; "row N" = 1-based
// physical line incl. header (for exceptions: Nth record, the tracebacks span lines).
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import {
  CSV_KEYS_12,
  checkAggregated,
  checkEndpoint,
  checkNoTimes,
  sumExceptionCounts,
  sumOccurrences,
} from './helpers';

const FOLDER = 'locust-real/ons-eqauthor-2022-locust2.5.1';
const run = () => parseRunFiles(loadCsvRun(FOLDER, 'output'));

describe('golden: ons-eqauthor-2022-locust2.5.1', () => {
  it('aggregated row', () => {
    // output_stats.csv row 23: ,Aggregated,101099,45,320.0,639.9745606785812,86.11471300000062,52362.592593000045,
    //   8679.145085510243,166.37777838177337,0.07405612347480986,320,390,470,550,1200,2400,4700,6300,12000,23000,52000
    checkAggregated(run(), {
      requests: 101099,
      failures: 45,
      medianMs: 320,
      avgMs: 639.9745606785812,
      minMs: 86.11471300000062,
      maxMs: 52362.592593000045,
      rps: 166.37777838177337,
      percentiles: { '50': 320, '95': 2400, '99': 6300, '99.9': 12000, '99.99': 23000, '100': 52000 },
      percentileKeys: CSV_KEYS_12,
    });
  });

  it('21 endpoints and selected rows', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(21); // rows 2-22
    // prettier-ignore
    {
      // output_stats.csv row 22: GET,/session,4941,1,340.0,802.3296093895985,138.38639099998318,13713.639297999976,...,95%=3700,100%=14000
      checkEndpoint(r, { method: 'GET', name: '/session', requests: 4941, failures: 1, medianMs: 340, avgMs: 802.3296093895985, minMs: 138.38639099998318, maxMs: 13713.639297999976, rps: 8.131362357534123, percentiles: { '50': 340, '95': 3700, '100': 14000 } });
      // output_stats.csv row 2
      checkEndpoint(r, { method: 'GET', name: '/questionnaire/benchmark/test_business/benchmark123/confirmation-group/0/confirmation', requests: 4728, failures: 3, medianMs: 310, avgMs: 573.8720408730991, minMs: 94.4790900000072, maxMs: 10946.315142000003, rps: 7.780830039753355, percentiles: { '50': 310, '95': 2200, '100': 11000 } });
      // output_stats.csv row 7
      checkEndpoint(r, { method: 'POST', name: '/questionnaire/benchmark/test_business/benchmark123/groupquestionnaire-introduction/0/block381', requests: 4841, failures: 4, medianMs: 310, avgMs: 593.9155367802107, minMs: 101.75150599999938, maxMs: 50132.262483000035, rps: 7.966793194256767, percentiles: { '50': 310, '95': 2100, '100': 50000 } });
    }
  });

  it('failures: 31 rows, 45 occurrences, quoted error texts with commas intact', () => {
    const r = run();
    expect(r.failures).toHaveLength(31); // output_failures.csv data rows
    expect(sumOccurrences(r)).toBe(45); // equals the Aggregated Failure Count
    // output_failures.csv row 3
    expect(r.failures).toContainEqual(
      expect.objectContaining({
        method: 'GET',
        name: '/questionnaire/benchmark/test_business/benchmark123/confirmation-group/0/confirmation',
        error:
          'Expected a (200) but got a (502) back when getting page: /questionnaire/benchmark/test_business/benchmark123/confirmation-group/0/confirmation',
        occurrences: 3,
      }),
    );
    // output_failures.csv row 4 (a quoted field containing commas and single quotes)
    expect(r.failures).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        name: '/questionnaire/benchmark/test_business/benchmark123/groupquestionnaire-introduction/0/block381',
        error:
          "Expected a (302) but got a (502) back when posting page: /questionnaire/benchmark/test_business/benchmark123/groupquestionnaire-introduction/0/block381 with data: {'answer436': 100, 'answer437': 100, 'csrf_token': 'ImMxODU4ODE0NzJkZjdiYzQyYmRkN2FkZjNkYTc2NGIwMGMwMTdlNmMi.YqNaBg.9956bsD28viexW8wV7gWu1GEnxA'}",
        occurrences: 1,
      }),
    );
    // output_failures.csv row 2: GET /session with a very long JWT-bearing URL
    const session = r.failures.filter((f) => f.method === 'GET' && f.name === '/session');
    expect(session).toHaveLength(1);
    expect(session[0]?.error.startsWith('Expected a (302) but got a (502) back when getting page: /session?token=eyJhbGci')).toBe(true);
    expect(session[0]?.error.endsWith('.-r1ge6SwiJ0x3C_jG49yGA')).toBe(true);
  });

  it('exceptions: 3 records (multi-line tracebacks), counts 20+24+1 = 45', () => {
    const r = run();
    expect(r.exceptions).toHaveLength(3);
    expect(sumExceptionCounts(r)).toBe(45);
    // output_exceptions.csv record 2: Count 24
    const e = r.exceptions.find((x) => x.count === 24);
    expect(e?.message).toBe(
      'Expected a (200) but got a (502) back when getting page: /questionnaire/benchmark/test_business/benchmark123/groupquestionnaire-introduction/0/introduction-block',
    );
    expect(e?.traceback).toContain('questionnaire_mixins.py", line 23, in get');
    expect(e?.traceback).toContain('\n');
    expect(e?.nodes).toBe('local');
  });

  it('no history: users and times unknown', () => {
    const r = run();
    expect(r.history).toBeNull();
    expect(r.meta.userCount).toBeNull();
    checkNoTimes(r, 101099, 166.37777838177337);
  });
});
