// Golden test: fixtures/locust-real/ons-srb-0001-locust0.11 (Locust 0.11, pre-0.13 format:
// <prefix>_requests.csv + <prefix>_distribution.csv, total row "None","Total").
// Every expected value below was read by hand from the CSV files (cat), row numbers are 1-based
// physical lines including the header.
import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/lib/domain/locust';
import { loadCsvRun } from './load';
import {
  DIST_KEYS_0X,
  checkAggregated,
  checkEndpoint,
  checkNoTimes,
  type ExpectedEndpoint,
  type ExpectedStats,
} from './helpers';

const FOLDER = 'locust-real/ons-srb-0001-locust0.11';

interface Case {
  prefix: string;
  aggregated: ExpectedStats;
  endpointCount: number;
  endpoints: ExpectedEndpoint[];
}

const CASES: Case[] = [
  {
    prefix: 'baseline',
    // baseline_requests.csv row 10 ("None","Total"): 1800,0,34,40,21,429,4591,6.02
    // baseline_distribution.csv row 10 ("Total"): 50%=34 ... 95%=58, 99%=67, 100%=430
    aggregated: {
      requests: 1800,
      failures: 0,
      medianMs: 34,
      avgMs: 40,
      minMs: 21,
      maxMs: 429,
      rps: 6.02,
      percentiles: { '50': 34, '66': 48, '95': 58, '99': 67, '100': 430 },
      percentileKeys: DIST_KEYS_0X,
    },
    // baseline_requests.csv rows 2-9: 8 endpoint rows
    endpointCount: 8,
    endpoints: [
      // requests row 2: "GET","/questionnaire/",225,0,55,57,45,429; distribution row 2: 95%=63, 99%=68, 100%=430
      {
        method: 'GET',
        name: '/questionnaire/',
        requests: 225,
        failures: 0,
        medianMs: 55,
        avgMs: 57,
        minMs: 45,
        maxMs: 429,
        percentiles: { '50': 55, '95': 63, '99': 68, '100': 430 },
      },
      // requests row 7: "POST","/questionnaire/summary/",225,0,50,51,43,132; distribution row 7: 95%=58, 100%=130
      {
        method: 'POST',
        name: '/questionnaire/summary/',
        requests: 225,
        failures: 0,
        medianMs: 50,
        avgMs: 51,
        minMs: 43,
        maxMs: 132,
        percentiles: { '95': 58, '100': 130 },
      },
      // requests row 8: "GET","/session",225,0,56,57,44,147; distribution row 8: 95%=63, 99%=83, 100%=150
      {
        method: 'GET',
        name: '/session',
        requests: 225,
        failures: 0,
        medianMs: 56,
        avgMs: 57,
        minMs: 44,
        maxMs: 147,
        percentiles: { '95': 63, '99': 83, '100': 150 },
      },
    ],
  },
  {
    prefix: 'investigation',
    // investigation_requests.csv row 10: "None","Total",1936,0,23,29,16,409,4591,6.48
    // investigation_distribution.csv row 10: 50%=23, 66%=30, 95%=46, 99%=51, 100%=410
    aggregated: {
      requests: 1936,
      failures: 0,
      medianMs: 23,
      avgMs: 29,
      minMs: 16,
      maxMs: 409,
      rps: 6.48,
      percentiles: { '50': 23, '66': 30, '95': 46, '99': 51, '100': 410 },
      percentileKeys: DIST_KEYS_0X,
    },
    endpointCount: 8,
    endpoints: [
      // requests row 2: "GET","/questionnaire/",242,0,39,41,34,409; distribution row 2: 95%=44, 100%=410
      {
        method: 'GET',
        name: '/questionnaire/',
        requests: 242,
        failures: 0,
        medianMs: 39,
        avgMs: 41,
        minMs: 34,
        maxMs: 409,
        percentiles: { '95': 44, '100': 410 },
      },
      // requests row 7: "POST","/questionnaire/summary/",242,0,30,30,27,41; distribution row 7: 95%=34
      {
        method: 'POST',
        name: '/questionnaire/summary/',
        requests: 242,
        failures: 0,
        medianMs: 30,
        avgMs: 30,
        minMs: 27,
        maxMs: 41,
        percentiles: { '95': 34, '100': 41 },
      },
      // requests row 8: "GET","/session",242,0,45,46,40,93; distribution row 8: 95%=50, 99%=90, 100%=93
      {
        method: 'GET',
        name: '/session',
        requests: 242,
        failures: 0,
        medianMs: 45,
        avgMs: 46,
        minMs: 40,
        maxMs: 93,
        percentiles: { '95': 50, '99': 90, '100': 93 },
      },
    ],
  },
];

describe('golden: ons-srb-0001-locust0.11 (requests.csv + distribution.csv)', () => {
  describe.each(CASES)('$prefix', (c) => {
    const run = () => parseRunFiles(loadCsvRun(FOLDER, c.prefix));

    it('aggregated ("Total" row) matches the files', () => {
      checkAggregated(run(), c.aggregated);
    });

    it('endpoints (Total excluded) and selected rows', () => {
      const r = run();
      expect(r.endpoints).toHaveLength(c.endpointCount);
      for (const e of c.endpoints) checkEndpoint(r, e);
    });

    it('no failures/exceptions/history files; users and times not recorded', () => {
      const r = run();
      expect(r.failures).toEqual([]);
      expect(r.exceptions).toEqual([]);
      expect(r.history).toBeNull();
      expect(r.meta.userCount).toBeNull();
      checkNoTimes(r, c.aggregated.requests, c.aggregated.rps as number);
    });
  });
});
