'use client';
import type { Column } from '@tanstack/react-table';
import type { EndpointRow } from './endpoint-rows';
import { SortIndicator } from '@/components/ui/table/sort-indicator';
import { headerClass, pinStyle } from './table-cells';

/** A sortable column header: label, unit underneath, sort state in aria-sort. */
export function EndpointTableHead({ column }: { column: Column<EndpointRow, unknown> }) {
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const label = typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id;
  const right = meta?.align === 'right';
  return (
    <th
      scope="col"
      className={headerClass(column)}
      style={pinStyle(column)}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        className={`group/sort flex w-full items-start gap-1 ${right ? 'justify-end text-right' : 'text-left'}`}
        title={`Sort by ${label}`}
      >
        {right && <SortIndicator direction={sorted} />}
        <span className="leading-tight whitespace-nowrap">
          <span className="block">{label}</span>
          <span className="block text-[11px] font-normal tracking-normal text-slate-400 normal-case">
            {meta?.unit ?? '\u00a0'}
          </span>
        </span>
        {!right && <SortIndicator direction={sorted} />}
      </button>
    </th>
  );
}
