import { describe, expect, it } from 'vitest';
import {
  histogramTotal,
  medianFromHistogram,
  mergeHistograms,
  percentileFromHistogram,
  type Histogram,
} from './histogram';

// Expected values come from a Python transcription of Locust's
// calculate_response_time_percentile / median_from_dict, not from this module.
const ten = new Map(Array.from({ length: 10 }, (_, i) => [i + 1, 1] as [number, number]));

const percentileCases: [string, Histogram, number, number | null][] = [
  ['50% of 10 samples is the 6th value', ten, 0.5, 6],
  ['0% of 10 samples is the 1st value', ten, 0, 1],
  ['66% of 10 samples is the 7th value', ten, 0.66, 7],
  ['90% of 10 samples is the 10th value', ten, 0.9, 10],
  ['100% is the largest bucket', ten, 1, 10],
  [
    '50% of 5 samples is the middle one',
    new Map([
      [10, 1],
      [20, 1],
      [30, 1],
      [40, 1],
      [50, 1],
    ]),
    0.5,
    30,
  ],
  [
    '50% of an even count is the upper median',
    new Map([
      [10, 2],
      [20, 2],
    ]),
    0.5,
    20,
  ],
  [
    '99.9% of 999x1 + 1x2 reaches the last sample',
    new Map([
      [1, 999],
      [2, 1],
    ]),
    0.999,
    2,
  ],
  [
    '99% of 999x1 + 1x2 stays in the first bucket',
    new Map([
      [1, 999],
      [2, 1],
    ]),
    0.99,
    1,
  ],
  ['single bucket', new Map([[42, 3]]), 0.95, 42],
  ['string keys like "120.0" are numbers', { '42': 3, '120.0': 1 }, 1, 120],
  ['string keys sort numerically, not as text', { '90': 1, '100': 1, '1000': 1 }, 0.5, 100],
  ['empty histogram has no percentile', new Map(), 0.5, null],
  ['zero counts only', new Map([[5, 0]]), 0.5, null],
];

describe('percentileFromHistogram', () => {
  it.each(percentileCases)('%s', (_label, hist, fraction, expected) => {
    expect(percentileFromHistogram(hist, fraction)).toBe(expected);
  });
});

const medianCases: [string, Histogram, number | null][] = [
  ['10 samples: lower median is the 5th value', ten, 5],
  [
    '5 samples: the middle one',
    new Map([
      [10, 1],
      [20, 1],
      [30, 1],
      [40, 1],
      [50, 1],
    ]),
    30,
  ],
  [
    'even count: lower median (10), not the 50% column (20)',
    new Map([
      [10, 2],
      [20, 2],
    ]),
    10,
  ],
  [
    'two samples: the smaller',
    new Map([
      [5, 1],
      [7, 1],
    ]),
    5,
  ],
  ['single bucket', new Map([[42, 3]]), 42],
  ['string keys', { '230.0': 6, '180.0': 1, '300.0': 2, '1500.0': 1 }, 230],
  ['empty histogram', new Map(), null],
];

describe('medianFromHistogram', () => {
  it.each(medianCases)('%s', (_label, hist, expected) => {
    expect(medianFromHistogram(hist)).toBe(expected);
  });
});

describe('mergeHistograms / histogramTotal', () => {
  it('merges "120" and "120.0" into one bucket and keeps counts', () => {
    const merged = mergeHistograms([{ '120.0': 30, '95': 5 }, new Map([[120, 2]]), { '42': 1 }]);
    expect([...merged.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [42, 1],
      [95, 5],
      [120, 32],
    ]);
    expect(histogramTotal(merged)).toBe(38);
  });

  it('the shared scenario Aggregated histogram gives the README percentiles', () => {
    const merged = mergeHistograms([
      { '11': 3, '42': 60, '55': 20, '90': 12, '140.0': 3, '210.0': 1, '310.0': 1 },
      { '180.0': 1, '230.0': 6, '300.0': 2, '1500.0': 1 },
      { '95': 5, '120.0': 30, '180.0': 10, '210.0': 4, '480.0': 1 },
    ]);
    expect(histogramTotal(merged)).toBe(160);
    expect(medianFromHistogram(merged)).toBe(55);
    const expected: [number, number][] = [
      [0.5, 55],
      [0.66, 120],
      [0.75, 120],
      [0.8, 120],
      [0.9, 210],
      [0.95, 230],
      [0.98, 300],
      [0.99, 480],
      [0.999, 1500],
      [0.9999, 1500],
      [1, 1500],
    ];
    for (const [fraction, value] of expected) expect(percentileFromHistogram(merged, fraction)).toBe(value);
  });
});
