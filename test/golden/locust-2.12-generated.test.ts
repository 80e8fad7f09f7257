// Golden test: fixtures/locust-2.12-generated (two genuine Locust 2.12.1 runs, 20 and 40 users:
// <run>_stats.csv, --csv-full-history <run>_stats_history.csv, <run>_failures.csv, header-only
// <run>_exceptions.csv, and the legacy Jinja <run>.html report of the same run).
// CSV values read with cat / python csv ("row N" = 1-based line incl. header). HTML values read
// from the report tables and the `var stats_history` arrays with a throwaway python script.
// The HTML was rendered a moment after the last CSV flush, so it counts a few more requests.
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
  type ExpectedEndpoint,
  type ExpectedStats,
  runDurationS,
} from './helpers';

interface Side {
  aggregated: ExpectedStats;
  endpoints: ExpectedEndpoint[];
  failureRows: number;
  failureOccurrences: number;
  failureSample: { method: string; name: string; error: string; occurrences: number };
  historyPoints: number;
  userCount: number;
  start: string;
  end: string;
  /** Span, or requests / rps when longer (HTML RPS rounded to 0.1: +0.05 keeps it a lower bound). */
  durationS: number;
}

interface Case {
  run: string;
  csv: Side;
  html: Side;
}

// prettier-ignore
const CASES: Case[] = [
  {
    run: 'smallpool-20u',
    csv: {
      // smallpool-20u_stats.csv row 16 (Aggregated)
      aggregated: { requests: 552, failures: 8, medianMs: 160, avgMs: 334.74874995652334, minMs: 10.59390499995061, maxMs: 4396.773030999839, rps: 9.332691997642101, percentiles: { '50': 160, '95': 1900, '99': 3000, '99.9': 4400, '100': 4400 } },
      endpoints: [
        // smallpool-20u_stats.csv row 3: POST,/accounts/login/,36,0,240.0,281.5801809999875,138.69147500008694,549.7106400000575
        { method: 'POST', name: '/accounts/login/', requests: 36, failures: 0, medianMs: 240, avgMs: 281.5801809999875, minMs: 138.69147500008694, maxMs: 549.7106400000575, rps: 0.6086538259331805, percentiles: { '50': 240, '95': 520, '100': 550 } },
        // smallpool-20u_stats.csv row 14: GET,/detail_project/[id]/rekap-rab/,71,2,210.0,250.0340145492899,80.13666599981661,700.8274439999695
        { method: 'GET', name: '/detail_project/[id]/rekap-rab/', requests: 71, failures: 2, medianMs: 210, avgMs: 250.0340145492899, minMs: 80.13666599981661, maxMs: 700.8274439999695, rps: 1.200400601145995, percentiles: { '50': 210, '95': 500, '100': 700 } },
        // smallpool-20u_stats.csv row 8: GET,/dashboard/,32,0,360.0,360.54299400000644,160.32193499995628,799.0433420000045
        { method: 'GET', name: '/dashboard/', requests: 32, failures: 0, medianMs: 360, avgMs: 360.54299400000644, minMs: 160.32193499995628, maxMs: 799.0433420000045, rps: 0.541025623051716, percentiles: { '50': 360, '95': 670, '100': 800 } },
      ],
      // smallpool-20u_failures.csv: 5 data rows, Occurrences 2+1+1+3+1 = 8; row 2:
      failureRows: 5, failureOccurrences: 8,
      failureSample: { method: 'GET', name: '/detail_project/[id]/rekap-rab/', error: "HTTPError('500 Server Error: Internal Server Error for url: /detail_project/[id]/rekap-rab/')", occurrences: 2 },
      // smallpool-20u_stats_history.csv: 832 data rows (14 endpoints + Aggregated per tick; the last tick
      // at 1795730414 is cut after 9 endpoint rows), Timestamp row 2 = 1795730355, row 833 = 1795730414, max User Count 20
      historyPoints: 832, userCount: 20, start: '2026-11-26T21:59:15Z', end: '2026-11-26T22:00:14Z', durationS: runDurationS(59, 552, 9.332691997642101),
    },
    html: {
      // Request Statistics total row: Aggregated 556, 9, 334, 10, 4396; Response Time total row: 160,200,240,320,540,1900,3000,4400
      aggregated: { requests: 556, failures: 9, medianMs: 160, avgMs: 334, minMs: 10, maxMs: 4396, percentiles: { '50': 160, '60': 200, '90': 540, '95': 1900, '99': 3000, '100': 4400 } },
      endpoints: [
        // POST /accounts/login/ 36, 0, 281, 138, 549 | 240,300,360,380,490,520,550,550
        { method: 'POST', name: '/accounts/login/', requests: 36, failures: 0, medianMs: 240, avgMs: 281, minMs: 138, maxMs: 549, percentiles: { '50': 240, '95': 520, '100': 550 } },
        // GET /detail_project/[id]/rekap-rab/ 72, 3, 250, 80, 700 | 220,260,270,320,430,500,700,700
        { method: 'GET', name: '/detail_project/[id]/rekap-rab/', requests: 72, failures: 3, medianMs: 220, avgMs: 250, minMs: 80, maxMs: 700, percentiles: { '50': 220, '95': 500, '100': 700 } },
        // GET /dashboard/ 34, 0, 360, 99, 799 | 360,390,430,500,620,670,800,800
        { method: 'GET', name: '/dashboard/', requests: 34, failures: 0, medianMs: 360, avgMs: 360, minMs: 99, maxMs: 799, percentiles: { '50': 360, '95': 670, '100': 800 } },
      ],
      // Failures Statistics: 5 rows, 3+1+1+3+1 = 9; first row:
      failureRows: 5, failureOccurrences: 9,
      failureSample: { method: 'GET', name: '/detail_project/[id]/rekap-rab/', error: '500 Server Error: Internal Server Error for url: /detail_project/[id]/rekap-rab/', occurrences: 3 },
      // stats_history "time": 11 entries; "user_count" max 20; During 2026-11-26 21:59:15 - 2026-11-26 22:00:15 (UTC, 2.4.2+)
      historyPoints: 11, userCount: 20, start: '2026-11-26T21:59:15Z', end: '2026-11-26T22:00:15Z', durationS: 60,
    },
  },
  {
    run: 'smallpool-40u',
    csv: {
      // smallpool-40u_stats.csv row 16 (Aggregated)
      aggregated: { requests: 772, failures: 13, medianMs: 520, avgMs: 1200.5124725323856, minMs: 7.294498999954158, maxMs: 9004.155511999897, rps: 13.035422806144089, percentiles: { '50': 520, '95': 4200, '99': 8000, '99.9': 9000, '100': 9000 } },
      endpoints: [
        // smallpool-40u_stats.csv row 3: POST,/accounts/login/,69,0,440.0,811.800266478258,163.17215899994153,5095.670014999996
        { method: 'POST', name: '/accounts/login/', requests: 69, failures: 0, medianMs: 440, avgMs: 811.800266478258, minMs: 163.17215899994153, maxMs: 5095.670014999996, rps: 1.1650831264558834, percentiles: { '50': 440, '95': 3700, '100': 5100 } },
        // smallpool-40u_stats.csv row 14: GET,/detail_project/[id]/rekap-rab/,104,7,590.0,1334.0973677596141,145.48599599993395,9004.155511999897 (50% = 600)
        { method: 'GET', name: '/detail_project/[id]/rekap-rab/', requests: 104, failures: 7, medianMs: 590, avgMs: 1334.0973677596141, minMs: 145.48599599993395, maxMs: 9004.155511999897, rps: 1.7560673210349549, percentiles: { '50': 600, '95': 4800, '100': 9000 } },
        // smallpool-40u_stats.csv row 8: GET,/dashboard/,87,2,880.0,1509.0567260574724,111.16630100013936,9003.175605000024
        { method: 'GET', name: '/dashboard/', requests: 87, failures: 2, medianMs: 880, avgMs: 1509.0567260574724, minMs: 111.16630100013936, maxMs: 9003.175605000024, rps: 1.4690178550965487, percentiles: { '50': 880, '95': 4500, '100': 9000 } },
      ],
      // smallpool-40u_failures.csv: 8 data rows, Occurrences sum 13; row 3:
      failureRows: 8, failureOccurrences: 13,
      failureSample: { method: 'GET', name: '/api/project/[id]/parameters/', error: "HTTPError('503 Server Error: Service Unavailable for url: /api/project/[id]/parameters/')", occurrences: 1 },
      // smallpool-40u_stats_history.csv: 833 data rows, Timestamp row 2 = 1795730417, row 834 = 1795730476, max User Count 40
      historyPoints: 833, userCount: 40, start: '2026-11-26T22:00:17Z', end: '2026-11-26T22:01:16Z', durationS: runDurationS(59, 772, 13.035422806144089),
    },
    html: {
      // Request Statistics total row: Aggregated 776, 13, 1201, 7, 9004; Response Time total row: 520,780,1400,2100,3100,4200,8000,9000
      aggregated: { requests: 776, failures: 13, medianMs: 520, avgMs: 1201, minMs: 7, maxMs: 9004, percentiles: { '50': 520, '60': 780, '90': 3100, '95': 4200, '99': 8000, '100': 9000 } },
      endpoints: [
        // POST /accounts/login/ 69, 0, 811, 163, 5095 | 440,490,640,930,2000,3700,5100,5100
        { method: 'POST', name: '/accounts/login/', requests: 69, failures: 0, medianMs: 440, avgMs: 811, minMs: 163, maxMs: 5095, percentiles: { '50': 440, '95': 3700, '100': 5100 } },
        // GET /detail_project/[id]/rekap-rab/ 105, 7, 1326, 145, 9004 | 590,760,1500,2300,3200,4800,9000,9000
        { method: 'GET', name: '/detail_project/[id]/rekap-rab/', requests: 105, failures: 7, medianMs: 590, avgMs: 1326, minMs: 145, maxMs: 9004, percentiles: { '50': 590, '95': 4800, '100': 9000 } },
        // GET /dashboard/ 87, 2, 1509, 111, 9003 | 880,1200,1500,2400,3900,4500,9000,9000
        { method: 'GET', name: '/dashboard/', requests: 87, failures: 2, medianMs: 880, avgMs: 1509, minMs: 111, maxMs: 9003, percentiles: { '50': 880, '95': 4500, '100': 9000 } },
      ],
      // Failures Statistics: 8 rows, sum 13; first row:
      failureRows: 8, failureOccurrences: 13,
      failureSample: { method: 'GET', name: '/detail_project/[id]/rekap-rab/', error: '500 Server Error: Internal Server Error for url: /detail_project/[id]/rekap-rab/', occurrences: 5 },
      // stats_history "time": 11 entries; "user_count" max 40; During 2026-11-26 22:00:17 - 2026-11-26 22:01:16
      historyPoints: 11, userCount: 40, start: '2026-11-26T22:00:17Z', end: '2026-11-26T22:01:16Z', durationS: runDurationS(59, 776, 13.1, 0.05),
    },
  },
];

