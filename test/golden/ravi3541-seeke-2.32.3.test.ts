// Golden test: fixtures/locust-real/ravi3541-seeke-2.32.3 (Locust ~2.32.3). report.html (React,
// templateArgs with [timestamp, value] history and a "duration" key) and the report_*.csv set
// share a prefix but come from DIFFERENT runs (CSV 482 req/74 fail; HTML 316 req/39 fail).
// CSV values read with cat / python csv ("row N" = 1-based line incl. header); HTML values from
// the `window.templateArgs = {...}` JSON extracted with a throwaway python script.
import { describe, expect, it } from 'vitest';
import { parseRunFiles, parseUpload } from '@/lib/domain/locust';
import { loadAll, loadCsvRun, loadFile } from './load';
import {
  CSV_KEYS_12,
  HTML_KEYS,
  checkAggregated,
  checkEndpoint,
  checkTimes,
  sumExceptionCounts,
  sumOccurrences,
  runDurationS,
} from './helpers';

const FOLDER = 'locust-real/ravi3541-seeke-2.32.3';
const JOBS = '/api/jobs/list?job_type=0315df52-892f-40ef-9c73-bc0d401323c5&status=ACTIVE&pagination=true';
const USERS_CREATE_ERROR = "HTTPError('400 Client Error: Bad Request for url: /api/users/create')";
const EXC_MESSAGE = 'The run argument or self._run must be callable';

