// Golden test: fixtures/locust-real/aedificare-socket-run1 (Locust 2.x, custom "socket" request
// type). report_*.csv and report.html (React templateArgs) come from the SAME run (203 req, 0 fail).
// CSV values read with cat / python csv ("row N" = 1-based line incl. header); HTML values from the
// `window.templateArgs = {...}` JSON extracted with a throwaway python script.
import { describe, expect, it } from 'vitest';
import { parseRunFiles, parseUpload } from '@/lib/domain/locust';
import { loadAll, loadCsvRun, loadFile } from './load';
import { CSV_KEYS_12, HTML_KEYS, checkAggregated, checkEndpoint, checkTimes, type ExpectedStats, runDurationS } from './helpers';

const FOLDER = 'locust-real/aedificare-socket-run1';

// report_stats.csv row 4: ,Aggregated,203,0,4000,3321.0,0,5180,15.211822660098521,1.267373823266643,0.0,
//   4000,4000,4000,5000,5000,5000,5000,5000,5200,5200,5200
// prettier-ignore
const CSV_AGG: ExpectedStats = { requests: 203, failures: 0, medianMs: 4000, avgMs: 3321, minMs: 0, maxMs: 5180, rps: 1.267373823266643, percentiles: { '50': 4000, '80': 5000, '95': 5000, '99': 5000, '99.9': 5200, '100': 5200 } };

describe('golden: aedificare-socket-run1', () => {
  describe('CSV run (report_*.csv)', () => {
    const run = () => parseRunFiles(loadCsvRun(FOLDER, 'report'));

    it('aggregated row', () => {
      checkAggregated(run(), { ...CSV_AGG, percentileKeys: CSV_KEYS_12 });
    });

    it('2 socket endpoints', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(2);
      // prettier-ignore
      {
        // report_stats.csv row 2: socket,connect,10,0,0,0.0,0,0,0.0,0.06243220804269177,0.0,0,...,0
        checkEndpoint(r, { method: 'socket', name: 'connect', requests: 10, failures: 0, medianMs: 0, avgMs: 0, minMs: 0, maxMs: 0, rps: 0.06243220804269177, percentiles: { '50': 0, '95': 0, '100': 0 } });
        // report_stats.csv row 3: socket,send_message,193,0,4000,3493.0725388601036,2000,5180,...,95%=5000,100%=5200
        checkEndpoint(r, { method: 'socket', name: 'send_message', requests: 193, failures: 0, medianMs: 4000, avgMs: 3493.0725388601036, minMs: 2000, maxMs: 5180, rps: 1.2049416152239512, percentiles: { '50': 4000, '95': 5000, '100': 5200 } });
      }
    });

    it('failures/exceptions: header-only files', () => {
      const r = run();
      expect(r.failures).toEqual([]);
      expect(r.exceptions).toEqual([]);
    });

    it('history, users, times', () => {
      const r = run();
      // report_stats_history.csv: 161 data rows, Timestamp row 2 = 1749138781, row 162 = 1749138942; max User Count 10
      expect(r.history?.points).toBe(161);
      expect(r.meta.userCount).toBe(10);
      checkTimes(r, '2025-06-05T15:53:01Z', '2025-06-05T15:55:42Z', 161);
    });
  });

  describe('HTML only (report.html)', () => {
    const run = () => parseRunFiles([loadFile(FOLDER, 'report.html')]);

    it('aggregated (requests_statistics[2] + response_time_statistics[2])', () => {
      // prettier-ignore
      checkAggregated(run(), { requests: 203, failures: 0, medianMs: 4000, avgMs: 3321, minMs: 0, maxMs: 5180, percentiles: { '50': 4000, '60': 4000, '80': 5000, '95': 5000, '99': 5000, '100': 5200 }, percentileKeys: HTML_KEYS });
    });

    it('2 endpoints', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(2);
      // prettier-ignore
      {
        // requests_statistics[0] / response_time_statistics[0]
        checkEndpoint(r, { method: 'socket', name: 'connect', requests: 10, failures: 0, medianMs: 0, avgMs: 0, minMs: 0, maxMs: 0, percentiles: { '50': 0, '95': 0, '100': 0 } });
        // requests_statistics[1] / response_time_statistics[1]
        checkEndpoint(r, { method: 'socket', name: 'send_message', requests: 193, failures: 0, medianMs: 4000, avgMs: 3493.0725388601036, minMs: 2000, maxMs: 5180, percentiles: { '50': 4000, '95': 5000, '100': 5200 } });
      }
    });

    it('no failures/exceptions; history, users, times', () => {
      const r = run();
      expect(r.failures).toEqual([]);
      expect(r.exceptions).toEqual([]);
      // templateArgs.history: 33 points, user_count ints, max 10
      expect(r.history?.points).toBe(33);
      expect(r.meta.userCount).toBe(10);
      // start_time "2025-06-05T15:53:01Z", end_time "2025-06-05T15:55:41Z"; the Aggregated row's
      // num_requests 203 / total_rps 1.267373823266643 = 160.17 s, longer than the 160 s between them
      checkTimes(r, '2025-06-05T15:53:01Z', '2025-06-05T15:55:41Z', runDurationS(160, 203, 1.267373823266643));
    });
  });

  describe('all files together -> one run with the CSV numbers', () => {
    const check = (r: ReturnType<typeof parseRunFiles>) => {
      checkAggregated(r, CSV_AGG);
      expect(r.endpoints).toHaveLength(2);
      expect(r.history?.source).toBe('csv');
      expect(r.history?.points).toBe(161);
      expect(r.meta.userCount).toBe(10);
      // CSV-only percentile column: 99.9% = 5200 (report_stats.csv row 4)
      expect(r.aggregated.percentiles['99.9']).toBe(5200);
    };

    it('parseRunFiles(all files)', () => {
      check(parseRunFiles(loadAll(FOLDER)));
    });

    it('parseUpload(all files) groups the shared prefix "report" into one run', () => {
      const { runs } = parseUpload(loadAll(FOLDER));
      expect(runs).toHaveLength(1);
      expect(runs[0]?.key).toMatch(/^report(\.html)?$/);
      check(runs[0]!.run);
    });
  });
});
