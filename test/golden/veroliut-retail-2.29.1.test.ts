// Golden test: fixtures/locust-real/veroliut-retail-2.29.1 (Locust 2.29.1). The CSV set
// (prefix "results") and report.html (React, window.templateArgs) come from the SAME run.
// CSV values read with cat / python csv ("row N" = 1-based line incl. header); HTML values read by
// extracting the `window.templateArgs = {...}` JSON with a throwaway python script (indexes are
// 0-based positions in templateArgs.requests_statistics / response_time_statistics).
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadAll, loadCsvRun, loadFile } from './load';
import {
  CSV_KEYS_12,
  HTML_KEYS,
  checkAggregated,
  checkEndpoint,
  checkTimes,
  sumExceptionCounts,
  sumOccurrences,
  type ExpectedStats,
} from './helpers';

const FOLDER = 'locust-real/veroliut-retail-2.29.1';

// results_stats.csv row 7: ,Aggregated,37219,1,1500.0,5826.092150892615,32.15787501540035,53154.64070899179,
//   240.95848894381902,631.3258640849056,0.01696246175568676,1500,3200,4700,6100,19000,33000,43000,46000,51000,52000,53000
// prettier-ignore
const CSV_AGG: ExpectedStats = { requests: 37219, failures: 1, medianMs: 1500, avgMs: 5826.092150892615, minMs: 32.15787501540035, maxMs: 53154.64070899179, rps: 631.3258640849056, percentiles: { '50': 1500, '66': 3200, '95': 33000, '99': 46000, '99.9': 51000, '100': 53000 } };

const GAIERROR = "gaierror(8, 'nodename nor servname provided, or not known')";
const EXC_MESSAGE = "'checkout' object has no attribute 'productId'";

