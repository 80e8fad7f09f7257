// Golden test: fixtures/locust-real/selinfildis-ghibli-jinja1.x (oldest legacy HTML report,
// Locust 1.2–1.4.1: plain <table>s without classes, "During: <span>START - END</span>", chart data
// inline in rpsChart/responseTimeChart/usersChart.setOption({... data: [ ..., ] }) calls).
// Values read from the tables and the usersChart series with a throwaway python script.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadFile } from './load';
import { HTML_KEYS, checkAggregated, checkEndpoint, checkWallClockTimes, sumOccurrences } from './helpers';

const FOLDER = 'locust-real/selinfildis-ghibli-jinja1.x';
const run = () => parseRunFiles([loadFile(FOLDER, 'locust_report.html')]);

describe('golden: selinfildis-ghibli-jinja1.x (HTML only)', () => {
  it('aggregated row: no median in legacy reports, the 50%ile is used', () => {
    // Request Statistics row 2: "", Aggregated, 6324, 129, 1844, 6, 37435, 22195, 68.5, 1.4
    // Response Time Statistics row 2: 180, 620, 1100, 1500, 3200, 9000, 32000, 37000
    // prettier-ignore
    checkAggregated(run(), { requests: 6324, failures: 129, medianMs: 180, avgMs: 1844, minMs: 6, maxMs: 37435, percentiles: { '50': 180, '60': 620, '70': 1100, '80': 1500, '90': 3200, '95': 9000, '99': 32000, '100': 37000 }, percentileKeys: HTML_KEYS });
  });

  it('1 endpoint', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(1);
    // Request Statistics row 1: GET, /movies/, 6324, 129, 1844, 6, 37435; Response Time row 1: 180 ... 9000 (95%), 37000 (100%)
    // prettier-ignore
    checkEndpoint(r, { method: 'GET', name: '/movies/', requests: 6324, failures: 129, medianMs: 180, avgMs: 1844, minMs: 6, maxMs: 37435, percentiles: { '50': 180, '95': 9000, '100': 37000 } });
  });

  it('failures table', () => {
    const r = run();
    // Failures Statistics: 1 row: GET, /movies/, "500 Server Error: Internal Server Error for url: http://127.0.0.1:8000/movies/", 129
    expect(r.failures).toHaveLength(1);
    expect(sumOccurrences(r)).toBe(129);
    expect(r.failures[0]).toMatchObject({
      method: 'GET',
      name: '/movies/',
      error: '500 Server Error: Internal Server Error for url: http://127.0.0.1:8000/movies/',
      occurrences: 129,
    });
    expect(r.exceptions).toEqual([]);
  });

  it('chart history, users, times', () => {
    const r = run();
    // usersChart xAxis: 20 time strings ("00:21:58" .. "00:23:33"); series data: 300 x18, 0, 0 -> peak 300
    expect(r.history?.points).toBe(20);
    expect(r.meta.userCount).toBe(300);
    // During: 2020-10-12 00:21:55 - 2020-10-12 00:23:28 (local time of the rendering machine, zone not stated)
    checkWallClockTimes(r, '2020-10-12T00:21:55Z', '2020-10-12T00:23:28Z', 93);
  });
});
