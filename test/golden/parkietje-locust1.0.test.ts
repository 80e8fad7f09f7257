// Golden test: fixtures/locust-real/parkietje-locust1.0 (Locust 1.0.x: every field quoted,
// "Request Count" header, 99.999% column, Aggregated Type is the text "None", no trailing newline;
// quoted history with "User Count"; header-only failures.csv).
// Values read with cat -A / python csv; "row N" = 1-based physical line incl. header.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import { CSV_KEYS_1X, checkAggregated, checkEndpoint, checkTimes } from './helpers';

const FOLDER = 'locust-real/parkietje-locust1.0';
const run = () => parseRunFiles(loadCsvRun(FOLDER, 'test'));

describe('golden: parkietje-locust1.0', () => {
  it('aggregated row ("None","Aggregated")', () => {
    // test_stats.csv row 3: "None","Aggregated",41,0,47000,59502,31254,121838,19734,0.09,0.00,
    //   47000,57000,72000,91000,114000,120000,122000,122000,122000,122000,122000,122000
    checkAggregated(run(), {
      requests: 41,
      failures: 0,
      medianMs: 47000,
      avgMs: 59502,
      minMs: 31254,
      maxMs: 121838,
      rps: 0.09,
      percentiles: { '50': 47000, '66': 57000, '90': 114000, '95': 120000, '99': 122000, '99.999': 122000, '100': 122000 },
      percentileKeys: CSV_KEYS_1X,
    });
  });

  it('1 endpoint', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(1);
    // test_stats.csv row 2: "POST","/",41,0,47000,59502,31254,121838,19734,0.09,0.00,47000,...,95%=120000,100%=122000
    // prettier-ignore
    checkEndpoint(r, { method: 'POST', name: '/', requests: 41, failures: 0, medianMs: 47000, avgMs: 59502, minMs: 31254, maxMs: 121838, rps: 0.09, percentiles: { '50': 47000, '95': 120000, '100': 122000 } });
  });

  it('failures/exceptions empty', () => {
    const r = run();
    expect(r.failures).toEqual([]); // test_failures.csv: header only
    expect(r.exceptions).toEqual([]);
  });

  it('history, users, times', () => {
    const r = run();
    // test_stats_history.csv: 233 data rows (all "Aggregated"); User Count 1 (row 2) rising to max 10;
    // Timestamp row 2 = "1592523562", row 234 = "1592524027"
    expect(r.history?.points).toBe(233);
    expect(r.meta.userCount).toBe(10);
    checkTimes(r, '2020-06-18T23:39:22Z', '2020-06-18T23:47:07Z', 465);
  });
});
