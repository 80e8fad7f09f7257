// The column kit of the sortable endpoint tables (TanStack): what every column tells the table that
// draws it (ColumnMeta), and the columns the tables share. Cells show bare numbers; a column's unit sits
// in its header's second line.
import type { ColumnDef, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { msCell } from '@/lib/domain/format/cells';

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

export type TableColumn<T> = ColumnDef<T, unknown>;

/** A right-aligned number column (`width` px). The first click sorts it descending; rows whose `value`
 *  is null or undefined sort last in either direction. */
export function numberColumn<T>(
  id: string,
  header: string,
  unit: string | undefined,
  value: (row: T) => number | null | undefined,
  render: (row: T) => ReactNode,
  width: number,
): TableColumn<T> {
  return {
    id,
    header,
    accessorFn: (r) => value(r) ?? undefined,
    sortingFn: 'basic',
    sortUndefined: 'last',
    sortDescFirst: true,
    meta: { width, align: 'right', unit, render },
  };
}

/** A number column whose cell is `format` of the value it sorts by, so the figure is named once. */
export function formattedColumn<T, V extends number | null | undefined>(
  id: string,
  header: string,
  unit: string | undefined,
  value: (row: T) => V,
  format: (value: V) => ReactNode,
  width: number,
): TableColumn<T> {
  return numberColumn(id, header, unit, value, (r) => format(value(r)), width);
}

/** A number column of milliseconds, shown by `msCell` ("—" without a value). */
export function msColumn<T>(
  id: string,
  header: string,
  unit: string | undefined,
  value: (row: T) => number | null | undefined,
  width: number,
): TableColumn<T> {
  return formattedColumn(id, header, unit, value, msCell, width);
}

/** The request method (`width` px), pinned at the left edge; an unknown method sorts as ''. */
export function methodColumn<T extends { method: string | null }>(width: number): TableColumn<T> {
  return {
    id: 'method',
    header: 'Method',
    accessorFn: (r) => r.method ?? '',
    sortingFn: 'text',
    meta: {
      width,
      align: 'left',
      stickyLeft: 0,
      render: (r) => <span className="font-mono text-xs text-slate-600">{r.method ?? ''}</span>,
    },
  };
}

/** The endpoint name (`width` px), pinned `stickyLeft` px from the left edge (right of the method column);
 *  sorted in natural order (/item/9 before /item/10). */
export function nameColumn<T extends { name: string }>(
  width: number,
  stickyLeft: number,
  render: (row: T) => ReactNode,
): TableColumn<T> {
  return {
    id: 'name',
    header: 'Name',
    accessorFn: (r) => r.name,
    sortingFn: 'alphanumeric',
    meta: { width, align: 'left', stickyLeft, render },
  };
}

/** Inline left offset (px) of a pinned column; undefined for the others. */
export function pinStyle(column: { columnDef: { meta?: { stickyLeft?: number } } }): { left: number } | undefined {
  const left = column.columnDef.meta?.stickyLeft;
  return left === undefined ? undefined : { left };
}
