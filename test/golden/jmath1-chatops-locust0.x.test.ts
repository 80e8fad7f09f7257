// Golden test: fixtures/locust-real/jmath1-chatops-locust0.x (pre-0.13 example_requests.csv +
// example_distribution.csv). Values read by hand with `cat`; rows are 1-based lines incl. header.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import { DIST_KEYS_0X, checkAggregated, checkEndpoint, checkNoTimes } from './helpers';

const FOLDER = 'locust-real/jmath1-chatops-locust0.x';
const run = () => parseRunFiles(loadCsvRun(FOLDER, 'example'));

describe('golden: jmath1-chatops-locust0.x', () => {
  it('aggregated ("None","Total" row) matches the files', () => {
    // example_requests.csv row 5: "None","Total",635,1,4,4,2,51,26,10.60
    // example_distribution.csv row 5: "Total",635,4,4,4,4,5,6,9,10,51
    checkAggregated(run(), {
      requests: 635,
      failures: 1,
      medianMs: 4,
      avgMs: 4,
      minMs: 2,
      maxMs: 51,
      rps: 10.6,
      percentiles: { '50': 4, '90': 5, '95': 6, '98': 9, '99': 10, '100': 51 },
      percentileKeys: DIST_KEYS_0X,
    });
  });

  it('3 endpoints and their rows', () => {
    const r = run();
    expect(r.endpoints).toHaveLength(3);
    // requests row 2: "GET","/first-task",108,0,4,4,2,18; distribution row 2: 95%=7, 99%=9, 100%=18
    checkEndpoint(r, {
      method: 'GET',
      name: '/first-task',
      requests: 108,
      failures: 0,
      medianMs: 4,
      avgMs: 4,
      minMs: 2,
      maxMs: 18,
      percentiles: { '95': 7, '99': 9, '100': 18 },
    });
    // requests row 4: "GET","/third-task",323,1,4,4,2,51; distribution row 4: 95%=6, 99%=12, 100%=51
    checkEndpoint(r, {
      method: 'GET',
      name: '/third-task',
      requests: 323,
      failures: 1,
      medianMs: 4,
      avgMs: 4,
      minMs: 2,
      maxMs: 51,
      percentiles: { '95': 6, '99': 12, '100': 51 },
    });
  });

  it('no failures/exceptions/history files; users and times not recorded', () => {
    const r = run();
    expect(r.failures).toEqual([]);
    expect(r.exceptions).toEqual([]);
    expect(r.history).toBeNull();
    expect(r.meta.userCount).toBeNull();
    checkNoTimes(r, 635, 10.6);
  });
});