describe('golden: ravi3541-seeke-2.32.3', () => {
  describe('CSV run (report_*.csv)', () => {
    const run = () => parseRunFiles(loadCsvRun(FOLDER, 'report'));

    it('aggregated row', () => {
      // report_stats.csv row 34: ,Aggregated,482,74,3700.0,3990.410066855093,358.18605800159276,11752.935256998171,
      //   4282.319502074689,2.420884370712105,0.3716710444661738,3700,4600,5200,5500,6500,7700,9500,10000,12000,12000,12000
      // prettier-ignore
      checkAggregated(run(), { requests: 482, failures: 74, medianMs: 3700, avgMs: 3990.410066855093, minMs: 358.18605800159276, maxMs: 11752.935256998171, rps: 2.420884370712105, percentiles: { '50': 3700, '95': 7700, '99': 10000, '99.9': 12000, '100': 12000 }, percentileKeys: CSV_KEYS_12 });
    });

    it('32 endpoints and selected rows', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(32); // rows 2-33
      // prettier-ignore
      {
        // report_stats.csv row 2: POST,/api/companies/create,15,1,5200.0,5539.896103933764,2215.673061000416,7968.6937630031025
        checkEndpoint(r, { method: 'POST', name: '/api/companies/create', requests: 15, failures: 1, medianMs: 5200, avgMs: 5539.896103933764, minMs: 2215.673061000416, maxMs: 7968.6937630031025, percentiles: { '50': 5200, '95': 8000, '100': 8000 } });
        // report_stats.csv row 26: POST,/api/users/create,80,70,3300.0,3577.0072677003554,452.51742099935655,9855.598832000396
        checkEndpoint(r, { method: 'POST', name: '/api/users/create', requests: 80, failures: 70, medianMs: 3300, avgMs: 3577.0072677003554, minMs: 452.51742099935655, maxMs: 9855.598832000396, percentiles: { '50': 3300, '95': 7300, '100': 9900 } });
        // report_stats.csv row 21 (name contains '&'; median 1200 but 50% = 1800)
        checkEndpoint(r, { method: 'GET', name: JOBS, requests: 2, failures: 0, medianMs: 1200, avgMs: 1469.3501584988553, minMs: 1182.90717099444, maxMs: 1755.7931460032705, percentiles: { '50': 1800, '95': 1800, '100': 1800 } });
      }
    });

    it('failures and exceptions', () => {
      const r = run();
      // report_failures.csv: 3 rows, Occurrences 1 + 70 + 3 = 74
      expect(r.failures).toHaveLength(3);
      expect(sumOccurrences(r)).toBe(74);
      // report_failures.csv row 3
      expect(r.failures).toContainEqual(
        expect.objectContaining({ method: 'POST', name: '/api/users/create', error: USERS_CREATE_ERROR, occurrences: 70 }),
      );
      // report_exceptions.csv: 1 record, Count 11
      expect(r.exceptions).toHaveLength(1);
      expect(r.exceptions[0]).toMatchObject({ count: 11, message: EXC_MESSAGE, nodes: 'local' });
    });

    it('history, users, times', () => {
      const r = run();
      // report_stats_history.csv: 196 data rows, Timestamp row 2 = 1734459834, row 197 = 1734460030; max User Count 10
      expect(r.history?.points).toBe(196);
      expect(r.meta.userCount).toBe(10);
      // Aggregated: 482 requests / 2.420884370712105 rps = 199.1 s, beyond the history's 196 s
      checkTimes(r, '2024-12-17T18:23:54Z', '2024-12-17T18:27:10Z', runDurationS(196, 482, 2.420884370712105));
    });
  });

  describe('HTML only (report.html)', () => {
    const run = () => parseRunFiles([loadFile(FOLDER, 'report.html')]);

    it('aggregated (requests_statistics[29] + response_time_statistics[29])', () => {
      // prettier-ignore
      checkAggregated(run(), { requests: 316, failures: 39, medianMs: 4500, avgMs: 4188.806097955805, minMs: 384, maxMs: 9424, percentiles: { '50': 4500, '60': 4800, '90': 6500, '95': 7000, '99': 8700, '100': 9400 }, percentileKeys: HTML_KEYS });
    });

    it('29 endpoints; HTML-escaped names decoded', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(29); // 30 entries incl. Aggregated
      expect(r.endpoints.filter((e) => e.name.includes('&amp;'))).toEqual([]);
      // prettier-ignore
      {
        // requests_statistics[0]: median 4400 while response_time_statistics[0]["0.5"] = 5100
        checkEndpoint(r, { method: 'POST', name: '/api/companies/create', requests: 10, failures: 0, medianMs: 4400, avgMs: 4898.513741305214, minMs: 2278, maxMs: 6469, percentiles: { '50': 5100, '95': 6500, '100': 6500 } });
        // requests_statistics[21]
        checkEndpoint(r, { method: 'POST', name: '/api/users/create', requests: 49, failures: 39, medianMs: 3800, avgMs: 3803.026618100394, minMs: 434, maxMs: 8813, percentiles: { '50': 3800, '95': 7300, '100': 8800 } });
        // requests_statistics[16]: raw name ".../list?job_type=0315df52-...&amp;status=ACTIVE&amp;pagination=true"
        checkEndpoint(r, { method: 'GET', name: JOBS, requests: 4, failures: 0, medianMs: 5200, avgMs: 5309.024471251178, minMs: 3954, maxMs: 6292, percentiles: { '50': 5800, '95': 6300, '100': 6300 } });
      }
    });

    it('failures and exceptions', () => {
      const r = run();
      // failures_statistics: 1 entry (error with &#x27; escapes), occurrences 39
      expect(r.failures).toHaveLength(1);
      expect(r.failures[0]).toMatchObject({ method: 'POST', name: '/api/users/create', error: USERS_CREATE_ERROR, occurrences: 39 });
      // exceptions_statistics: 1 entry, count 8
      expect(r.exceptions).toHaveLength(1);
      expect(r.exceptions[0]).toMatchObject({ count: 8, message: EXC_MESSAGE });
    });

    it('history ([ts, value] pairs), users, times', () => {
      const r = run();
      // templateArgs.history: 28 points, user_count ["...", 10] pairs, max 10
      expect(r.history?.points).toBe(28);
      expect(r.meta.userCount).toBe(10);
      // start_time "2024-12-17T18:30:39Z", end_time "2024-12-17T18:32:57Z", duration "2 minutes and 18 seconds"
      checkTimes(r, '2024-12-17T18:30:39Z', '2024-12-17T18:32:57Z', 138);
    });
  });

  describe('parseUpload on all 5 files: the HTML and CSV runs are NOT silently merged', () => {
    it('gives two runs (CSV 482/74 and HTML 316/39) or one CSV run whose warnings mention the HTML', () => {
      const { runs } = parseUpload(loadAll(FOLDER));
      expect([1, 2]).toContain(runs.length);
      if (runs.length === 2) {
        // two runs from one upload must be told apart by their keys (prefix vs HTML file name)
        expect(new Set(runs.map((x) => x.key)).size, `keys ${JSON.stringify(runs.map((x) => x.key))}`).toBe(2);
        const csv = runs.find((x) => x.run.aggregated.requests === 482)?.run;
        const html = runs.find((x) => x.run.aggregated.requests === 316)?.run;
        expect(csv, 'run with the CSV totals (482)').toBeDefined();
        expect(html, 'run with the HTML totals (316)').toBeDefined();
        expect(csv?.aggregated.failures).toBe(74);
        expect(sumOccurrences(csv!)).toBe(74);
        expect(sumExceptionCounts(csv!)).toBe(11);
        expect(csv?.history?.points).toBe(196);
        expect(html?.aggregated.failures).toBe(39);
        expect(sumOccurrences(html!)).toBe(39);
        expect(sumExceptionCounts(html!)).toBe(8);
        expect(html?.history?.points).toBe(28);
      } else {
        const run = runs[0]!.run;
        // the CSV numbers, not the HTML's and not a mix
        expect(run.aggregated.requests).toBe(482);
        expect(run.aggregated.failures).toBe(74);
        expect(run.endpoints).toHaveLength(32);
        expect(sumOccurrences(run)).toBe(74);
        expect(sumExceptionCounts(run)).toBe(11);
        expect(run.history?.points).toBe(196);
        // and a warning that the HTML report does not belong to this run
        expect(
          run.warnings.some((w) => /html|report\.html/i.test(w)),
          `warnings: ${JSON.stringify(run.warnings)}`,
        ).toBe(true);
      }
    });
  });
});
