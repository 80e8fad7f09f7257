'use client';
// The endpoint trend matrix: a row per scope (all requests first, then the worst recent change first, as the
// service orders them) with its sparkline over the newest runs, newest value, recent change and open change
// points. Only the rows in view are in the DOM (5,000 endpoints scroll smoothly); a row's name puts it on the
// chart (the URL's scope).
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { TableScrollFrame } from '@/components/ui/table/table-frame';
import { useVirtualRows, VirtualRows } from '@/components/ui/table/use-virtual-rows';
import { SEARCH_INPUT } from '@/components/ui/form-styles';
import type { TrendMetric } from '@/lib/domain/history/run-figures';
import { eraBreaksPx } from '@/lib/view/history/sparkline';
import { trendHref, type TrendPageQuery } from '@/lib/view/history/trend-query';
import { scopeText } from '@/lib/view/history/words';
import { MatrixRow, ROW_HEIGHT_PX, type MatrixRowData } from './matrix-row';
import { SPARK_WIDTH_PX } from './sparkline';

interface Props {
  projectId: string;
  query: TrendPageQuery;
  metric: TrendMetric;
  rows: MatrixRowData[];
  /** The era of each run of the sparklines, oldest first. */
  runEras: number[];
}

const keyOf = (r: MatrixRowData) => r.scope;
const labelOf = (r: MatrixRowData) => scopeText(r.scope);
const HEAD =
  'sticky top-0 border-b border-slate-200 bg-slate-50 px-3 py-2 text-left ' +
  'text-xs font-semibold tracking-wide text-slate-600 uppercase';

export function TrendMatrix({ projectId, query, metric, rows, runEras }: Props) {
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim().toLowerCase());
  const shown = useMemo(
    () => (deferred ? rows.filter((r) => scopeText(r.scope).toLowerCase().includes(deferred)) : rows),
    [rows, deferred],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const view = useVirtualRows(shown, keyOf, scrollRef, ROW_HEIGHT_PX, 480);
  const eraBreaks = useMemo(() => eraBreaksPx(runEras, SPARK_WIDTH_PX), [runEras]);
  const hrefOf = (scope: string) => `${trendHref(projectId, query, { scope })}#trend-chart`;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <div className="relative w-full max-w-sm">
          <span aria-hidden className="pointer-events-none absolute top-2 left-2.5 text-slate-400">
            ⌕
          </span>
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="Filter endpoints"
            aria-label="Filter endpoints"
            className={SEARCH_INPUT}
          />
        </div>
        <span className="text-sm text-slate-500" aria-live="polite">
          {shown.length === rows.length
            ? `${rows.length.toLocaleString('en-US')} rows`
            : `${shown.length.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} rows`}
        </span>
      </div>
      <TableScrollFrame scrollRef={scrollRef} label="Endpoint trends" maxHeightClass="max-h-[min(560px,70vh)]">
        <table
          className="w-full min-w-[40rem] table-fixed border-separate border-spacing-0 text-sm"
          aria-rowcount={shown.length + 1}
          data-testid="trend-matrix"
        >
          <colgroup>
            <col />
            <col style={{ width: SPARK_WIDTH_PX + 24 }} />
            <col style={{ width: 104 }} />
            <col style={{ width: 112 }} />
            <col style={{ width: 84 }} />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className={`${HEAD} left-0 z-20 border-r border-r-slate-200`}>
                Endpoint
              </th>
              <th scope="col" className={`${HEAD} z-10`}>
                Newest {runEras.length} runs
              </th>
              <th scope="col" className={`${HEAD} z-10 text-right`}>
                Newest
              </th>
              <th
                scope="col"
                className={`${HEAD} z-10 text-right`}
                title="Median of the newest 5 runs against the 5 before"
              >
                Recent change
              </th>
              <th scope="col" className={`${HEAD} z-10 text-right`}>
                Open
              </th>
            </tr>
          </thead>
          <tbody>
            <VirtualRows
              rows={shown}
              view={view}
              columns={5}
              rowHeightPx={ROW_HEIGHT_PX}
              keyOf={keyOf}
              labelOf={labelOf}
              renderRow={(row, rowIndex) => (
                <MatrixRow
                  row={row}
                  rowIndex={rowIndex}
                  metric={metric}
                  href={hrefOf(row.scope)}
                  selected={row.scope === query.scope}
                  eraBreaks={eraBreaks}
                />
              )}
            />
            {shown.length === 0 && (
              <tr>
                <td colSpan={5} className="px-4 py-8 text-slate-500">
                  {rows.length === 0 ? 'No run shown has figures yet.' : `No endpoint matches “${deferred}”.`}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScrollFrame>
    </div>
  );
}
