'use client';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { endpointColumns } from './endpoint-columns';
import { matchesQuery, type EndpointRow } from './endpoint-rows';
import { endpointLabel } from '@/lib/domain/format/cells';
import { EndpointTableFilter } from './endpoint-table-filter';
import { AggregatedRow, EndpointTableRow } from './endpoint-table-row';
import { SortableHead } from '@/components/ui/table/sort-head';
import { EmptyRow, TableScrollFrame } from '@/components/ui/table/table-frame';
import { useSortedRows } from '@/components/ui/table/use-sorted-rows';
import { tableWidthPx, useVirtualRows, VirtualRows } from '@/components/ui/table/use-virtual-rows';

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
const rowLabel = (r: EndpointRow) => endpointLabel(r.method, r.name);

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
  const view = useVirtualRows(visible, rowKey, scrollRef, ROW_HEIGHT, 600);
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
      <TableScrollFrame scrollRef={scrollRef} label="Endpoint statistics" maxHeightClass="max-h-[min(640px,70vh)]">
        <table
          className="table-fixed border-separate border-spacing-0 text-sm"
          style={{ width }}
          aria-rowcount={rows.length + 2}
        >
          <SortableHead columns={leafColumns} truncate={false} />
          <tbody>
            <VirtualRows
              rows={visible}
              view={view}
              columns={leafColumns.length}
              rowHeightPx={ROW_HEIGHT}
              keyOf={rowKey}
              labelOf={rowLabel}
              renderRow={(row, rowIndex) => (
                <EndpointTableRow
                  row={row}
                  columns={leafColumns}
                  rowIndex={rowIndex}
                  height={ROW_HEIGHT}
                  selected={row.id === selectedId}
                  onSelect={onSelect}
                />
              )}
            />
            {visible.length === 0 && (
              <EmptyRow columns={leafColumns.length} paddingClass="py-10">
                No endpoint matches “{deferredQuery}”.
              </EmptyRow>
            )}
          </tbody>
          <tfoot>
            <AggregatedRow row={aggregated} columns={leafColumns} rowIndex={rows.length + 2} onSelect={onSelect} />
          </tfoot>
        </table>
      </TableScrollFrame>
    </div>
  );
}
