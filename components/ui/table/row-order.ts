// Ordering of table rows outside TanStack Table's row model. TanStack builds one Row object (with
// dozens of closures) per data row on every server render and again while hydrating, and clones
// every row to sort: ~100 ms and much garbage for a run of 5,000 endpoints. The endpoint tables
// therefore give TanStack no rows (it keeps the columns and the sort state) and order plain arrays
// here, with TanStack's comparison rules so the order is the same: its sorting functions, undefined
// values placed by `sortUndefined`, `desc` and `invertSorting` flipping the sign, several columns in
// turn, and ties kept in the original order. Pure.

/** What TanStack's built-in sorting functions read of a row. */
export interface ValueRow {
  getValue: (columnId: string) => unknown;
}

/** A TanStack sorting function (`sortingFns.basic`, `.alphanumeric`, `.text`…): < 0, 0 or > 0 in ascending order. */
export type CompareFn = (a: ValueRow, b: ValueRow, columnId: string) => number;

export interface SortKey<T> {
  id: string;
  desc: boolean;
  value: (row: T, index: number) => unknown;
  compare: CompareFn;
  /** As TanStack's `sortUndefined`: 'first' / 'last' whatever the direction, or -1 / 1 (position in
   *  ascending order). */
  sortUndefined?: false | 'first' | 'last' | -1 | 1;
  invert?: boolean;
}

/** The rows in the keys' order (a new array; the same array when there is nothing to sort). */
export function sortRows<T>(rows: readonly T[], keys: readonly SortKey<T>[]): readonly T[] {
  if (keys.length === 0 || rows.length < 2) return rows;
  const columns = keys.map((key) => {
    const values = rows.map(key.value);
    return { key, values, wrapped: values.map((v): ValueRow => ({ getValue: () => v })) };
  });
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    for (const { key, values, wrapped } of columns) {
      let n = 0;
      if (key.sortUndefined) {
        const aUndefined = values[a] === undefined;
        const bUndefined = values[b] === undefined;
        if (aUndefined || bUndefined) {
          if (key.sortUndefined === 'first') return aUndefined ? -1 : 1;
          if (key.sortUndefined === 'last') return aUndefined ? 1 : -1;
          n = aUndefined && bUndefined ? 0 : aUndefined ? key.sortUndefined : -key.sortUndefined;
        }
      }
      if (n === 0) n = key.compare(wrapped[a] as ValueRow, wrapped[b] as ValueRow, key.id);
      if (n !== 0) return (key.desc ? -n : n) * (key.invert ? -1 : 1);
    }
    return a - b;
  });
  return order.map((i) => rows[i] as T);
}
