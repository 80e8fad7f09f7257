// Golden test: fixtures/locust-real/esmy1990-locust0.x (pre-0.13 example_requests.csv +
// example_distribution.csv). Values read by hand with `cat`; rows are 1-based lines incl. header.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import { DIST_KEYS_0X, checkAggregated, checkEndpoint, checkNoTimes } from './helpers';

const FOLDER = 'locust-real/esmy1990-locust0.x';
const run = () => parseRunFiles(loadCsvRun(FOLDER, 'example'));

describe('golden: esmy1990-locust0.x', () => {
  it('aggregated ("None","Total" row) matches the files', () => {
    // example_requests.csv row 6: "None","Total",1648,388,6,967,4,9017,259,58.75
    // example_distribution.csv row 6: "Total",1648,6,7,10,19,5000,7000,8000,9000,9000
    checkAggregated(run(), {
      requests: 1648,
      failures: 388,
      medianMs: 6,
      avgMs: 967,
      minMs: 4,
      maxMs: 9017,
      rps: 58.75,
      percentiles: { '50': 6, '80': 19, '90': 5000, '95': 7000, '99': 9000, '100': 9000 },
      percentileKeys: DIST_KEYS_0X,
    });
  });

  it('4 endpoints; distribution "METHOD name" cells joined to the right rows', () => {
    const r = run();
    // example_requests.csv rows 2-5
    expect(r.endpoints).toHaveLength(4);
    // requests row 2: "PUT","/delayed",354,0,4000,4480,4,9017; distribution row 2 "PUT /delayed": 95%=9000, 100%=9000
    checkEndpoint(r, {
      method: 'PUT',
      name: '/delayed',
      requests: 354,
      failures: 0,
      medianMs: 4000,
      avgMs: 4480,
      minMs: 4,
      maxMs: 9017,
      percentiles: { '50': 4000, '66': 6000, '95': 9000, '100': 9000 },
    });
    // requests row 3: "GET","/get",441,0,6,7,4,33; distribution row 3: 95%=11, 99%=19, 100%=33
    checkEndpoint(r, {
      method: 'GET',
      name: '/get',
      requests: 441,
      failures: 0,
      medianMs: 6,
      avgMs: 7,
      minMs: 4,
      maxMs: 33,
      percentiles: { '95': 11, '99': 19, '100': 33 },
    });
    // requests row 5: "GET","/status/404",388,388,5,6,4,81; distribution row 5: 95%=9, 100%=81
    checkEndpoint(r, {
      method: 'GET',
      name: '/status/404',
      requests: 388,
      failures: 388,
      medianMs: 5,
      avgMs: 6,
      minMs: 4,
      maxMs: 81,
      percentiles: { '95': 9, '100': 81 },
    });
  });

  it('no failures/exceptions/history files; users and times not recorded', () => {
    const r = run();
    expect(r.failures).toEqual([]);
    expect(r.exceptions).toEqual([]);
    expect(r.history).toBeNull();
    expect(r.meta.userCount).toBeNull();
    checkNoTimes(r, 1648, 58.75);
  });
});
