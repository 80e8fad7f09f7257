'use client';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { endpointColumns } from './endpoint-columns';
import { matchesQuery, type EndpointRow } from './endpoint-rows';
import { endpointLabel } from '@/lib/domain/format/cells';
import { EndpointTableFilter } from './endpoint-table-filter';
import { EndpointTableHead } from './endpoint-table-head';
import { AggregatedRow, EndpointTableRow } from './endpoint-table-row';
import { useHiddenRight } from '@/components/ui/table/use-scroll-edges';
import { useSortedRows } from '@/components/ui/table/use-sorted-rows';
import { PlaceholderRow, SpacerRow, tableWidthPx, useVirtualRows } from '@/components/ui/table/use-virtual-rows';

/** px; rows have one line of text (long names are truncated, full name in the title). */
const ROW_HEIGHT = 36;

interface Props {
  rows: EndpointRow[];
  aggregated: EndpointRow;
  percentileKeys: string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const rowKey = (r: EndpointRow) => r.id;

/** Every endpoint, sortable and filterable; only the rows in view are in the DOM, and no per-row
 *  object is built for the rest (TanStack keeps the columns and sort state, see use-sorted-rows). */
export function EndpointTable({ rows, aggregated, percentileKeys, selectedId, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());
  const columns = useMemo(() => endpointColumns(percentileKeys), [percentileKeys]);
  const filtered = useMemo(
    () => (deferredQuery ? rows.filter((r) => matchesQuery(r, deferredQuery)) : rows),
    [rows, deferredQuery],
  );
  const { table, sorted: visible, sorting, setSorting } = useSortedRows(filtered, columns);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, padTopPx, padBottomPx, fling } = useVirtualRows(visible, rowKey, scrollRef, ROW_HEIGHT, 600);
  const { hiddenRight, onScroll } = useHiddenRight(scrollRef);
  const leafColumns = table.getVisibleLeafColumns();
  const width = tableWidthPx(leafColumns);

  return (
    <div className="space-y-3">
      <EndpointTableFilter
        query={query}
        onQuery={setQuery}
        shown={visible.length}
        total={rows.length}
        sorted={sorting.length > 0}
        onResetSort={() => setSorting([])}
      />
      <div className="relative">
        <div
          ref={scrollRef}
          onScroll={onScroll}
          className="relative max-h-[min(640px,70vh)] overflow-auto rounded-lg border border-slate-200"
          role="region"
          aria-label="Endpoint statistics"
          tabIndex={0}
        >
          <table
            className="table-fixed border-separate border-spacing-0 text-sm"
            style={{ width }}
            aria-rowcount={rows.length + 2}
          >
            <colgroup>
              {leafColumns.map((c) => (
                <col key={c.id} style={{ width: c.columnDef.meta?.width }} />
              ))}
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                {leafColumns.map((c) => (
                  <EndpointTableHead key={c.id} column={c} />
                ))}
              </tr>
            </thead>
            <tbody>
              <SpacerRow columns={leafColumns.length} heightPx={padTopPx} />
              {items.map((item) => {
                const row = visible[item.index];
                if (!row) return null;
                if (fling)
                  return (
                    <PlaceholderRow
                      key={row.id}
                      label={endpointLabel(row.method, row.name)}
                      columns={leafColumns.length}
                      rowIndex={item.index + 2}
                      heightPx={ROW_HEIGHT}
                    />
                  );
                return (
                  <EndpointTableRow
                    key={row.id}
                    row={row}
                    columns={leafColumns}
                    rowIndex={item.index + 2}
                    height={ROW_HEIGHT}
                    selected={row.id === selectedId}
                    onSelect={onSelect}
                  />
                );
              })}
              <SpacerRow columns={leafColumns.length} heightPx={padBottomPx} />
              {visible.length === 0 && (
                <tr>
                  <td colSpan={leafColumns.length} className="px-4 py-10 text-left text-slate-500">
                    <span className="sticky left-4">No endpoint matches “{deferredQuery}”.</span>
                  </td>
                </tr>
              )}
            </tbody>
            <tfoot>
              <AggregatedRow row={aggregated} columns={leafColumns} rowIndex={rows.length + 2} onSelect={onSelect} />
            </tfoot>
          </table>
        </div>
        {hiddenRight && (
          <div
            aria-hidden
            className="pointer-events-none absolute inset-y-px right-px w-10 rounded-r-lg bg-gradient-to-l from-slate-400/25 to-transparent"
          />
        )}
      </div>
    </div>
  );
}
