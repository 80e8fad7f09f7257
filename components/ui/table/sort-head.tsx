'use client';
// The head of a sortable table (column meta from columns.tsx): the column widths, and per column a header
// cell with label, unit underneath, the sort arrow on the side the text starts from, sort state in aria-sort.
import type { Column } from '@tanstack/react-table';
import { pinStyle } from './columns';
import { SortIndicator } from './sort-indicator';

function headerClass<T>(column: Column<T, unknown>): string {
  const pinned = column.columnDef.meta?.stickyLeft !== undefined;
  return [
    'sticky top-0 border-b border-slate-200 bg-slate-50 px-3 py-2 align-bottom',
    'text-xs font-semibold uppercase tracking-wide text-slate-600',
    pinned ? 'z-30' : 'z-20',
    column.id === 'name' ? 'border-r border-r-slate-200' : '',
  ].join(' ');
}

/** `truncate`: label and unit are cut to the column's width, and the tooltip carries the unit in full;
 *  otherwise they run on in one line and the tooltip names the column only. */
function SortHead<T>({ column, truncate }: { column: Column<T, unknown>; truncate: boolean }) {
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const label = typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id;
  const right = meta?.align === 'right';
  const unitInTitle = truncate && meta?.unit ? ` (${meta.unit})` : '';
  const cut = truncate ? 'block truncate' : 'block';
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
        title={`Sort by ${label}${unitInTitle}`}
      >
        {right && <SortIndicator direction={sorted} />}
        <span className={truncate ? 'min-w-0 leading-tight' : 'leading-tight whitespace-nowrap'}>
          <span className={cut}>{label}</span>
          <span className={`${cut} text-[11px] font-normal tracking-normal text-slate-400 normal-case`}>
            {meta?.unit ?? '\u00a0'}
          </span>
        </span>
        {!right && <SortIndicator direction={sorted} />}
      </button>
    </th>
  );
}

/** The table's <colgroup> (`meta.width` px a column) and its header row (aria-rowindex 1); `truncate` as
 *  for SortHead. */
export function SortableHead<T>({ columns, truncate }: { columns: Column<T, unknown>[]; truncate: boolean }) {
  return (
    <>
      <colgroup>
        {columns.map((c) => (
          <col key={c.id} style={{ width: c.columnDef.meta?.width }} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {columns.map((c) => (
            <SortHead key={c.id} column={c} truncate={truncate} />
          ))}
        </tr>
      </thead>
    </>
  );
}
