// Column definitions of the endpoint table (every Locust stats column, then the run's percentiles).
import { goodputRps } from '@/lib/domain/analysis/goodput';
import { formatBytes } from '@/lib/domain/format/format';
import { percentileLabel } from '@/lib/domain/charts/percentile-keys';
import { failurePercentText, rateCell } from '@/lib/domain/format/cells';
import {
  formattedColumn,
  methodColumn,
  msColumn,
  nameColumn,
  numberColumn,
  type TableColumn,
} from '@/components/ui/table/columns';
import type { EndpointRow } from './endpoint-rows';

type Column = TableColumn<EndpointRow>;

/** Kept out of a TanStack global filter: the table's filter box matches rows itself (matchesQuery). */
const unfiltered = (column: Column): Column => ({ ...column, enableGlobalFilter: false });

const failurePercent = (r: EndpointRow) => (
  <span className={r.failureRate !== null && r.failureRate > 0 ? 'font-medium text-bad' : 'text-slate-400'}>
    {failurePercentText(r.failureRate)}
  </span>
);

export const METHOD_WIDTH = 80;
export const NAME_WIDTH = 320;

export function endpointColumns(percentileKeys: readonly string[]): Column[] {
  const figures: Column[] = [
    numberColumn(
      'requests',
      'Requests',
      undefined,
      (r) => r.requests,
      (r) => r.requests.toLocaleString('en-US'),
      96,
    ),
    numberColumn(
      'failures',
      'Failures',
      undefined,
      (r) => r.failures,
      (r) => <span className={r.failures > 0 ? 'text-bad' : ''}>{r.failures.toLocaleString('en-US')}</span>,
      84,
    ),
    numberColumn('failureRate', 'Failure', '%', (r) => r.failureRate, failurePercent, 88),
    msColumn('median', 'Median', 'ms', (r) => r.medianMs, 84),
    msColumn('avg', 'Average', 'ms', (r) => r.avgMs, 84),
    msColumn('min', 'Min', 'ms', (r) => r.minMs, 76),
    msColumn('max', 'Max', 'ms', (r) => r.maxMs, 84),
    formattedColumn('avgSize', 'Avg size', undefined, (r) => r.avgSizeBytes, formatBytes, 92),
    formattedColumn('rps', 'Req/s', 'whole run', (r) => r.rps, rateCell, 84),
    formattedColumn('goodput', 'Goodput', 'successful/s', (r) => goodputRps(r), rateCell, 96),
    formattedColumn('failuresPerS', 'Fail/s', 'whole run', (r) => r.failuresPerS, rateCell, 84),
    ...percentileKeys.map((key) =>
      msColumn<EndpointRow>(`p${key}`, percentileLabel(key), 'ms', (r) => r.percentiles[key], key.length > 3 ? 80 : 72),
    ),
  ];
  return [
    unfiltered(methodColumn(METHOD_WIDTH)),
    nameColumn(NAME_WIDTH, METHOD_WIDTH, (r) => r.name),
    ...figures.map(unfiltered),
  ];
}
