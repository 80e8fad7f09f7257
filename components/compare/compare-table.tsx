'use client';
import type { Column, ColumnDef } from '@tanstack/react-table';
import { memo, useRef, type ReactElement } from 'react';
import { SortIndicator } from '@/components/ui/table/sort-indicator';
import { useHiddenRight } from '@/components/ui/table/use-scroll-edges';
import { useSortedRows } from '@/components/ui/table/use-sorted-rows';
import { PlaceholderRow, SpacerRow, tableWidthPx, useVirtualRows } from '@/components/ui/table/use-virtual-rows';

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

function headClass<T>(c: Column<T, unknown>): string {
  const pinned = c.columnDef.meta?.stickyLeft !== undefined;
  return [
    'sticky top-0 border-b border-slate-200 bg-slate-50 px-3 py-2 align-bottom text-xs font-semibold uppercase tracking-wide text-slate-600',
    pinned ? 'z-30' : 'z-20',
    c.id === 'name' ? 'border-r border-r-slate-200' : '',
  ].join(' ');
}

function cellClass<T>(c: Column<T, unknown>): string {
  const pinned = c.columnDef.meta?.stickyLeft !== undefined;
  const align = c.columnDef.meta?.align === 'right' ? 'text-right num' : 'text-left';
  return `truncate border-b border-slate-100 bg-white px-3 text-slate-700 group-hover:bg-slate-50 ${align} ${pinned ? 'sticky z-[5]' : ''} ${c.id === 'name' ? 'border-r border-r-slate-200' : ''}`;
}

const pin = <T,>(c: Column<T, unknown>) =>
  c.columnDef.meta?.stickyLeft === undefined ? undefined : { left: c.columnDef.meta.stickyLeft };

function Head<T>({ column }: { column: Column<T, unknown> }) {
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const label = typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id;
  const right = meta?.align === 'right';
  return (
    <th
      scope="col"
      className={headClass(column)}
      style={pin(column)}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        className={`group/sort flex w-full items-start gap-1 ${right ? 'justify-end text-right' : 'text-left'}`}
        title={`Sort by ${label}${meta?.unit ? ` (${meta.unit})` : ''}`}
      >
        {right && <SortIndicator direction={sorted} />}
        <span className="min-w-0 leading-tight">
          <span className="block truncate">{label}</span>
          <span className="block truncate text-[11px] font-normal tracking-normal text-slate-400 normal-case">
            {meta?.unit ?? '\u00a0'}
          </span>
        </span>
        {!right && <SortIndicator direction={sorted} />}
      </button>
    </th>
  );
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
        <td key={c.id} className={cellClass(c)} style={pin(c)}>
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
  const { items, padTopPx, padBottomPx, fling } = useVirtualRows(visible, getRowId, scrollRef, rowHeight, 560);
  const { hiddenRight, onScroll } = useHiddenRight(scrollRef);
  const leaf = table.getVisibleLeafColumns();
  const width = tableWidthPx(leaf);

  return (
    <div className="space-y-2">
      {sorting.length > 0 && (
        <button type="button" onClick={() => setSorting([])} className="text-sm text-brand-600 hover:text-brand-700">
          Reset sort
        </button>
      )}
      <div className="relative">
        <div
          ref={scrollRef}
          onScroll={onScroll}
          className="relative max-h-[min(560px,65vh)] overflow-auto rounded-lg border border-slate-200"
          role="region"
          aria-label={label}
          tabIndex={0}
        >
          <table
            className="table-fixed border-separate border-spacing-0 text-sm"
            style={{ width, minWidth: '100%' }}
            aria-rowcount={rows.length + 1}
          >
            <colgroup>
              {leaf.map((c) => (
                <col key={c.id} style={{ width: c.columnDef.meta?.width }} />
              ))}
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                {leaf.map((c) => (
                  <Head key={c.id} column={c} />
                ))}
              </tr>
            </thead>
            <tbody>
              <SpacerRow columns={leaf.length} heightPx={padTopPx} />
              {items.map((item) => {
                const row = visible[item.index];
                if (row === undefined) return null;
                if (fling)
                  return (
                    <PlaceholderRow
                      key={getRowId(row)}
                      label={rowLabel(row)}
                      columns={leaf.length}
                      rowIndex={item.index + 2}
                      heightPx={rowHeight}
                    />
                  );
                return (
                  <Row key={getRowId(row)} row={row} columns={leaf} rowIndex={item.index + 2} height={rowHeight} />
                );
              })}
              <SpacerRow columns={leaf.length} heightPx={padBottomPx} />
              {visible.length === 0 && (
                <tr>
                  <td colSpan={leaf.length} className="px-4 py-8 text-left text-slate-500">
                    <span className="sticky left-4">{empty}</span>
                  </td>
                </tr>
              )}
            </tbody>
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
