// Golden test: fixtures/locust-real/aedificare-socket-run2 (rerun of run1: report_stats.csv,
// report_stats_history.csv and report.html of the SAME run; no failures/exceptions files).
// CSV values read with cat / python csv ("row N" = 1-based line incl. header); HTML values from the
// `window.templateArgs = {...}` JSON extracted with a throwaway python script.
import { describe, expect, it } from 'vitest';
import { parseRunFiles, parseUpload } from '@/lib/domain/locust';
import { loadAll, loadCsvRun, loadFile } from './load';
import { CSV_KEYS_12, HTML_KEYS, checkAggregated, checkEndpoint, checkTimes, type ExpectedStats } from './helpers';

const FOLDER = 'locust-real/aedificare-socket-run2';

// report_stats.csv row 3: ,Aggregated,189,0,4000,3528.5026455026455,2002,5005,16.0,1.1904182971432127,0.0,
//   4000,4000,4000,5000,5000,5000,5000,5000,5000,5000,5000
// prettier-ignore
const CSV_AGG: ExpectedStats = { requests: 189, failures: 0, medianMs: 4000, avgMs: 3528.5026455026455, minMs: 2002, maxMs: 5005, rps: 1.1904182971432127, percentiles: { '50': 4000, '75': 4000, '80': 5000, '95': 5000, '99': 5000, '99.9': 5000, '100': 5000 } };

describe('golden: aedificare-socket-run2', () => {
  describe('CSV run (report_*.csv)', () => {
    const run = () => parseRunFiles(loadCsvRun(FOLDER, 'report'));

    it('aggregated row', () => {
      checkAggregated(run(), { ...CSV_AGG, percentileKeys: CSV_KEYS_12 });
    });

    it('1 endpoint (no "connect" row this time)', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(1);
      // report_stats.csv row 2: socket,send_message,189,0,4000,3528.5026455026455,2002,5005,...
      // prettier-ignore
      checkEndpoint(r, { method: 'socket', name: 'send_message', requests: 189, failures: 0, medianMs: 4000, avgMs: 3528.5026455026455, minMs: 2002, maxMs: 5005, rps: 1.1904182971432127, percentiles: { '50': 4000, '95': 5000, '100': 5000 } });
    });

    it('no failures/exceptions files', () => {
      const r = run();
      expect(r.failures).toEqual([]);
      expect(r.exceptions).toEqual([]);
    });

    it('history, users, times', () => {
      const r = run();
      // report_stats_history.csv: 161 data rows, Timestamp row 2 = 1749486926, row 162 = 1749487087; max User Count 10
      expect(r.history?.points).toBe(161);
      expect(r.meta.userCount).toBe(10);
      checkTimes(r, '2025-06-09T16:35:26Z', '2025-06-09T16:38:07Z', 161);
    });
  });

  describe('HTML only (report.html)', () => {
    const run = () => parseRunFiles([loadFile(FOLDER, 'report.html')]);

    it('aggregated (requests_statistics[1] + response_time_statistics[1])', () => {
      // prettier-ignore
      checkAggregated(run(), { requests: 189, failures: 0, medianMs: 4000, avgMs: 3528.5026455026455, minMs: 2002, maxMs: 5005, percentiles: { '50': 4000, '70': 4000, '80': 5000, '95': 5000, '99': 5000, '100': 5000 }, percentileKeys: HTML_KEYS });
    });

    it('1 endpoint', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(1);
      // requests_statistics[0] / response_time_statistics[0]
      // prettier-ignore
      checkEndpoint(r, { method: 'socket', name: 'send_message', requests: 189, failures: 0, medianMs: 4000, avgMs: 3528.5026455026455, minMs: 2002, maxMs: 5005, percentiles: { '50': 4000, '95': 5000, '100': 5000 } });
    });

    it('no failures/exceptions; history, users, times', () => {
      const r = run();
      expect(r.failures).toEqual([]);
      expect(r.exceptions).toEqual([]);
      // templateArgs.history: 33 points, max user_count 10
      expect(r.history?.points).toBe(33);
      expect(r.meta.userCount).toBe(10);
      // start_time "2025-06-09T16:35:26Z", end_time "2025-06-09T16:38:05Z"
      checkTimes(r, '2025-06-09T16:35:26Z', '2025-06-09T16:38:05Z', 159);
    });
  });

  describe('all files together -> one run with the CSV numbers', () => {
    const check = (r: ReturnType<typeof parseRunFiles>) => {
      checkAggregated(r, CSV_AGG);
      expect(r.endpoints).toHaveLength(1);
      expect(r.history?.source).toBe('csv');
      expect(r.history?.points).toBe(161);
      expect(r.meta.userCount).toBe(10);
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
