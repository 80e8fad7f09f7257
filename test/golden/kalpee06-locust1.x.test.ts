// Golden test: fixtures/locust-real/kalpee06-locust1.x (Locust 1.2–1.4.1: unquoted stats with
// \r\r\n line ends, 11 percentile columns; unquoted history; header-only failures.csv).
// Values read with cat -A / python csv; "row N" = 1-based physical line incl. header.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import { CSV_KEYS_12, checkAggregated, checkEndpoint, checkTimes, runDurationS } from './helpers';

const FOLDER = 'locust-real/kalpee06-locust1.x';
const run = () => parseRunFiles(loadCsvRun(FOLDER, 'output'));

describe('golden: kalpee06-locust1.x', () => {
  it('aggregated row', () => {
    // output_stats.csv row 3: ,Aggregated,559,0,63,97.93738819333122,45.9999999984575,781.0000000026776,32.0,
    //   9.67240336203954,0.0,63,63,63,78,250,270,280,310,780,780,780
    checkAggregated(run(), {
      requests: 559,
      failures: 0,
      medianMs: 63,
      avgMs: 97.93738819333122,
      minMs: 45.9999999984575,
      maxMs: 781.0000000026776,
      rps: 9.67240336203954,
      percentiles: { '50': 63, '80': 78, '90': 250, '95': 270, '99': 310, '99.9': 780, '100': 780 },
      percentileKeys: CSV_KEYS_12,
    });
  });

  it('1 endpoint', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(1);
    // output_stats.csv row 2: GET,/,559,0,63,97.93738819333122,45.9999999984575,781.0000000026776,...
    // prettier-ignore
    checkEndpoint(r, { method: 'GET', name: '/', requests: 559, failures: 0, medianMs: 63, avgMs: 97.93738819333122, minMs: 45.9999999984575, maxMs: 781.0000000026776, rps: 9.67240336203954, percentiles: { '50': 63, '95': 270, '100': 780 } });
  });

  it('failures/exceptions empty', () => {
    const r = run();
    expect(r.failures).toEqual([]); // output_failures.csv: header only
    expect(r.exceptions).toEqual([]);
  });

  it('history, users, times', () => {
    const r = run();
    // output_stats_history.csv: 51 data rows; User Count 1 on row 2, max 100;
    // Timestamp row 2 = 1607577882, row 52 = 1607577932
    expect(r.history?.points).toBe(51);
    expect(r.meta.userCount).toBe(100);
    // The history stops 7.8 s early: output_stats.csv Aggregated 559 requests / 9.67240336203954 rps = 57.79 s
    checkTimes(r, '2020-12-10T05:24:42Z', '2020-12-10T05:25:32Z', runDurationS(50, 559, 9.67240336203954));
  });
});
