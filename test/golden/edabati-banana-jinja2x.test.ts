// Golden test: fixtures/locust-real/edabati-banana-jinja2x (Locust 2.x with the legacy Jinja
// report). locust_report_*.csv and locust_report.html come from the SAME run, but the CSV was
// last flushed slightly earlier: stats.csv says 437 requests, the HTML 440.
// CSV values read with cat / python csv ("row N" = 1-based line incl. header). HTML values read
// from the "Request Statistics"/"Response Time Statistics" tables and the `var stats_history`
// chart arrays with a throwaway python script (html.parser + json of each array).
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadAll, loadCsvRun, loadFile } from './load';
import { CSV_KEYS_12, HTML_KEYS, checkAggregated, checkEndpoint, checkTimes, type ExpectedStats, runDurationS } from './helpers';

const FOLDER = 'locust-real/edabati-banana-jinja2x';

// locust_report_stats.csv row 3: ,Aggregated,437,0,51000.0,50695.37091696572,32604.096374998335,53000.25637500221,
//   208.25400457665904,1.4639676978737177,0.0,51000,51000,51000,51000,51000,51000,51000,51000,53000,53000,53000
// prettier-ignore
const CSV_AGG: ExpectedStats = { requests: 437, failures: 0, medianMs: 51000, avgMs: 50695.37091696572, minMs: 32604.096374998335, maxMs: 53000.25637500221, rps: 1.4639676978737177, percentiles: { '50': 51000, '95': 51000, '99': 51000, '99.9': 53000, '100': 53000 } };

describe('golden: edabati-banana-jinja2x', () => {
  describe('CSV run (locust_report_*.csv)', () => {
    const run = () => parseRunFiles(loadCsvRun(FOLDER, 'locust_report'));

    it('aggregated row', () => {
      checkAggregated(run(), { ...CSV_AGG, percentileKeys: CSV_KEYS_12 });
    });

    it('1 endpoint', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(1);
      // locust_report_stats.csv row 2: POST,/start/v4//,437,0,51000.0,50695.37091696572,32604.096374998335,53000.25637500221,...
      // prettier-ignore
      checkEndpoint(r, { method: 'POST', name: '/start/v4//', requests: 437, failures: 0, medianMs: 51000, avgMs: 50695.37091696572, minMs: 32604.096374998335, maxMs: 53000.25637500221, rps: 1.4639676978737177, percentiles: { '50': 51000, '95': 51000, '100': 53000 } });
    });

    it('failures/exceptions: header-only files', () => {
      const r = run();
      expect(r.failures).toEqual([]);
      expect(r.exceptions).toEqual([]);
    });

    it('history, users, times', () => {
      const r = run();
      // locust_report_stats_history.csv: 291 data rows, Timestamp row 2 = 1675611607, row 292 = 1675611898; max User Count 100
      expect(r.history?.points).toBe(291);
      expect(r.meta.userCount).toBe(100);
      // Aggregated: 437 requests / 1.4639676978737177 rps = 298.5 s, beyond the history's 291 s
      checkTimes(r, '2023-02-05T15:40:07Z', '2023-02-05T15:44:58Z', runDurationS(291, 437, 1.4639676978737177));
    });
  });

  describe('HTML only (locust_report.html, legacy Jinja tables)', () => {
    const run = () => parseRunFiles([loadFile(FOLDER, 'locust_report.html')]);

    it('aggregated (<tr class="total">): no median column in legacy reports, the 50%ile is used', () => {
      // Request Statistics total row: "", Aggregated, 440, 0, 50697, 32604, 53000, 208, 1.5, 0.0
      // Response Time Statistics total row: 51000 x7 (50..99%ile), 53000 (100%ile)
      // prettier-ignore
      checkAggregated(run(), { requests: 440, failures: 0, medianMs: 51000, avgMs: 50697, minMs: 32604, maxMs: 53000, percentiles: { '50': 51000, '60': 51000, '95': 51000, '99': 51000, '100': 53000 }, percentileKeys: HTML_KEYS });
    });

    it('1 endpoint', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(1);
      // Request Statistics row 1: POST, /start/v4//, 440, 0, 50697, 32604, 53000; Response Time row 1: 51000 ... 53000
      // prettier-ignore
      checkEndpoint(r, { method: 'POST', name: '/start/v4//', requests: 440, failures: 0, medianMs: 51000, avgMs: 50697, minMs: 32604, maxMs: 53000, percentiles: { '50': 51000, '95': 51000, '100': 53000 } });
    });

    it('no failures block; chart history, users, times', () => {
      const r = run();
      expect(r.failures).toEqual([]);
      expect(r.exceptions).toEqual([]);
      // var stats_history: "time" has 59 entries ("15:40:12" .. "15:45:02"); "user_count" max {"value": 100}
      expect(r.history?.points).toBe(59);
      expect(r.meta.userCount).toBe(100);
      // During: 2023-02-05 15:40:07 - 2023-02-05 15:45:07 (UTC: the chart "time" values, UTC from 2.2, agree)
      checkTimes(r, '2023-02-05T15:40:07Z', '2023-02-05T15:45:07Z', 300);
    });
  });

  describe('all files together (parseRunFiles) -> one run with the CSV numbers', () => {
    it('437 requests from stats.csv, not the HTML 440', () => {
      const r = parseRunFiles(loadAll(FOLDER));
      checkAggregated(r, CSV_AGG);
      expect(r.endpoints).toHaveLength(1);
      expect(r.endpoints[0]?.requests).toBe(437);
      expect(r.history?.source).toBe('csv');
      expect(r.history?.points).toBe(291);
      expect(r.meta.userCount).toBe(100);
    });
  });
});
