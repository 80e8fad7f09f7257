'use client';
// The endpoint tables' sorting without TanStack's row model (see row-order.ts): TanStack gets the
// columns, the sort state and no rows; the rows are ordered here from the same sort state.
import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type SortingState,
  type Table,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { sortRows, type CompareFn, type SortKey } from './row-order';

const NO_ROWS: never[] = [];

/**
 * TanStack picks a column's first sort direction from the first row's value when the column does not
 * say (a string sorts ascending first, anything else descending). It sees no rows here, so each such
 * column is told, from `sample` (the first row shown), what TanStack would have picked.
 */
function withFirstSortDirection<T>(columns: ColumnDef<T, unknown>[], sample: T | undefined): ColumnDef<T, unknown>[] {
  return columns.map((c) => {
    if (c.sortDescFirst !== undefined || !('accessorFn' in c) || sample === undefined) return c;
    return { ...c, sortDescFirst: typeof c.accessorFn(sample, 0) !== 'string' };
  });
}

function sortKeys<T>(table: Table<T>, sorting: SortingState): SortKey<T>[] {
  return sorting.flatMap((s) => {
    const column = table.getColumn(s.id);
    const value = column?.accessorFn;
    if (!column || !value || !column.getCanSort()) return [];
    // The built-in sorting functions read only `getValue` of a row: a row holding just that stands in for one.
    const sortingFn = column.getSortingFn();
    const compare: CompareFn = (a, b, id) => sortingFn(a as Row<T>, b as Row<T>, id);
    const { sortUndefined, invertSorting } = column.columnDef;
    return [{ id: s.id, desc: s.desc, value, compare, sortUndefined, invert: invertSorting }];
  });
}

/** A table over `rows` (already filtered): TanStack's columns and sort state, and the rows in that order. */
export function useSortedRows<T>(
  rows: readonly T[],
  columns: ColumnDef<T, unknown>[],
): { table: Table<T>; sorted: readonly T[]; sorting: SortingState; setSorting: (s: SortingState) => void } {
  const [sorting, setSorting] = useState<SortingState>([]);
  const sample = rows[0];
  const directed = useMemo(() => withFirstSortDirection(columns, sample), [columns, sample]);
  const table = useReactTable({
    data: NO_ROWS as T[],
    columns: directed,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
  });
  // `directed` is a dependency: the table's columns change with it while `table` stays the same object.
  const sorted = useMemo(() => sortRows(rows, sortKeys(table, sorting)), [rows, table, sorting, directed]);
  return { table, sorted, sorting, setSorting };
}
