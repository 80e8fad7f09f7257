// Golden test: fixtures/locust-real/ons-srb-0003-locust0.14 (Locust 0.14.5: quoted stats.csv with
// "# requests"/"Requests Failed/s" and the "99.999" label without %, Aggregated-only
// stats_history.csv starting "Type","Name","Timestamp" with NO user-count column, failures.csv).
// 8 runs. Every literal was read from the files with cat/a throwaway python csv script;
// "row N" = 1-based physical line including the header. Times are the first/last history
// Timestamp (epoch seconds) converted to UTC.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import {
  CSV_KEYS_014,
  checkAggregated,
  checkEndpoint,
  checkTimes,
  sumOccurrences,
  type ExpectedEndpoint,
  type ExpectedStats,
  runDurationS,
} from './helpers';

const FOLDER = 'locust-real/ons-srb-0003-locust0.14';

interface Case {
  prefix: string;
  aggregated: ExpectedStats;
  endpointCount: number;
  endpoints: ExpectedEndpoint[];
  historyPoints: number;
  userCount: number | null;
  start: string;
  end: string;
  /** History span, or requests / rps when longer (rps written with %.2f: +0.005 keeps it a lower bound). */
  durationS: number;
  failureRows: number;
  failureOccurrences: number;
  failureSample?: { method: string; name: string; error: string; occurrences: number };
}

