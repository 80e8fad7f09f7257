// Golden test: fixtures/locust-real/ons-srb-0011-locust1.2.3 (Locust 1.2.3: unquoted CRLF stats.csv with "Request Count" and 99.9%/99.99%/100%, Aggregated-only history with "User Count", header-only failures.csv; 4 runs).
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

const FOLDER = 'locust-real/ons-srb-0011-locust1.2.3';

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
    prefix: '3500mcpu',
    // 3500mcpu_stats.csv row 147 (Aggregated)
    aggregated: { requests: 5376, failures: 0, medianMs: 97, avgMs: 111.41450353440653, minMs: 42.51790000125766, maxMs: 811.203299992485, rps: 8.966403523390317, percentiles: { '50': 97, '95': 240, '99': 410, '99.9': 580, '100': 810 } },
    endpointCount: 145, // rows 2-146
    endpoints: [
      // 3500mcpu_stats.csv row 3: GET,/questionnaire/,113,0,86,93.4914309723072,52.21369999344461,335.45389998471364
      { method: 'GET', name: '/questionnaire/', requests: 113, failures: 0, medianMs: 86, avgMs: 93.4914309723072, minMs: 52.21369999344461, maxMs: 335.45389998471364, rps: 0.18846793120221464, percentiles: { '50': 86, '95': 130, '100': 340 } },
      // 3500mcpu_stats.csv row 4: POST,/questionnaire/,113,0,87,125.3709442484959,50.42740001226775,576.1908999993466
      { method: 'POST', name: '/questionnaire/', requests: 113, failures: 0, medianMs: 87, avgMs: 125.3709442484959, minMs: 50.42740001226775, maxMs: 576.1908999993466, rps: 0.18846793120221464, percentiles: { '50': 87, '95': 270, '100': 580 } },
      // 3500mcpu_stats.csv row 145: GET,/session,23,0,150.0,179.03558260498002,103.1074000056833,615.5825000023469
      { method: 'GET', name: '/session', requests: 23, failures: 0, medianMs: 150, avgMs: 179.03558260498002, minMs: 103.1074000056833, maxMs: 615.5825000023469, rps: 0.0383607293597428, percentiles: { '50': 150, '95': 240, '100': 620 } },
    ],
    // 3500mcpu_stats_history.csv: 591 data rows, Timestamp row 2 = 1606139981, row 592 = 1606140575, max User Count = 1
    historyPoints: 591, userCount: 1, start: '2020-11-23T13:59:41Z', end: '2020-11-23T14:09:35Z', durationS: runDurationS(594, 5376, 8.966403523390317),
    // 3500mcpu_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: '3500mcpu_10_clients',
    // 3500mcpu_10_clients_stats.csv row 147 (Aggregated)
    aggregated: { requests: 46635, failures: 0, medianMs: 110, avgMs: 128.28609501454798, minMs: 47.69130001659505, maxMs: 1320.0622000149451, rps: 77.8190556825997, percentiles: { '50': 110, '95': 270, '99': 430, '99.9': 660, '100': 1300 } },
    endpointCount: 145, // rows 2-146
    endpoints: [
      // 3500mcpu_10_clients_stats.csv row 3: GET,/questionnaire/,985,0,100.0,113.96695167522967,54.06340002082288,656.4481999957934
      { method: 'GET', name: '/questionnaire/', requests: 985, failures: 0, medianMs: 100, avgMs: 113.96695167522967, minMs: 54.06340002082288, maxMs: 656.4481999957934, rps: 1.6436532614422794, percentiles: { '50': 100, '95': 170, '100': 660 } },
      // 3500mcpu_10_clients_stats.csv row 4: POST,/questionnaire/,985,0,100,138.79299441631412,47.69130001659505,840.8590999897569
      { method: 'POST', name: '/questionnaire/', requests: 985, failures: 0, medianMs: 100, avgMs: 138.79299441631412, minMs: 47.69130001659505, maxMs: 840.8590999897569, rps: 1.6436532614422794, percentiles: { '50': 100, '95': 300, '100': 840 } },
      // 3500mcpu_10_clients_stats.csv row 145: GET,/session,202,0,190.0,226.3205430705543,112.5330000068061,1076.9371000060346
      { method: 'GET', name: '/session', requests: 202, failures: 0, medianMs: 190, avgMs: 226.3205430705543, minMs: 112.5330000068061, maxMs: 1076.9371000060346, rps: 0.33707406985922883, percentiles: { '50': 190, '95': 470, '100': 1100 } },
    ],
    // 3500mcpu_10_clients_stats_history.csv: 591 data rows, Timestamp row 2 = 1606141711, row 592 = 1606142307, max User Count = 10
    historyPoints: 591, userCount: 10, start: '2020-11-23T14:28:31Z', end: '2020-11-23T14:38:27Z', durationS: runDurationS(596, 46635, 77.8190556825997),
    // 3500mcpu_10_clients_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: '3500mcpu_15_clients',
    // 3500mcpu_15_clients_stats.csv row 147 (Aggregated)
    aggregated: { requests: 59998, failures: 0, medianMs: 130, avgMs: 149.70624483992296, minMs: 48.22950001107529, maxMs: 1204.8046000127215, rps: 100.03209698261784, percentiles: { '50': 130, '95': 300, '99': 450, '99.9': 640, '100': 1200 } },
    endpointCount: 145, // rows 2-146
    endpoints: [
      // 3500mcpu_15_clients_stats.csv row 3: GET,/questionnaire/,1271,0,110.0,132.31777828408406,58.97559999721125,866.2437000020873
      { method: 'GET', name: '/questionnaire/', requests: 1271, failures: 0, medianMs: 110, avgMs: 132.31777828408406, minMs: 58.97559999721125, maxMs: 866.2437000020873, rps: 2.119083890544806, percentiles: { '50': 110, '95': 330, '100': 870 } },
      // 3500mcpu_15_clients_stats.csv row 4: POST,/questionnaire/,1269,0,120.0,162.39864523267065,54.45670001790859,828.6634999967646
      { method: 'POST', name: '/questionnaire/', requests: 1269, failures: 0, medianMs: 120, avgMs: 162.39864523267065, minMs: 54.45670001790859, maxMs: 828.6634999967646, rps: 2.1157493761615727, percentiles: { '50': 120, '95': 370, '100': 830 } },
      // 3500mcpu_15_clients_stats.csv row 145: GET,/session,263,0,230.0,261.3055779460991,127.64190000598319,907.4093000090215
      { method: 'GET', name: '/session', requests: 263, failures: 0, medianMs: 230, avgMs: 261.3055779460991, minMs: 127.64190000598319, maxMs: 907.4093000090215, rps: 0.43848864139518806, percentiles: { '50': 230, '95': 470, '100': 910 } },
    ],
    // 3500mcpu_15_clients_stats_history.csv: 591 data rows, Timestamp row 2 = 1606145601, row 592 = 1606146197, max User Count = 15
    historyPoints: 591, userCount: 15, start: '2020-11-23T15:33:21Z', end: '2020-11-23T15:43:17Z', durationS: runDurationS(596, 59998, 100.03209698261784),
    // 3500mcpu_15_clients_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
  {
    prefix: '3500mcpu_80_clients_wait_time_min_1_max_2',
    // 3500mcpu_80_clients_wait_time_min_1_max_2_stats.csv row 147 (Aggregated)
    aggregated: { requests: 35289, failures: 0, medianMs: 130, avgMs: 179.66907005583406, minMs: 46.67180002434179, maxMs: 4866.2898000038695, rps: 117.96341731065226, percentiles: { '50': 130, '95': 390, '99': 610, '99.9': 3600, '100': 4900 } },
    endpointCount: 145, // rows 2-146
    endpoints: [
      // 3500mcpu_80_clients_wait_time_min_1_max_2_stats.csv row 3: GET,/questionnaire/,647,0,110.0,139.35064466856744,61.06900001759641,590.113799989922
      { method: 'GET', name: '/questionnaire/', requests: 647, failures: 0, medianMs: 110, avgMs: 139.35064466856744, minMs: 61.06900001759641, maxMs: 590.113799989922, rps: 2.162779648048741, percentiles: { '50': 110, '95': 340, '100': 590 } },
      // 3500mcpu_80_clients_wait_time_min_1_max_2_stats.csv row 4: POST,/questionnaire/,643,0,98,146.32965536572837,48.032799997599795,744.8146999813616
      { method: 'POST', name: '/questionnaire/', requests: 643, failures: 0, medianMs: 98, avgMs: 146.32965536572837, minMs: 48.032799997599795, maxMs: 744.8146999813616, rps: 2.1494085219402477, percentiles: { '50': 98, '95': 400, '100': 740 } },
      // 3500mcpu_80_clients_wait_time_min_1_max_2_stats.csv row 145: GET,/session,160,0,590.0,653.6071568754778,145.12299999478273,2689.9064000172075
      { method: 'GET', name: '/session', requests: 160, failures: 0, medianMs: 590, avgMs: 653.6071568754778, minMs: 145.12299999478273, maxMs: 2689.9064000172075, rps: 0.5348450443397196, percentiles: { '50': 610, '95': 1500, '100': 2700 } },
    ],
    // 3500mcpu_80_clients_wait_time_min_1_max_2_stats_history.csv: 291 data rows, Timestamp row 2 = 1606228365, row 292 = 1606228659, max User Count = 80
    historyPoints: 291, userCount: 80, start: '2020-11-24T14:32:45Z', end: '2020-11-24T14:37:39Z', durationS: runDurationS(294, 35289, 117.96341731065226),
    // 3500mcpu_80_clients_wait_time_min_1_max_2_failures.csv: 0 data rows, Occurrences sum 0
    failureRows: 0, failureOccurrences: 0,
  },
];

describe('golden: ons-srb-0011-locust1.2.3', () => {
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
