// sortRows orders rows as TanStack Table's own sorted row model does: table-driven cases, then random
// rows and sort states checked against TanStack itself.
import {
  createTable,
  getCoreRowModel,
  getSortedRowModel,
  sortingFns,
  type ColumnDef,
  type SortingState,
  type TableState,
} from '@tanstack/react-table';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sortRows, type CompareFn, type SortKey } from './row-order';

interface R {
  id: string;
  name: string;
  n: number | undefined;
  m: number;
}

const columns: ColumnDef<R, unknown>[] = [
  { id: 'name', accessorFn: (r) => r.name, sortingFn: 'alphanumeric' },
  { id: 'text', accessorFn: (r) => r.name, sortingFn: 'text' },
  { id: 'n', accessorFn: (r) => r.n, sortingFn: 'basic', sortUndefined: 'last' },
  { id: 'nFirst', accessorFn: (r) => r.n, sortingFn: 'basic', sortUndefined: 'first' },
  { id: 'nLow', accessorFn: (r) => r.n, sortingFn: 'basic', sortUndefined: -1 },
  { id: 'm', accessorFn: (r) => r.m, sortingFn: 'basic', invertSorting: true },
];

const FNS: Record<string, CompareFn> = {
  alphanumeric: sortingFns.alphanumeric,
  text: sortingFns.text,
  basic: sortingFns.basic,
} as unknown as Record<string, CompareFn>;

function keysOf(sorting: SortingState): SortKey<R>[] {
  return sorting.map((s) => {
    const c = columns.find((x) => x.id === s.id) as ColumnDef<R, unknown> & {
      accessorFn: (r: R) => unknown;
      sortingFn: string;
    };
    return {
      id: s.id,
      desc: s.desc,
      value: (r: R) => c.accessorFn(r),
      compare: FNS[c.sortingFn] as CompareFn,
      sortUndefined: c.sortUndefined,
      invert: c.invertSorting,
    };
  });
}

/** The ids in the order TanStack's getSortedRowModel gives. */
function tanstackOrder(data: R[], sorting: SortingState): string[] {
  const state = { sorting } as Partial<TableState>;
  const table = createTable<R>({
    data,
    columns,
    state,
    onStateChange: () => {},
    renderFallbackValue: null,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, ...state } }));
  return table.getSortedRowModel().rows.map((r) => r.id);
}

const row = (id: string, name: string, n: number | undefined, m = 0): R => ({ id, name, n, m });
const data = [
  row('a', 'GET /item/10', 5),
  row('b', 'GET /item/9', undefined),
  row('c', 'get /Item/9', 5, 1),
  row('d', 'POST /a', 1),
  row('e', 'GET /item/10', undefined, 2),
];

describe('sortRows', () => {
  test.each<[string, SortingState, string[]]>([
    ['no sorting keeps the order', [], ['a', 'b', 'c', 'd', 'e']],
    [
      'natural order of lowercase names (9 before 10), ties by position',
      [{ id: 'name', desc: false }],
      ['b', 'c', 'a', 'e', 'd'],
    ],
    [
      'text order is plain lowercase string order (10 before 9)',
      [{ id: 'text', desc: false }],
      ['a', 'e', 'b', 'c', 'd'],
    ],
    ['undefined last whatever the direction (asc)', [{ id: 'n', desc: false }], ['d', 'a', 'c', 'b', 'e']],
    ['undefined last whatever the direction (desc)', [{ id: 'n', desc: true }], ['a', 'c', 'd', 'b', 'e']],
    [
      'undefined first (TanStack puts the later of two undefined first)',
      [{ id: 'nFirst', desc: true }],
      ['e', 'b', 'a', 'c', 'd'],
    ],
    ['undefined as lowest (-1), flipped by desc', [{ id: 'nLow', desc: true }], ['a', 'c', 'd', 'b', 'e']],
    ['invertSorting flips', [{ id: 'm', desc: false }], ['e', 'c', 'a', 'b', 'd']],
    [
      'second key breaks ties of the first',
      [
        { id: 'n', desc: true },
        { id: 'm', desc: true },
      ],
      ['a', 'c', 'd', 'b', 'e'],
    ],
  ])('%s', (_name, sorting, expected) => {
    expect(sortRows(data, keysOf(sorting)).map((r) => r.id)).toEqual(expected);
    expect(tanstackOrder(data, sorting)).toEqual(expected);
  });

  test('the same array back when nothing is sorted', () => {
    expect(sortRows(data, [])).toBe(data);
  });

  test('random rows and sort states: the order of TanStack Table', () => {
    const names = fc.constantFrom('GET /a/1', 'GET /a/10', 'GET /a/2', 'get /A/2', 'POST /b', '', 'x9y10', 'x10y9');
    const rowArb = fc.record({
      name: names,
      n: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
      m: fc.integer({ min: 0, max: 2 }),
    });
    const sortArb = fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...columns.map((c) => c.id as string)), desc: fc.boolean() }),
      { selector: (s) => s.id, maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), sortArb, (rows, sorting) => {
        const withIds = rows.map((r, i) => ({ ...r, id: String(i) }));
        expect(sortRows(withIds, keysOf(sorting)).map((r) => r.id)).toEqual(tanstackOrder(withIds, sorting));
      }),
      { numRuns: 300 },
    );
  });
});
