// Golden test: fixtures/locust-real/ajurquet-oc11-jinja2.2.3 (Locust 2.2.3 legacy Jinja report:
// class="stats" tables, l10n datetime spans, `var stats_history = {...}` with "markers").
// Values read from the tables and the stats_history arrays with a throwaway python script.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadFile } from './load';
import { HTML_KEYS, checkAggregated, checkEndpoint, checkWallClockTimes } from './helpers';

const FOLDER = 'locust-real/ajurquet-oc11-jinja2.2.3';
const run = () => parseRunFiles([loadFile(FOLDER, 'locust_report.html')]);

describe('golden: ajurquet-oc11-jinja2.2.3 (HTML only)', () => {
  it('aggregated (<tr class="total">)', () => {
    // Request Statistics total: "", Aggregated, 473, 0, 3, 1, 18, 717, 3.1, 0.0
    // Response Time Statistics total: 3, 3, 4, 4, 5, 6, 16, 19
    // prettier-ignore
    checkAggregated(run(), { requests: 473, failures: 0, medianMs: 3, avgMs: 3, minMs: 1, maxMs: 18, percentiles: { '50': 3, '70': 4, '90': 5, '95': 6, '99': 16, '100': 19 }, percentileKeys: HTML_KEYS });
  });

  it('6 endpoints and selected rows', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(6);
    // prettier-ignore
    {
      // GET, //, 112, 0, 4, 2, 6 | 5, 5, 6, 6, 6, 6, 6, 6
      checkEndpoint(r, { method: 'GET', name: '//', requests: 112, failures: 0, medianMs: 5, avgMs: 4, minMs: 2, maxMs: 6, percentiles: { '50': 5, '95': 6, '100': 6 } });
      // GET, //book/Spring%20Festival/Simply%20Lift, 110, 0, 2, 1, 4 | 3, ..., 3, 4 (name kept as written, %20 not decoded)
      checkEndpoint(r, { method: 'GET', name: '//book/Spring%20Festival/Simply%20Lift', requests: 110, failures: 0, medianMs: 3, avgMs: 2, minMs: 1, maxMs: 4, percentiles: { '50': 3, '95': 3, '100': 4 } });
      // GET, //logout, 6, 0, 16, 9, 18 | 18, 18, 18, 18, 19, 19, 19, 19
      checkEndpoint(r, { method: 'GET', name: '//logout', requests: 6, failures: 0, medianMs: 18, avgMs: 16, minMs: 9, maxMs: 18, percentiles: { '50': 18, '95': 19, '100': 19 } });
    }
  });

  it('no failures/exceptions blocks', () => {
    const r = run();
    expect(r.failures).toEqual([]);
    expect(r.exceptions).toEqual([]);
  });

  it('chart history, users, times', () => {
    const r = run();
    // stats_history "time": 31 entries ("10:01:35" .. "10:04:05"); "user_count": {"value": 4}, then 6 -> peak 6
    expect(r.history?.points).toBe(31);
    expect(r.meta.userCount).toBe(6);
    // During: 2021-10-07 12:01:32 - 2021-10-07 12:04:06. In 2.2.0b0-2.4.1 this is server-local time
    // (the UTC chart times start 10:01:35, so the server ran at UTC+2); zone not stated in the file.
    checkWallClockTimes(r, '2021-10-07T12:01:32Z', '2021-10-07T12:04:06Z', 154);
  });
});
