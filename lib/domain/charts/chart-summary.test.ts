import { describe, expect, it } from 'vitest';
import { formatMs, formatRate } from '@/lib/domain/format/format';
import { categorySummary, rangeSummary } from './chart-summary';
import { preparePercentileSeries, toChartRows } from './prepare-percentile-series';
import { fixtureRun, SMALLPOOL_20U } from './test-fixtures';

describe('categorySummary', () => {
  it.each([
    {
      name: 'every value of every series, unknown ones said so',
      labels: ['P50', 'P95'],
      series: [
        { name: 'A', values: [120, 870] },
        { name: 'B', values: [130, null] },
      ],
      text: 'Response time. A: P50 120 ms, P95 870 ms. B: P50 130 ms, P95 no data.',
    },
    {
      name: 'NaN is unknown, 0 is a value',
      labels: ['P50', 'P95'],
      series: [{ name: 'A', values: [0, Number.NaN] }],
      text: 'Response time. A: P50 0 ms, P95 no data.',
    },
  ])('$name', ({ labels, series, text }) => {
    expect(categorySummary('Response time', labels, series, formatMs)).toBe(text);
  });

  // fixtures/locust-2.12-generated/smallpool-20u: Aggregated P50 160 ms, P95 1,900 ms, P100 4,400 ms.
  it('reads the percentiles of a real run', () => {
    const run = fixtureRun(SMALLPOOL_20U);
    const rows = toChartRows(preparePercentileSeries([{ id: 'aggregated', percentiles: run.aggregated.percentiles }]));
    const text = categorySummary(
      'Percentiles',
      rows.map((r) => String(r.label)),
      [{ name: 'Aggregated', values: rows.map((r) => r.aggregated as number | null) }],
      formatMs,
    );
    expect(text).toContain('P50 160 ms');
    expect(text).toContain('P95 1,900 ms');
    expect(text).toContain('P100 4,400 ms');
  });
});

describe('rangeSummary', () => {
  it.each([
    {
      name: 'lowest, highest and average of the known values',
      series: [{ name: 'Requests/s', values: [10, null, 20, 30] }],
      text: 'Throughput. Requests/s: lowest 10/s, highest 30/s, average 20/s.',
    },
    {
      name: 'a series without values says so',
      series: [{ name: 'Failures/s', values: [null, undefined] }],
      text: 'Throughput. Failures/s: no data.',
    },
    {
      name: 'zeros count',
      series: [{ name: 'Failures/s', values: [0, 0, 3] }],
      text: 'Throughput. Failures/s: lowest 0/s, highest 3/s, average 1/s.',
    },
  ])('$name', ({ series, text }) => {
    expect(rangeSummary('Throughput', series, formatRate)).toBe(text);
  });
});
