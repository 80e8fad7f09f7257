'use client';
import type { Column, ColumnDef } from '@tanstack/react-table';
import { memo, useRef, type ReactElement } from 'react';
import { pinStyle } from '@/components/ui/table/columns';
import { SortableHead } from '@/components/ui/table/sort-head';
import { EmptyRow, TableScrollFrame } from '@/components/ui/table/table-frame';
import { useSortedRows } from '@/components/ui/table/use-sorted-rows';
import { tableWidthPx, useVirtualRows, VirtualRows } from '@/components/ui/table/use-virtual-rows';

interface Props<T> {
  rows: T[];
  columns: ColumnDef<T, unknown>[];
  getRowId: (row: T) => string;
  /** What a placeholder row shows while the table scrolls too fast to read (use-fling.ts). */
  rowLabel: (row: T) => string;
  label: string;
  /** px; cells hold at most two short lines. */
  rowHeight?: number;
  empty: string;
}

function cellClass<T>(c: Column<T, unknown>): string {
  const pinned = c.columnDef.meta?.stickyLeft !== undefined;
  const align = c.columnDef.meta?.align === 'right' ? 'text-right num' : 'text-left';
  return [
    'truncate border-b border-slate-100 bg-white px-3 text-slate-700 group-hover:bg-slate-50',
    align,
    pinned ? 'sticky z-[5]' : '',
    c.id === 'name' ? 'border-r border-r-slate-200' : '',
  ].join(' ');
}

interface RowProps<T> {
  row: T;
  columns: Column<T, unknown>[];
  rowIndex: number;
  height: number;
}

const Row = memo(function Row<T>({ row, columns, rowIndex, height }: RowProps<T>) {
  return (
    <tr aria-rowindex={rowIndex} className="group" style={{ height }}>
      {columns.map((c) => (
        <td key={c.id} className={cellClass(c)} style={pinStyle(c)}>
          {c.columnDef.meta?.render(row)}
        </td>
      ))}
    </tr>
  );
}) as <T>(props: RowProps<T>) => ReactElement;

/** A sortable table of endpoint rows; only the rows in view are in the DOM and no per-row object is
 *  built for the others (thousands stay fast). `getRowId` must be stable (a module-level function). */
export function CompareTable<T>({ rows, columns, getRowId, rowLabel, label, rowHeight = 44, empty }: Props<T>) {
  const { table, sorted: visible, sorting, setSorting } = useSortedRows(rows, columns);
  const scrollRef = useRef<HTMLDivElement>(null);
  const view = useVirtualRows(visible, getRowId, scrollRef, rowHeight, 560);
  const leaf = table.getVisibleLeafColumns();
  const width = tableWidthPx(leaf);

  return (
    <div className="space-y-2">
      {sorting.length > 0 && (
        <button type="button" onClick={() => setSorting([])} className="text-sm text-brand-600 hover:text-brand-700">
          Reset sort
        </button>
      )}
      <TableScrollFrame scrollRef={scrollRef} label={label} maxHeightClass="max-h-[min(560px,65vh)]">
        <table
          className="table-fixed border-separate border-spacing-0 text-sm"
          style={{ width, minWidth: '100%' }}
          aria-rowcount={rows.length + 1}
        >
          <SortableHead columns={leaf} truncate />
          <tbody>
            <VirtualRows
              rows={visible}
              view={view}
              columns={leaf.length}
              rowHeightPx={rowHeight}
              keyOf={getRowId}
              labelOf={rowLabel}
              renderRow={(row, rowIndex) => <Row row={row} columns={leaf} rowIndex={rowIndex} height={rowHeight} />}
            />
            {visible.length === 0 && (
              <EmptyRow columns={leaf.length} paddingClass="py-8">
                {empty}
              </EmptyRow>
            )}
          </tbody>
        </table>
      </TableScrollFrame>
    </div>
  );
}
