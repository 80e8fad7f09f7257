// The distribution in words, from the Aggregated percentiles of real runs (values read with `cat`
// from the _stats.csv files: smallpool 20u 50%=160 80%=320 95%=1900 99%=3000, 40u 520/2100/4200/8000;
// eq-author 320/550/2400/6300; srb 0.14 baseline_performance 180/520/780/1300).
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { describeDistribution } from './distribution-words';

const load = fixtureRun;
const u20 = load('locust-2.12-generated/smallpool-20u');
const u40 = load('locust-2.12-generated/smallpool-40u');
const eq = load('locust-real/ons-eqauthor-2022-locust2.5.1');
const srb = load('locust-real/ons-srb-0003-locust0.14', /^baseline_performance_/);

describe('describeDistribution', () => {
  test('smallpool, target first as in the hand-written report', () => {
    expect(
      describeDistribution([
        { label: '40 users', percentiles: u40.aggregated.percentiles },
        { label: '20 users', percentiles: u20.aggregated.percentiles },
      ]),
    ).toEqual([
      '50% of requests took at most about 520 ms at 40 users, 160 ms at 20 users.',
      '80% of requests took at most about 2,100 ms at 40 users, 320 ms at 20 users.',
      '95% of requests took at most about 4,200 ms at 40 users, 1,900 ms at 20 users.',
      '99% of requests took at most about 8,000 ms at 40 users, 3,000 ms at 20 users.',
    ]);
  });

  test.each([
    ['eq-author 2.5.1', eq, ['320 ms', '550 ms', '2,400 ms', '6,300 ms']],
    ['srb 0.14', srb, ['180 ms', '520 ms', '780 ms', '1,300 ms']],
  ] as const)('one run: %s', (_label, run, values) => {
    const s = describeDistribution([{ label: 'the run', percentiles: run.aggregated.percentiles }]);
    expect(s).toEqual(
      ['50', '80', '95', '99'].map((p, i) => `${p}% of requests took at most about ${values[i]} at the run.`),
    );
  });

  test('missing and null percentiles, other label spellings, seconds', () => {
    const s = describeDistribution([
      { label: '100 users', percentiles: { '50.0': 1200, '80': 3500, '95': 9000, '99': null } },
      { label: '50 users', percentiles: { '50': 180, '95': 2200, '99': null } },
    ]);
    expect(s).toEqual([
      '50% of requests took at most about 1,200 ms at 100 users, 180 ms at 50 users.',
      '80% of requests took at most about 3,500 ms at 100 users (no data at 50 users).',
      '95% of requests took at most about 9,000 ms at 100 users, 2,200 ms at 50 users.',
    ]);
    expect(describeDistribution([{ label: 'x', percentiles: { '99': 14000 } }])).toEqual([
      '99% of requests took at most about 14 s at x.',
    ]);
    expect(describeDistribution([{ label: 'x', percentiles: {} }])).toEqual([]);
  });
});
