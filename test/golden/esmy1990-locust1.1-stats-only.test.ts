// Golden test: fixtures/locust-real/esmy1990-locust1.1-stats-only (Locust 1.1.x: a lone CRLF
// example_stats.csv, unquoted header with a 99.999% column, raw float values).
// Values read with cat -A; "row N" = 1-based physical line incl. header.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import { CSV_KEYS_1X, checkAggregated, checkEndpoint, checkNoTimes } from './helpers';

const FOLDER = 'locust-real/esmy1990-locust1.1-stats-only';
const run = () => parseRunFiles(loadCsvRun(FOLDER, 'example'));

describe('golden: esmy1990-locust1.1-stats-only', () => {
  it('aggregated row (empty Type)', () => {
    // example_stats.csv row 4: ,Aggregated,39444,0,84,100.16650936881834,65.9792423248291,1840.8079147338867,
    //   94.95426427340027,98.17705465273642,0.0,84,100,180,200,260,290,320,390,750,1600,1800,1800
    checkAggregated(run(), {
      requests: 39444,
      failures: 0,
      medianMs: 84,
      avgMs: 100.16650936881834,
      minMs: 65.9792423248291,
      maxMs: 1840.8079147338867,
      rps: 98.17705465273642,
      percentiles: { '50': 84, '66': 100, '95': 290, '99': 390, '99.9': 750, '99.99': 1600, '99.999': 1800, '100': 1800 },
      percentileKeys: CSV_KEYS_1X,
    });
  });

  it('2 endpoints', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(2);
    // prettier-ignore
    {
      // example_stats.csv row 2: POST,/login,44,0,87,110.68587936054575,68.13168525695801,336.75479888916016,...,50%=92 (median 87 differs)
      checkEndpoint(r, { method: 'POST', name: '/login', requests: 44, failures: 0, medianMs: 87, avgMs: 110.68587936054575, minMs: 68.13168525695801, maxMs: 336.75479888916016, rps: 0.10951704707231524, percentiles: { '50': 92, '95': 290, '100': 340 } });
      // example_stats.csv row 3: POST,/metrics,39400,0,84,90.15252834649255,65.9792423248291,1840.8079147338867
      checkEndpoint(r, { method: 'POST', name: '/metrics', requests: 39400, failures: 0, medianMs: 84, avgMs: 90.15252834649255, minMs: 65.9792423248291, maxMs: 1840.8079147338867, rps: 98.0675376056641, percentiles: { '50': 84, '95': 290, '99.99': 1600, '100': 1800 } });
    }
  });

  it('stats only: no failures/exceptions/history, users and times unknown', () => {
    const r = run();
    expect(r.failures).toEqual([]);
    expect(r.exceptions).toEqual([]);
    expect(r.history).toBeNull();
    expect(r.meta.userCount).toBeNull();
    checkNoTimes(r, 39444, 98.17705465273642);
  });
});
