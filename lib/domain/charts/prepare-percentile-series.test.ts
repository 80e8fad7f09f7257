import { describe, expect, it } from 'vitest';
import { percentileDataKey, percentileKeyFromColumn, percentileKeysOf, sortPercentileKeys } from './percentile-keys';
import { preparePercentileSeries, toChartRows } from './prepare-percentile-series';
import { fixtureRun, SMALLPOOL_20U, VEROLIUT_HTML } from './test-fixtures';

describe('preparePercentileSeries on real runs', () => {
  const run = fixtureRun(SMALLPOOL_20U);
  const login = run.endpoints.find((e) => e.method === 'GET' && e.name === '/accounts/login/');
  const rows = preparePercentileSeries([
    { id: 'aggregated', percentiles: run.aggregated.percentiles },
    { id: 'selected', percentiles: login?.percentiles ?? {} },
  ]);

  it('orders percentiles numerically, not in JS object-key order', () => {
    expect(Object.keys(run.aggregated.percentiles).slice(-3)).toEqual(['100', '99.9', '99.99']);
    expect(rows.map((r) => r.label)).toEqual([
      'P50',
      'P66',
      'P75',
      'P80',
      'P90',
      'P95',
      'P98',
      'P99',
      'P99.9',
      'P99.99',
      'P100',
    ]);
  });

  // smallpool-20u_stats.csv: Aggregated and "GET /accounts/login/" rows, in ms.
  it.each([
    { key: '50', aggregated: 160, selected: 23 },
    { key: '95', aggregated: 1900, selected: 50 },
    { key: '99', aggregated: 3000, selected: 50 },
    { key: '100', aggregated: 4400, selected: 50 },
  ])('P$key: aggregated $aggregated ms, login $selected ms', ({ key, aggregated, selected }) => {
    expect(rows.find((r) => r.key === key)?.values).toEqual({ aggregated, selected });
  });

  it('flattens rows for the chart', () => {
    expect(toChartRows(rows)[0]).toEqual({ label: 'P50', aggregated: 160, selected: 23 });
  });
});

describe('percentile keys', () => {
  it.each([
    {
      name: 'integer-like keys first in objects',
      keys: ['100', '50', '99.9', '95'],
      sorted: ['50', '95', '99.9', '100'],
    },
    { name: 'custom percentiles', keys: ['57', '99.999', '10', '57'], sorted: ['10', '57', '99.999'] },
  ])('$name', ({ keys, sorted }) => expect(sortPercentileKeys(keys)).toEqual(sorted));

  it('takes the union of every row, and fills the gaps with null', () => {
    const html = fixtureRun(VEROLIUT_HTML, ['report.html']);
    const keys = percentileKeysOf([html.aggregated, ...html.endpoints]);
    expect(keys.length).toBeGreaterThan(0);
    const rows = preparePercentileSeries([
      { id: 'a', percentiles: { '50': 10 } },
      { id: 'b', percentiles: { '95': 20, '50': null } },
    ]);
    expect(rows).toEqual([
      { key: '50', label: 'P50', values: { a: 10, b: null } },
      { key: '95', label: 'P95', values: { a: null, b: 20 } },
    ]);
  });

  it.each([
    ['99.9', 'p99_9'],
    ['50', 'p50'],
  ])('data key of %s is %s', (key, dataKey) => expect(percentileDataKey(key)).toBe(dataKey));

  it.each([
    ['p99.9', '99.9'],
    ['p50', '50'],
    ['rps', null],
    ['pending', null],
  ])('column %s -> %s', (column, key) => expect(percentileKeyFromColumn(column)).toBe(key));
});