function checkSide(r: ReturnType<typeof parseRunFiles>, s: Side, keys: string[], endpointCount: number): void {
  checkAggregated(r, { ...s.aggregated, percentileKeys: keys });
  expect(r.endpoints).toHaveLength(endpointCount);
  for (const e of s.endpoints) checkEndpoint(r, e);
  expect(r.failures).toHaveLength(s.failureRows);
  expect(sumOccurrences(r)).toBe(s.failureOccurrences);
  expect(r.failures).toContainEqual(expect.objectContaining(s.failureSample));
  expect(r.exceptions).toEqual([]); // <run>_exceptions.csv is header-only; the HTML has no exceptions block
  expect(r.history?.points).toBe(s.historyPoints);
  expect(r.meta.userCount).toBe(s.userCount);
  checkTimes(r, s.start, s.end, s.durationS);
}

describe('golden: locust-2.12-generated', () => {
  describe.each(CASES)('$run', (c) => {
    const folder = `locust-2.12-generated/${c.run}`;

    it('CSV run (stats, full history, failures, exceptions)', () => {
      const r = parseRunFiles(loadCsvRun(folder, c.run));
      // --csv-full-history: per-endpoint series for the 14 endpoints plus Aggregated
      expect(r.history?.fullHistory).toBe(true);
      expect(r.history?.endpoints).toHaveLength(14);
      expect(sumExceptionCounts(r)).toBe(0);
      // 14 endpoint rows (rows 2-15) in <run>_stats.csv; times = first/last Timestamp of ALL history
      // rows (the final tick was cut after some endpoint rows, before its Aggregated row)
      checkSide(r, c.csv, CSV_KEYS_12, 14);
    });

    it('HTML only (legacy Jinja report)', () => {
      const r = parseRunFiles([loadFile(folder, `${c.run}.html`)]);
      // 14 endpoint rows + the total row in both report tables
      checkSide(r, c.html, HTML_KEYS, 14);
    });

    it('all files together -> one run with the CSV numbers', () => {
      const r = parseRunFiles(loadAll(folder));
      checkAggregated(r, c.csv.aggregated);
      expect(r.endpoints).toHaveLength(14);
      for (const e of c.csv.endpoints) checkEndpoint(r, e);
      expect(sumOccurrences(r)).toBe(c.csv.failureOccurrences);
      expect(r.history?.source).toBe('csv');
      expect(r.history?.points).toBe(c.csv.historyPoints);
      expect(r.meta.userCount).toBe(c.csv.userCount);
    });
  });

  it('parseUpload on both run folders gives the two runs keyed by prefix', () => {
    const files = [...loadAll('locust-2.12-generated/smallpool-20u'), ...loadAll('locust-2.12-generated/smallpool-40u')];
    const { runs } = parseUpload(files);
    expect(runs.map((x) => x.key).sort()).toEqual(['smallpool-20u', 'smallpool-40u']);
    const byKey = new Map(runs.map((x) => [x.key, x.run]));
    expect(byKey.get('smallpool-20u')?.aggregated.requests).toBe(552);
    expect(byKey.get('smallpool-40u')?.aggregated.requests).toBe(772);
  });
});