describe('golden: veroliut-retail-2.29.1', () => {
  describe('CSV run (results_*)', () => {
    const run = () => parseRunFiles(loadCsvRun(FOLDER, 'results'));

    it('aggregated row', () => {
      checkAggregated(run(), { ...CSV_AGG, percentileKeys: CSV_KEYS_12 });
    });

    it('5 endpoints and selected rows', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(5); // rows 2-6
      // prettier-ignore
      {
        // results_stats.csv row 2: POST,/carts,15375,0,1200.0,3423.340802137289,35.54120898479596,50761.34312496288
        checkEndpoint(r, { method: 'POST', name: '/carts', requests: 15375, failures: 0, medianMs: 1200, avgMs: 3423.340802137289, minMs: 35.54120898479596, maxMs: 50761.34312496288, rps: 260.79784949368394, percentiles: { '50': 1200, '95': 17000, '100': 51000 } });
        // results_stats.csv row 3: GET,/carts/*,9817,0,1000.0,1529.3736738182806,32.15787501540035,11401.81670797756
        checkEndpoint(r, { method: 'GET', name: '/carts/*', requests: 9817, failures: 0, medianMs: 1000, avgMs: 1529.3736738182806, minMs: 32.15787501540035, maxMs: 11401.81670797756, rps: 166.52048705557695, percentiles: { '50': 1000, '95': 4900, '100': 11000 } });
        // results_stats.csv row 5: GET,/products/*,4286,1,20000.0,22705.99442003016,1179.2559999739751,53154.64070899179
        checkEndpoint(r, { method: 'GET', name: '/products/*', requests: 4286, failures: 1, medianMs: 20000, avgMs: 22705.99442003016, minMs: 1179.2559999739751, maxMs: 53154.64070899179, rps: 72.70111108487346, percentiles: { '50': 20000, '95': 47000, '100': 53000 } });
      }
    });

    it('failures and exceptions', () => {
      const r = run();
      // results_failures.csv row 2: GET,/products/*,"gaierror(8, 'nodename nor servname provided, or not known')",1
      expect(r.failures).toHaveLength(1);
      expect(sumOccurrences(r)).toBe(1);
      expect(r.failures[0]).toMatchObject({ method: 'GET', name: '/products/*', error: GAIERROR, occurrences: 1 });
      // results_exceptions.csv: 2 records, Count 5318 and 9397 (sum 14715), same message
      expect(r.exceptions).toHaveLength(2);
      expect(sumExceptionCounts(r)).toBe(14715);
      expect(r.exceptions.map((e) => e.message)).toEqual([EXC_MESSAGE, EXC_MESSAGE]);
    });

    it('history, users, times', () => {
      const r = run();
      // results_stats_history.csv: 61 data rows, Timestamp row 2 = 1724151243, row 62 = 1724151306; max User Count 15000
      expect(r.history?.points).toBe(61);
      expect(r.meta.userCount).toBe(15000);
      checkTimes(r, '2024-08-20T10:54:03Z', '2024-08-20T10:55:06Z', 63);
    });
  });

  describe('HTML only (report.html)', () => {
    const run = () => parseRunFiles([loadFile(FOLDER, 'report.html')]);

    it('aggregated (requests_statistics[5] + response_time_statistics[5])', () => {
      // prettier-ignore
      checkAggregated(run(), { requests: 37219, failures: 1, medianMs: 1500, avgMs: 5826.092150892615, minMs: 32, maxMs: 53155, percentiles: { '50': 1500, '60': 2500, '90': 19000, '95': 33000, '99': 46000, '100': 53000 }, percentileKeys: HTML_KEYS });
    });

    it('5 endpoints and selected rows', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(5); // 6 entries incl. Aggregated
      // prettier-ignore
      {
        // requests_statistics[0] / response_time_statistics[0]
        checkEndpoint(r, { method: 'POST', name: '/carts', requests: 15375, failures: 0, medianMs: 1200, avgMs: 3423.340802137289, minMs: 36, maxMs: 50761, percentiles: { '50': 1200, '95': 17000, '100': 51000 } });
        // requests_statistics[3] / response_time_statistics[3]
        checkEndpoint(r, { method: 'GET', name: '/products/*', requests: 4286, failures: 1, medianMs: 20000, avgMs: 22705.99442003016, minMs: 1179, maxMs: 53155, percentiles: { '50': 20000, '60': 24000, '95': 47000, '100': 53000 } });
      }
    });

    it('failures (HTML-escaped &#x27; decoded) and exceptions', () => {
      const r = run();
      // failures_statistics[0]: error "gaierror(8, &#x27;nodename nor servname provided, or not known&#x27;)", 1
      expect(r.failures).toHaveLength(1);
      expect(r.failures[0]).toMatchObject({ method: 'GET', name: '/products/*', error: GAIERROR, occurrences: 1 });
      // exceptions_statistics: counts 5318 + 9397
      expect(r.exceptions).toHaveLength(2);
      expect(sumExceptionCounts(r)).toBe(14715);
      expect(r.exceptions[0]?.message).toBe(EXC_MESSAGE);
    });

    it('history, users, times', () => {
      const r = run();
      // templateArgs.history: 14 points, user_count plain ints, max 15000
      expect(r.history?.points).toBe(14);
      expect(r.meta.userCount).toBe(15000);
      // start_time "2024-08-20T10:54:03Z", end_time "2024-08-20T10:55:02Z"
      checkTimes(r, '2024-08-20T10:54:03Z', '2024-08-20T10:55:02Z', 59);
    });
  });

  describe('all files together (parseRunFiles) -> one run with the CSV numbers', () => {
    const run = () => parseRunFiles(loadAll(FOLDER));

    it('aggregated and endpoints come from results_stats.csv', () => {
      const r = run();
      checkAggregated(r, CSV_AGG);
      expect(r.endpoints).toHaveLength(5);
      // prettier-ignore
      checkEndpoint(r, { method: 'GET', name: '/products/*', requests: 4286, failures: 1, medianMs: 20000, minMs: 1179.2559999739751, maxMs: 53154.64070899179, percentiles: { '66': 29000, '95': 47000, '99.9': 52000 } });
    });

    it('failures, exceptions, history and users from the CSV set', () => {
      const r = run();
      expect(sumOccurrences(r)).toBe(1);
      expect(sumExceptionCounts(r)).toBe(14715);
      expect(r.history?.source).toBe('csv');
      expect(r.history?.points).toBe(61);
      expect(r.meta.userCount).toBe(15000);
      // both sources agree on the start (history row 2 = 1724151243; HTML start_time 10:54:03Z)
      expect(Date.parse(r.meta.startTime ?? '')).toBe(Date.parse('2024-08-20T10:54:03Z'));
    });
  });
});
