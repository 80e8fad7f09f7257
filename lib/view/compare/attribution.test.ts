// Packed attribution rows (what travels to the browser) and the table rows formatted from them.
import { describe, expect, test } from 'vitest';
import { compareRuns } from '../../domain/analysis/compare-runs';
import {
  failureAttributionView,
  failureRow,
  latencyAttributionView,
  latencyRow,
  type PackedFailureRow,
  type PackedLatencyRow,
} from './attribution';
import { u20, u40 } from './test-fixtures';

/** The comparison's endpoints that index refs point into. */
const endpoints = [
  { method: 'GET', name: '/a' },
  { method: null, name: 'connect' },
];

describe('latencyRow', () => {
  test.each<[string, PackedLatencyRow, Partial<ReturnType<typeof latencyRow>>]>([
    [
      'in both runs, by index',
      [0, 360.512, 1509.13, 149.161, 0.172345, 98.0123, 51.1487],
      {
        label: 'GET /a',
        avg: '361 ms → 1,509 ms',
        contribution: '+149 ms',
        share: '17%',
        slowdown: '+98 ms',
        mix: '+51 ms',
        presence: null,
      },
    ],
    [
      'only in the target',
      [1, null, 12.5, 3.25, -0.5, null, null],
      {
        label: 'connect',
        avg: '— → 13 ms',
        contribution: '+3.3 ms',
        share: '−50%',
        slowdown: '—',
        mix: '—',
        presence: 'only in the target',
      },
    ],
    [
      'only in the baseline, by name',
      [['POST', '/b'], 40, null, -2, 0.01, null, null],
      { label: 'POST /b', avg: '40 ms → —', contribution: '−2 ms', share: '1%', presence: 'only in the baseline' },
    ],
  ])('%s', (_name, packed, expected) => {
    expect(latencyRow(packed, endpoints)).toMatchObject(expected);
  });
});

describe('failureRow', () => {
  test.each<[string, PackedFailureRow, ReturnType<typeof failureRow>]>([
    [
      'grown',
      [0, 2, 7, 5, 1, 0.00512],
      {
        label: 'GET /a',
        failures: '2 → 7',
        change: '+5',
        changeValue: 5,
        share: '100%',
        shareValue: 1,
        rate: '+0.51 pts',
      },
    ],
    [
      'absent in the target counts as 0',
      [['GET', '/b'], 1200, null, -1200, -0.4, null],
      {
        label: 'GET /b',
        failures: '1,200 → 0',
        change: '−1,200',
        changeValue: -1200,
        share: '−40%',
        shareValue: -0.4,
        rate: '—',
      },
    ],
  ])('%s', (_name, packed, expected) => {
    expect(failureRow(packed, endpoints)).toEqual(expected);
  });
});

describe('rows refer to the comparison endpoints by index', () => {
  const c = compareRuns([
    { id: 'a', run: u20() },
    { id: 'b', run: u40() },
  ]);
  test.each([
    ['latency', latencyAttributionView(c)!.rows.map((r) => r[0]), c.latencyAttribution.endpoints],
    ['failures', failureAttributionView(c)!.rows.map((r) => r[0]), c.failureAttribution.endpoints],
  ] as const)('%s', (_name, refs, expected) => {
    expect(refs.every((r) => typeof r === 'number')).toBe(true);
    expect(refs.map((r) => c.endpoints[r as number]).map((e) => [e?.method, e?.name])).toEqual(
      expected.map((e) => [e.method, e.name]),
    );
  });

  test('without the endpoint list, rows name their endpoint', () => {
    const { endpoints: _omit, ...rest } = c;
    expect(latencyAttributionView(rest)!.rows[0]![0]).toEqual(['GET', '/dashboard/']);
  });
});
