// Golden test: fixtures/locust-real/danieldiazcruz-mlops-react2x (React report, Locust 2.18–2.28:
// templateArgs start/end "YYYY-MM-DD HH:MM:SS" (UTC), history "time" "HH:MM:SS", user_count ints;
// ninetieth_/ninety_ninth_response_time keys). Values from the `window.templateArgs = {...}` JSON
// extracted with a throwaway python script (0-based indexes).
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadFile } from './load';
import { HTML_KEYS, checkAggregated, checkEndpoint, checkTimes } from './helpers';

const FOLDER = 'locust-real/danieldiazcruz-mlops-react2x';
const run = () => parseRunFiles([loadFile(FOLDER, 'locust_report.html')]);

describe('golden: danieldiazcruz-mlops-react2x (HTML only)', () => {
  it('aggregated (requests_statistics[2] + response_time_statistics[2])', () => {
    // num_requests 761252, num_failures 0, median 100.0, avg 285.08671410179267, min 1.0, max 1797.0;
    // response_time_statistics: 0.5 100, 0.6 290, 0.7 460, 0.8 600, 0.9 780, 0.95 900, 0.99 1100, 1.0 1800
    // prettier-ignore
    checkAggregated(run(), { requests: 761252, failures: 0, medianMs: 100, avgMs: 285.08671410179267, minMs: 1, maxMs: 1797, percentiles: { '50': 100, '60': 290, '90': 780, '95': 900, '99': 1100, '100': 1800 }, percentileKeys: HTML_KEYS });
  });

  it('2 endpoints', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(2);
    // prettier-ignore
    {
      // requests_statistics[0] / response_time_statistics[0]
      checkEndpoint(r, { method: 'GET', name: '/health', requests: 380309, failures: 0, medianMs: 21, avgMs: 30.941488034148083, minMs: 1, maxMs: 387, percentiles: { '50': 21, '95': 93, '99': 160, '100': 390 } });
      // requests_statistics[1] / response_time_statistics[1]
      checkEndpoint(r, { method: 'POST', name: '/predict', requests: 380943, failures: 0, medianMs: 530, avgMs: 538.8089685612787, minMs: 33, maxMs: 1797, percentiles: { '50': 530, '95': 990, '99': 1200, '100': 1800 } });
    }
  });

  it('no failures/exceptions', () => {
    const r = run();
    expect(r.failures).toEqual([]);
    expect(r.exceptions).toEqual([]);
  });

  it('history (894 points), users, times', () => {
    const r = run();
    // templateArgs.history: 894 entries, user_count 15, 40, 65, ... max 100
    expect(r.history?.points).toBe(894);
    expect(r.meta.userCount).toBe(100);
    // start_time "2026-05-19 02:13:23", end_time "2026-05-19 03:27:53" (UTC in 2.18-2.28 React reports)
    checkTimes(r, '2026-05-19T02:13:23Z', '2026-05-19T03:27:53Z', 4470);
  });
});
