// Golden test: fixtures/locust-real/ons-srb-0024-locust2.23.1 (Locust 2.23.1: stats/stats_history/failures CSVs; 2 runs (baseline vs investigation at 80 users)).
// Every literal was read from the files with cat/a throwaway python csv script (never from
// swarmlens); "row N" = 1-based physical line including the header. userCount = the maximum
// "User Count" over all history rows; times = first/last history Timestamp (epoch s) in UTC.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import {
  CSV_KEYS_12,
  checkAggregated,
  checkEndpoint,
  checkTimes,
  sumOccurrences,
  type ExpectedEndpoint,
  type ExpectedStats,
  runDurationS,
} from './helpers';

const FOLDER = 'locust-real/ons-srb-0024-locust2.23.1';

interface Case {
  prefix: string;
  aggregated: ExpectedStats;
  endpointCount: number;
  endpoints: ExpectedEndpoint[];
  historyPoints: number;
  userCount: number | null;
  start: string;
  end: string;
  /** History span, or requests / rps when longer (the history stops before the last request). */
  durationS: number;
  failureRows: number;
  failureOccurrences: number;
}

// prettier-ignore
const CASES: Case[] = [
  {
    prefix: 'runner-benchmark-g4u-g55zd_output',
    // runner-benchmark-g4u-g55zd_output_stats.csv row 95 (Aggregated)
    aggregated: { requests: 86409, failures: 0, medianMs: 63, avgMs: 78.37140211513521, minMs: 30.883467999956338, maxMs: 1554.124073998537, rps: 72.02766293519588, percentiles: { '50': 63, '95': 180, '99': 310, '99.9': 690, '100': 1600 } },
    endpointCount: 93, // rows 2-94
    endpoints: [
      // runner-benchmark-g4u-g55zd_output_stats.csv row 3: GET,/questionnaire/,1536,0,70,82.93904126694922,58.6041140013549,443.9283850006177
      { method: 'GET', name: '/questionnaire/', requests: 1536, failures: 0, medianMs: 70, avgMs: 82.93904126694922, minMs: 58.6041140013549, maxMs: 443.9283850006177, rps: 1.28035841484638, percentiles: { '50': 70, '95': 160, '100': 440 } },
      // runner-benchmark-g4u-g55zd_output_stats.csv row 4: POST,/questionnaire/,1531,0,200.0,155.0816129490677,31.6984870005399,809.2006009974284
      { method: 'POST', name: '/questionnaire/', requests: 1531, failures: 0, medianMs: 200, avgMs: 155.0816129490677, minMs: 31.6984870005399, maxMs: 809.2006009974284, rps: 1.2761905814647188, percentiles: { '50': 200, '95': 330, '100': 810 } },
      // runner-benchmark-g4u-g55zd_output_stats.csv row 89: GET,/session,817,0,210.0,309.18249951409274,175.15718600043328,1554.124073998537
      { method: 'GET', name: '/session', requests: 817, failures: 0, medianMs: 210, avgMs: 309.18249951409274, minMs: 175.15718600043328, maxMs: 1554.124073998537, rps: 0.6810239745634717, percentiles: { '50': 210, '95': 1000, '100': 1600 } },
    ],
    // runner-benchmark-g4u-g55zd_output_stats_history.csv: 1171 data rows, Timestamp row 2 = 1718895923, row 1172 = 1718897116, max User Count = 80
    historyPoints: 1171, userCount: 80, start: '2024-06-20T15:05:23Z', end: '2024-06-20T15:25:16Z', durationS: runDurationS(1193, 86409, 72.02766293519588),
    // runner-benchmark-g4u-g55zd_output_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: 'runner-benchmark-x1f-gj8rr_output',
    // runner-benchmark-x1f-gj8rr_output_stats.csv row 95 (Aggregated)
    aggregated: { requests: 86023, failures: 0, medianMs: 62, avgMs: 77.62526390903606, minMs: 29.469111999787856, maxMs: 1577.1003150002798, rps: 71.74092897611045, percentiles: { '50': 62, '95': 180, '99': 320, '99.9': 800, '100': 1600 } },
    endpointCount: 93, // rows 2-94
    endpoints: [
      // runner-benchmark-x1f-gj8rr_output_stats.csv row 3: GET,/questionnaire/,1521,0,69,80.53312516172502,57.29031999999279,952.4345889999495
      { method: 'GET', name: '/questionnaire/', requests: 1521, failures: 0, medianMs: 69, avgMs: 80.53312516172502, minMs: 57.29031999999279, maxMs: 952.4345889999495, rps: 1.268474163568627, percentiles: { '50': 69, '95': 160, '100': 950 } },
      // runner-benchmark-x1f-gj8rr_output_stats.csv row 4: POST,/questionnaire/,1515,0,200.0,156.70894249307167,31.195410000236734,1032.7557330001582
      { method: 'POST', name: '/questionnaire/', requests: 1515, failures: 0, medianMs: 200, avgMs: 156.70894249307167, minMs: 31.195410000236734, maxMs: 1032.7557330001582, rps: 1.263470320714313, percentiles: { '50': 200, '95': 350, '100': 1000 } },
      // runner-benchmark-x1f-gj8rr_output_stats.csv row 89: GET,/session,812,0,220.0,331.5801965147842,173.67095899999185,1577.1003150002798
      { method: 'GET', name: '/session', requests: 812, failures: 0, medianMs: 220, avgMs: 331.5801965147842, minMs: 173.67095899999185, maxMs: 1577.1003150002798, rps: 0.6771867329505096, percentiles: { '50': 220, '95': 1200, '100': 1600 } },
    ],
    // runner-benchmark-x1f-gj8rr_output_stats_history.csv: 1171 data rows, Timestamp row 2 = 1718879478, row 1172 = 1718880671, max User Count = 80
    historyPoints: 1171, userCount: 80, start: '2024-06-20T10:31:18Z', end: '2024-06-20T10:51:11Z', durationS: runDurationS(1193, 86023, 71.74092897611045),
    // runner-benchmark-x1f-gj8rr_output_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
];

describe('golden: ons-srb-0024-locust2.23.1', () => {
  describe.each(CASES)('$prefix', (c) => {
    const run = () => parseRunFiles(loadCsvRun(FOLDER, c.prefix));

    it('aggregated row', () => {
      checkAggregated(run(), { ...c.aggregated, percentileKeys: CSV_KEYS_12 });
    });

    it('endpoints (Aggregated excluded) and selected rows', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(c.endpointCount);
      for (const e of c.endpoints) checkEndpoint(r, e);
    });

    it('failures and exceptions', () => {
      const r = run();
      expect(r.failures).toHaveLength(c.failureRows);
      expect(sumOccurrences(r)).toBe(c.failureOccurrences);
      expect(r.exceptions).toEqual([]); // no _exceptions.csv in this folder
    });

    it('history, users, times', () => {
      const r = run();
      expect(r.history).not.toBeNull();
      expect(r.history?.points).toBe(c.historyPoints);
      expect(r.meta.userCount).toBe(c.userCount);
      checkTimes(r, c.start, c.end, c.durationS);
    });
  });
});