// prettier-ignore
const CASES: Case[] = [
  {
    prefix: 'baseline_1_client',
    // baseline_1_client_stats.csv row 148 (Aggregated)
    aggregated: { requests: 644, failures: 0, medianMs: 89, avgMs: 94, minMs: 65, maxMs: 405, rps: 10.56, percentiles: { '50': 89, '95': 130, '99': 190, '99.9': 410, '99.999': 410, '100': 410 } },
    endpointCount: 146, // rows 2-147
    endpoints: [
      // baseline_1_client_stats.csv row 3: GET,/questionnaire/,13,0,80,88,72,125
      { method: 'GET', name: '/questionnaire/', requests: 13, failures: 0, medianMs: 80, avgMs: 88, minMs: 72, maxMs: 125, rps: 0.21, percentiles: { '50': 80, '95': 130, '100': 130 } },
      // baseline_1_client_stats.csv row 4: POST,/questionnaire/,13,0,76,103,65,254
      { method: 'POST', name: '/questionnaire/', requests: 13, failures: 0, medianMs: 76, avgMs: 103, minMs: 65, maxMs: 254, rps: 0.21, percentiles: { '50': 76, '95': 250, '100': 250 } },
      // baseline_1_client_stats.csv row 146: GET,/session,3,0,190,239,121,405
      { method: 'GET', name: '/session', requests: 3, failures: 0, medianMs: 190, avgMs: 239, minMs: 121, maxMs: 405, rps: 0.05, percentiles: { '50': 190, '95': 410, '100': 410 } },
    ],
    // baseline_1_client_stats_history.csv: 31 data rows, Timestamp row 2 = 1586169797, row 32 = 1586169857
    historyPoints: 31, userCount: null, start: '2020-04-06T10:43:17Z', end: '2020-04-06T10:44:17Z', durationS: runDurationS(60, 644, 10.56, 0.005),
    // baseline_1_client_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: 'baseline_5_clients',
    // baseline_5_clients_stats.csv row 148 (Aggregated)
    aggregated: { requests: 3046, failures: 0, medianMs: 93, avgMs: 99, minMs: 61, maxMs: 444, rps: 49.94, percentiles: { '50': 93, '95': 140, '99': 180, '99.9': 270, '99.999': 440, '100': 440 } },
    endpointCount: 146, // rows 2-147
    endpoints: [
      // baseline_5_clients_stats.csv row 3: GET,/questionnaire/,62,0,84,91,70,146
      { method: 'GET', name: '/questionnaire/', requests: 62, failures: 0, medianMs: 84, avgMs: 91, minMs: 70, maxMs: 146, rps: 1.02, percentiles: { '50': 84, '95': 130, '100': 150 } },
      // baseline_5_clients_stats.csv row 4: POST,/questionnaire/,62,0,75,101,64,270
      { method: 'POST', name: '/questionnaire/', requests: 62, failures: 0, medianMs: 75, avgMs: 101, minMs: 64, maxMs: 270, rps: 1.02, percentiles: { '50': 75, '95': 240, '100': 270 } },
      // baseline_5_clients_stats.csv row 146: GET,/session,15,0,140,204,115,444
      { method: 'GET', name: '/session', requests: 15, failures: 0, medianMs: 140, avgMs: 204, minMs: 115, maxMs: 444, rps: 0.25, percentiles: { '50': 140, '95': 440, '100': 440 } },
    ],
    // baseline_5_clients_stats_history.csv: 31 data rows, Timestamp row 2 = 1586170593, row 32 = 1586170653
    historyPoints: 31, userCount: null, start: '2020-04-06T10:56:33Z', end: '2020-04-06T10:57:33Z', durationS: runDurationS(60, 3046, 49.94, 0.005),
    // baseline_5_clients_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: 'baseline_25_clients',
    // baseline_25_clients_stats.csv row 148 (Aggregated)
    aggregated: { requests: 9751, failures: 0, medianMs: 140, avgMs: 154, minMs: 64, maxMs: 1486, rps: 159.82, percentiles: { '50': 140, '95': 280, '99': 380, '99.9': 1200, '99.999': 1500, '100': 1500 } },
    endpointCount: 146, // rows 2-147
    endpoints: [
      // baseline_25_clients_stats.csv row 3: GET,/questionnaire/,196,0,130,137,76,428
      { method: 'GET', name: '/questionnaire/', requests: 196, failures: 0, medianMs: 130, avgMs: 137, minMs: 76, maxMs: 428, rps: 3.21, percentiles: { '50': 130, '95': 220, '100': 430 } },
      // baseline_25_clients_stats.csv row 4: POST,/questionnaire/,195,0,110,149,64,509
      { method: 'POST', name: '/questionnaire/', requests: 195, failures: 0, medianMs: 110, avgMs: 149, minMs: 64, maxMs: 509, rps: 3.2, percentiles: { '50': 110, '95': 340, '100': 510 } },
      // baseline_25_clients_stats.csv row 146: GET,/session,52,0,230,234,115,390
      { method: 'GET', name: '/session', requests: 52, failures: 0, medianMs: 230, avgMs: 234, minMs: 115, maxMs: 390, rps: 0.85, percentiles: { '50': 230, '95': 380, '100': 390 } },
    ],
    // baseline_25_clients_stats_history.csv: 31 data rows, Timestamp row 2 = 1586171149, row 32 = 1586171209
    historyPoints: 31, userCount: null, start: '2020-04-06T11:05:49Z', end: '2020-04-06T11:06:49Z', durationS: runDurationS(60, 9751, 159.82, 0.005),
    // baseline_25_clients_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: 'baseline_50_clients',
    // baseline_50_clients_stats.csv row 148 (Aggregated)
    aggregated: { requests: 12281, failures: 0, medianMs: 190, avgMs: 245, minMs: 66, maxMs: 2409, rps: 201.11, percentiles: { '50': 190, '95': 600, '99': 930, '99.9': 1600, '99.999': 2400, '100': 2400 } },
    endpointCount: 146, // rows 2-147
    endpoints: [
      // baseline_50_clients_stats.csv row 3: GET,/questionnaire/,215,0,180,230,81,875
      { method: 'GET', name: '/questionnaire/', requests: 215, failures: 0, medianMs: 180, avgMs: 230, minMs: 81, maxMs: 875, rps: 3.52, percentiles: { '50': 180, '95': 540, '100': 880 } },
      // baseline_50_clients_stats.csv row 4: POST,/questionnaire/,215,0,170,228,66,1203
      { method: 'POST', name: '/questionnaire/', requests: 215, failures: 0, medianMs: 170, avgMs: 228, minMs: 66, maxMs: 1203, rps: 3.52, percentiles: { '50': 170, '95': 560, '100': 1200 } },
      // baseline_50_clients_stats.csv row 146: GET,/session,66,0,340,454,151,1721
      { method: 'GET', name: '/session', requests: 66, failures: 0, medianMs: 340, avgMs: 454, minMs: 151, maxMs: 1721, rps: 1.08, percentiles: { '50': 350, '95': 1300, '100': 1700 } },
    ],
    // baseline_50_clients_stats_history.csv: 31 data rows, Timestamp row 2 = 1586168239, row 32 = 1586168299
    historyPoints: 31, userCount: null, start: '2020-04-06T10:17:19Z', end: '2020-04-06T10:18:19Z', durationS: runDurationS(60, 12281, 201.11, 0.005),
    // baseline_50_clients_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: 'investigation_1_client',
    // investigation_1_client_stats.csv row 148 (Aggregated)
    aggregated: { requests: 728, failures: 0, medianMs: 80, avgMs: 83, minMs: 55, maxMs: 488, rps: 11.94, percentiles: { '50': 80, '95': 120, '99': 160, '99.9': 490, '99.999': 490, '100': 490 } },
    endpointCount: 146, // rows 2-147
    endpoints: [
      // investigation_1_client_stats.csv row 3: GET,/questionnaire/,15,0,69,73,65,104
      { method: 'GET', name: '/questionnaire/', requests: 15, failures: 0, medianMs: 69, avgMs: 73, minMs: 65, maxMs: 104, rps: 0.25, percentiles: { '50': 69, '95': 100, '100': 100 } },
      // investigation_1_client_stats.csv row 4: POST,/questionnaire/,15,0,61,90,56,221
      { method: 'POST', name: '/questionnaire/', requests: 15, failures: 0, medianMs: 61, avgMs: 90, minMs: 56, maxMs: 221, rps: 0.25, percentiles: { '50': 61, '95': 220, '100': 220 } },
      // investigation_1_client_stats.csv row 146: GET,/session,4,0,110,208,102,488
      { method: 'GET', name: '/session', requests: 4, failures: 0, medianMs: 110, avgMs: 208, minMs: 102, maxMs: 488, rps: 0.07, percentiles: { '50': 130, '95': 490, '100': 490 } },
    ],
    // investigation_1_client_stats_history.csv: 31 data rows, Timestamp row 2 = 1586169952, row 32 = 1586170012
    historyPoints: 31, userCount: null, start: '2020-04-06T10:45:52Z', end: '2020-04-06T10:46:52Z', durationS: runDurationS(60, 728, 11.94, 0.005),
    // investigation_1_client_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: 'investigation_25_clients',
    // investigation_25_clients_stats.csv row 148 (Aggregated)
    aggregated: { requests: 10736, failures: 0, medianMs: 120, avgMs: 140, minMs: 53, maxMs: 679, rps: 175.98, percentiles: { '50': 120, '95': 270, '99': 400, '99.9': 570, '99.999': 680, '100': 680 } },
    endpointCount: 146, // rows 2-147
    endpoints: [
      // investigation_25_clients_stats.csv row 3: GET,/questionnaire/,211,0,110,121,62,372
      { method: 'GET', name: '/questionnaire/', requests: 211, failures: 0, medianMs: 110, avgMs: 121, minMs: 62, maxMs: 372, rps: 3.46, percentiles: { '50': 110, '95': 220, '100': 370 } },
      // investigation_25_clients_stats.csv row 4: POST,/questionnaire/,211,0,99,138,53,657
      { method: 'POST', name: '/questionnaire/', requests: 211, failures: 0, medianMs: 99, avgMs: 138, minMs: 53, maxMs: 657, rps: 3.46, percentiles: { '50': 99, '95': 330, '100': 660 } },
      // investigation_25_clients_stats.csv row 146: GET,/session,56,0,200,213,95,417
      { method: 'GET', name: '/session', requests: 56, failures: 0, medianMs: 200, avgMs: 213, minMs: 95, maxMs: 417, rps: 0.92, percentiles: { '50': 210, '95': 390, '100': 420 } },
    ],
    // investigation_25_clients_stats_history.csv: 31 data rows, Timestamp row 2 = 1586170987, row 32 = 1586171047
    historyPoints: 31, userCount: null, start: '2020-04-06T11:03:07Z', end: '2020-04-06T11:04:07Z', durationS: runDurationS(60, 10736, 175.98, 0.005),
    // investigation_25_clients_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: 'investigation_50_clients',
    // investigation_50_clients_stats.csv row 148 (Aggregated)
    aggregated: { requests: 20150, failures: 0, medianMs: 130, avgMs: 149, minMs: 53, maxMs: 922, rps: 330.05, percentiles: { '50': 130, '95': 270, '99': 380, '99.9': 550, '99.999': 920, '100': 920 } },
    endpointCount: 146, // rows 2-147
    endpoints: [
      // investigation_50_clients_stats.csv row 3: GET,/questionnaire/,403,0,120,136,66,458
      { method: 'GET', name: '/questionnaire/', requests: 403, failures: 0, medianMs: 120, avgMs: 136, minMs: 66, maxMs: 458, rps: 6.6, percentiles: { '50': 120, '95': 230, '100': 460 } },
      // investigation_50_clients_stats.csv row 4: POST,/questionnaire/,403,0,120,139,53,694
      { method: 'POST', name: '/questionnaire/', requests: 403, failures: 0, medianMs: 120, avgMs: 139, minMs: 53, maxMs: 694, rps: 6.6, percentiles: { '50': 120, '95': 290, '100': 690 } },
      // investigation_50_clients_stats.csv row 146: GET,/session,101,0,220,244,95,922
      { method: 'GET', name: '/session', requests: 101, failures: 0, medianMs: 220, avgMs: 244, minMs: 95, maxMs: 922, rps: 1.65, percentiles: { '50': 220, '95': 400, '100': 920 } },
    ],
    // investigation_50_clients_stats_history.csv: 31 data rows, Timestamp row 2 = 1586168098, row 32 = 1586168158
    historyPoints: 31, userCount: null, start: '2020-04-06T10:14:58Z', end: '2020-04-06T10:15:58Z', durationS: runDurationS(60, 20150, 330.05, 0.005),
    // investigation_50_clients_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: 'baseline_performance',
    // baseline_performance_stats.csv row 19 (Aggregated)
    aggregated: { requests: 5488, failures: 288, medianMs: 180, avgMs: 327, minMs: 76, maxMs: 5208, rps: 3.05, percentiles: { '50': 180, '95': 780, '99': 1300, '99.9': 2600, '99.99': 5200, '99.999': 5200, '100': 5200 } },
    endpointCount: 17, // rows 2-18
    endpoints: [
      // baseline_performance_stats.csv row 2: GET,/questionnaire,289,0,160,236,83,1389
      { method: 'GET', name: '/questionnaire', requests: 289, failures: 0, medianMs: 160, avgMs: 236, minMs: 83, maxMs: 1389, rps: 0.16, percentiles: { '50': 160, '95': 500, '100': 1400 } },
      // baseline_performance_stats.csv row 15: GET,/questionnaire/visitor/add-visitor/?previous=any-visitors,288,288,160,235,76,2651
      { method: 'GET', name: '/questionnaire/visitor/add-visitor/?previous=any-visitors', requests: 288, failures: 288, medianMs: 160, avgMs: 235, minMs: 76, maxMs: 2651, rps: 0.16, percentiles: { '50': 160, '95': 500, '100': 2700 } },
      // baseline_performance_stats.csv row 18: GET,/session,289,0,330,444,130,2267
      { method: 'GET', name: '/session', requests: 289, failures: 0, medianMs: 330, avgMs: 444, minMs: 130, maxMs: 2267, rps: 0.16, percentiles: { '50': 330, '95': 970, '100': 2300 } },
    ],
    // baseline_performance_stats_history.csv: 900 data rows, Timestamp row 2 = 1585746850, row 901 = 1585748650
    historyPoints: 900, userCount: null, start: '2020-04-01T13:14:10Z', end: '2020-04-01T13:44:10Z', durationS: runDurationS(1800, 5488, 3.05, 0.005),
    // baseline_performance_failures.csv: 1 data row, Occurrences sum 288
    failureRows: 1, failureOccurrences: 288,
    // baseline_performance_failures.csv row 2
    failureSample: {
      method: 'GET',
      name: '/questionnaire/visitor/add-visitor/?previous=any-visitors',
      error: 'Expected a (200) but got a (302) back when getting page: /questionnaire/visitor/add-visitor/?previous=any-visitors',
      occurrences: 288,
    },
  },
];

describe('golden: ons-srb-0003-locust0.14', () => {
  describe.each(CASES)('$prefix', (c) => {
    const run = () => parseRunFiles(loadCsvRun(FOLDER, c.prefix));

    it('aggregated row', () => {
      checkAggregated(run(), { ...c.aggregated, percentileKeys: CSV_KEYS_014 });
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
      if (c.failureSample) expect(r.failures).toContainEqual(expect.objectContaining(c.failureSample));
      expect(r.exceptions).toEqual([]); // no _exceptions.csv before 1.4.2
    });

    it('history, users, times', () => {
      const r = run();
      expect(r.history).not.toBeNull();
      expect(r.history?.points).toBe(c.historyPoints);
      expect(r.meta.userCount).toBe(c.userCount); // 0.14 history has no "User Count" column
      checkTimes(r, c.start, c.end, c.durationS);
    });
  });
});
