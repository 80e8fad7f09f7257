// Column definitions of the endpoint table (every Locust stats column, then the run's percentiles).
import type { ColumnDef, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { goodputRps } from '@/lib/domain/analysis/goodput';
import { formatBytes } from '@/lib/domain/format/format';
import { percentileLabel } from '@/lib/domain/charts/percentile-keys';
import type { EndpointRow } from './endpoint-rows';
import { failurePercentText, msCell, rateCell } from '@/lib/domain/format/cells';

declare module '@tanstack/react-table' {
  // Both type parameters must be declared to merge with the library's interface.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** px */
    width: number;
    align: 'left' | 'right';
    unit?: string;
    /** Left offset (px) of a column pinned while scrolling sideways. */
    stickyLeft?: number;
    render: (row: TData) => ReactNode;
  }
}

type Column = ColumnDef<EndpointRow, unknown>;

function numeric(
  id: string,
  header: string,
  unit: string | undefined,
  get: (r: EndpointRow) => number | null,
  render: (r: EndpointRow) => ReactNode,
  width = 84,
): Column {
  return {
    id,
    header,
    accessorFn: (r) => get(r) ?? undefined,
    sortingFn: 'basic',
    sortUndefined: 'last',
    sortDescFirst: true,
    enableGlobalFilter: false,
    meta: { width, align: 'right', unit, render },
  };
}

const failurePercent = (r: EndpointRow) => (
  <span className={r.failureRate !== null && r.failureRate > 0 ? 'font-medium text-bad' : 'text-slate-400'}>
    {failurePercentText(r.failureRate)}
  </span>
);

export const METHOD_WIDTH = 80;
export const NAME_WIDTH = 320;

export function endpointColumns(percentileKeys: readonly string[]): Column[] {
  return [
    {
      id: 'method',
      header: 'Method',
      accessorFn: (r) => r.method ?? '',
      sortingFn: 'text',
      enableGlobalFilter: false,
      meta: {
        width: METHOD_WIDTH,
        align: 'left',
        stickyLeft: 0,
        render: (r) => <span className="font-mono text-xs text-slate-600">{r.method ?? ''}</span>,
      },
    },
    {
      id: 'name',
      header: 'Name',
      accessorFn: (r) => r.name,
      sortingFn: 'alphanumeric',
      meta: { width: NAME_WIDTH, align: 'left', stickyLeft: METHOD_WIDTH, render: (r) => r.name },
    },
    numeric(
      'requests',
      'Requests',
      undefined,
      (r) => r.requests,
      (r) => r.requests.toLocaleString('en-US'),
      96,
    ),
    numeric(
      'failures',
      'Failures',
      undefined,
      (r) => r.failures,
      (r) => <span className={r.failures > 0 ? 'text-bad' : ''}>{r.failures.toLocaleString('en-US')}</span>,
    ),
    numeric('failureRate', 'Failure', '%', (r) => r.failureRate, failurePercent, 88),
    numeric(
      'median',
      'Median',
      'ms',
      (r) => r.medianMs,
      (r) => msCell(r.medianMs),
    ),
    numeric(
      'avg',
      'Average',
      'ms',
      (r) => r.avgMs,
      (r) => msCell(r.avgMs),
    ),
    numeric(
      'min',
      'Min',
      'ms',
      (r) => r.minMs,
      (r) => msCell(r.minMs),
      76,
    ),
    numeric(
      'max',
      'Max',
      'ms',
      (r) => r.maxMs,
      (r) => msCell(r.maxMs),
    ),
    numeric(
      'avgSize',
      'Avg size',
      undefined,
      (r) => r.avgSizeBytes,
      (r) => formatBytes(r.avgSizeBytes),
      92,
    ),
    numeric(
      'rps',
      'Req/s',
      'whole run',
      (r) => r.rps,
      (r) => rateCell(r.rps),
      84,
    ),
    numeric(
      'goodput',
      'Goodput',
      'successful/s',
      (r) => goodputRps(r),
      (r) => rateCell(goodputRps(r)),
      96,
    ),
    numeric(
      'failuresPerS',
      'Fail/s',
      'whole run',
      (r) => r.failuresPerS,
      (r) => rateCell(r.failuresPerS),
      84,
    ),
    ...percentileKeys.map((key) =>
      numeric(
        `p${key}`,
        percentileLabel(key),
        'ms',
        (r) => r.percentiles[key] ?? null,
        (r) => msCell(r.percentiles[key]),
        key.length > 3 ? 80 : 72,
      ),
    ),
  ];
}
