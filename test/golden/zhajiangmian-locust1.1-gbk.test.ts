// Golden test: fixtures/locust-real/zhajiangmian-locust1.1-gbk (Locust 1.1.x, \r\r\n line ends,
// the endpoint Name in locust_stats.csv is GBK-encoded, not UTF-8).
// Expected name decoded with: iconv -f GBK -t UTF-8 locust_stats.csv | sed -n 2p
//   -> GET,get接口,15,...   (bytes "get" + E6 8E A5 E5 8F A3 in UTF-8 = U+63A5 U+53E3)
// Other values read with cat -A / python csv; "row N" = 1-based physical line incl. header.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import { CSV_KEYS_1X, checkAggregated, checkEndpoint, checkTimes, runDurationS } from './helpers';

const FOLDER = 'locust-real/zhajiangmian-locust1.1-gbk';
const run = () => parseRunFiles(loadCsvRun(FOLDER, 'locust'));

const NAME = 'get\u63a5\u53e3'; // "get接口"

describe('golden: zhajiangmian-locust1.1-gbk', () => {
  it('GBK endpoint name decodes to the right Chinese text', () => {
    const r = run();
    expect(NAME).toBe('get接口');
    expect(r.endpoints.map((e) => e.name)).toEqual([NAME]);
    expect(r.endpoints[0]?.name).not.toContain('\ufffd');
  });

  it('aggregated row', () => {
    // locust_stats.csv row 3: ,Aggregated,15,0,50,39.658101399739586,9.971857070922852,88.2723331451416,7382.0,
    //   6.081256164425403,0.0,50,51,51,52,54,88,88,88,88,88,88,88
    checkAggregated(run(), {
      requests: 15,
      failures: 0,
      medianMs: 50,
      avgMs: 39.658101399739586,
      minMs: 9.971857070922852,
      maxMs: 88.2723331451416,
      rps: 6.081256164425403,
      percentiles: { '50': 50, '66': 51, '90': 54, '95': 88, '99': 88, '99.999': 88, '100': 88 },
      percentileKeys: CSV_KEYS_1X,
    });
  });

  it('1 endpoint', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(1);
    // locust_stats.csv row 2: GET,get接口,15,0,50,39.658101399739586,9.971857070922852,88.2723331451416,...
    // prettier-ignore
    checkEndpoint(r, { method: 'GET', name: NAME, requests: 15, failures: 0, medianMs: 50, avgMs: 39.658101399739586, minMs: 9.971857070922852, maxMs: 88.2723331451416, rps: 6.081256164425403, percentiles: { '50': 50, '95': 88, '100': 88 } });
  });

  it('failures/exceptions empty', () => {
    const r = run();
    expect(r.failures).toEqual([]); // locust_failures.csv: header only
    expect(r.exceptions).toEqual([]);
  });

  it('history, users (peak 10, last row drops to 0), times', () => {
    const r = run();
    // locust_stats_history.csv: 3 data rows; User Count "1","10","0"; Timestamp "1597569274","1597569276","1597569276"
    expect(r.history?.points).toBe(3);
    expect(r.meta.userCount).toBe(10);
    // Aggregated: 15 requests / 6.081256164425403 rps = 2.47 s, beyond the history's 2 s
    checkTimes(r, '2020-08-16T09:14:34Z', '2020-08-16T09:14:36Z', runDurationS(2, 15, 6.081256164425403));
  });
});
