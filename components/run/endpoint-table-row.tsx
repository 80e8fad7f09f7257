'use client';
import type { Column } from '@tanstack/react-table';
import { memo } from 'react';
import type { EndpointRow } from './endpoint-rows';
import { pinStyle } from '@/components/ui/table/columns';
import { cellClass } from './table-cells';

type Columns = Column<EndpointRow, unknown>[];

interface RowProps {
  row: EndpointRow;
  columns: Columns;
  /** 1-based position among all table rows (header = 1). */
  rowIndex: number;
  height: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One endpoint row; memoized so scrolling renders only the rows that come into view. */
export const EndpointTableRow = memo(function EndpointTableRow({
  row,
  columns,
  rowIndex,
  height,
  selected,
  onSelect,
}: RowProps) {
  return (
    <tr
      aria-rowindex={rowIndex}
      data-selected={selected || undefined}
      onClick={() => onSelect(row.id)}
      className="group cursor-pointer"
      style={{ height }}
    >
      {columns.map((c) => (
        <td
          key={c.id}
          className={cellClass(c, selected ? 'selected' : 'body')}
          style={pinStyle(c)}
          title={c.id === 'name' ? row.name : undefined}
        >
          {c.id === 'name' ? (
            <button
              type="button"
              className="block w-full truncate text-left text-slate-900 focus:outline-none focus-visible:underline"
              aria-pressed={selected}
            >
              {row.name}
            </button>
          ) : (
            c.columnDef.meta?.render(row)
          )}
        </td>
      ))}
    </tr>
  );
});

/** The Aggregated row, pinned under the body (sticky bottom). */
export function AggregatedRow({
  row,
  columns,
  rowIndex,
  onSelect,
}: {
  row: EndpointRow;
  columns: Columns;
  rowIndex: number;
  onSelect: (id: string) => void;
}) {
  return (
    <tr aria-rowindex={rowIndex} onClick={() => onSelect(row.id)} className="cursor-pointer">
      {columns.map((c) => (
        <td key={c.id} className={cellClass(c, 'total')} style={pinStyle(c)}>
          {c.id === 'name' ? 'Aggregated' : c.id === 'method' ? '' : c.columnDef.meta?.render(row)}
        </td>
      ))}
    </tr>
  );
}
