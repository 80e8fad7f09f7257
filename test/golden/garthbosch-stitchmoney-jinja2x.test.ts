// Golden test: fixtures/locust-real/garthbosch-stitchmoney-jinja2x (Locust 2.x legacy Jinja report
// with a "Final ratio" section; Target Host is the free text "TODO list").
// Values read from the tables and the stats_history arrays with a throwaway python script.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadFile } from './load';
import { HTML_KEYS, checkAggregated, checkEndpoint, checkTimes } from './helpers';

const FOLDER = 'locust-real/garthbosch-stitchmoney-jinja2x';
const run = () => parseRunFiles([loadFile(FOLDER, 'locust_report.html')]);

describe('golden: garthbosch-stitchmoney-jinja2x (HTML only)', () => {
  it('aggregated (<tr class="total">)', () => {
    // Request Statistics total: "", Aggregated, 149, 0, 7, 1, 33, 4030, 1.6, 0.0
    // Response Time Statistics total: 7, 7, 8, 9, 10, 14, 23, 34
    // prettier-ignore
    checkAggregated(run(), { requests: 149, failures: 0, medianMs: 7, avgMs: 7, minMs: 1, maxMs: 33, percentiles: { '50': 7, '60': 7, '70': 8, '80': 9, '90': 10, '95': 14, '99': 23, '100': 34 }, percentileKeys: HTML_KEYS });
  });

  it('1 endpoint', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(1);
    // POST, /todos, 149, 0, 7, 1, 33 | 7, 7, 8, 9, 10, 14, 23, 34
    // prettier-ignore
    checkEndpoint(r, { method: 'POST', name: '/todos', requests: 149, failures: 0, medianMs: 7, avgMs: 7, minMs: 1, maxMs: 33, percentiles: { '50': 7, '95': 14, '99': 23, '100': 34 } });
  });

  it('no failures/exceptions blocks', () => {
    const r = run();
    expect(r.failures).toEqual([]);
    expect(r.exceptions).toEqual([]);
  });

  it('chart history, users, times', () => {
    const r = run();
    // stats_history "time": 19 entries ("21:26:29" .. "21:27:59"); "user_count": 1, then 5 -> peak 5
    expect(r.history?.points).toBe(19);
    expect(r.meta.userCount).toBe(5);
    // During: 2022-06-21 21:26:29 - 2022-06-21 21:28:00 (UTC: the chart times, UTC from 2.2, start at 21:26:29 too)
    checkTimes(r, '2022-06-21T21:26:29Z', '2022-06-21T21:28:00Z', 91);
  });
});
