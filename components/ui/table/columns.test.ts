// The column kit: each factory's id, header and meta (width, alignment, unit, pinning), its sort settings,
// the value it sorts by and the cell it draws, on a row with every figure and on one without.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import {
  formattedColumn,
  methodColumn,
  msColumn,
  nameColumn,
  numberColumn,
  pinStyle,
  type TableColumn,
} from './columns';

interface R {
  method: string | null;
  name: string;
  ms: number | null;
  count?: number;
}

const full: R = { method: 'GET', name: '/item/10', ms: 1234.5, count: 7 };
const bare: R = { method: null, name: '/item/9', ms: null };

const countText = (n: number | undefined) => (n === undefined ? 'none' : `${n} items`);

const COLUMNS = {
  number: numberColumn<R>(
    'ms',
    'Latency',
    'ms',
    (r) => r.ms,
    (r) => r.name,
    96,
  ),
  formatted: formattedColumn<R, number | undefined>('count', 'Count', undefined, (r) => r.count, countText, 72),
  ms: msColumn<R>('p95', 'P95', 'ms · target', (r) => r.ms, 100),
  method: methodColumn<R>(92),
  name: nameColumn<R>(320, 80, (r) => r.name.toUpperCase()),
};
type Kind = keyof typeof COLUMNS;

/** The column with the accessor TanStack calls (every kit column has one). */
const column = (kind: Kind) => COLUMNS[kind] as TableColumn<R> & { accessorFn: (r: R, i: number) => unknown };

const methodCell = (method: string) => `<span class="font-mono text-xs text-slate-600">${method}</span>`;

describe('column factories', () => {
  test.each<[Kind, string, string, number, 'left' | 'right', string | undefined, number | undefined]>([
    ['number', 'ms', 'Latency', 96, 'right', 'ms', undefined],
    ['formatted', 'count', 'Count', 72, 'right', undefined, undefined],
    ['ms', 'p95', 'P95', 100, 'right', 'ms · target', undefined],
    ['method', 'method', 'Method', 92, 'left', undefined, 0],
    ['name', 'name', 'Name', 320, 'left', undefined, 80],
  ])('%s: id %s, header %s, %i px, %s-aligned, unit %s, pinned at %s', (kind, id, header, ...meta) => {
    const c = column(kind);
    const [width, align, unit, stickyLeft] = meta;
    expect([c.id, c.header]).toEqual([id, header]);
    expect(c.meta && [c.meta.width, c.meta.align, c.meta.unit, c.meta.stickyLeft]).toEqual([
      width,
      align,
      unit,
      stickyLeft,
    ]);
  });

  // Numbers: the first click sorts descending and rows without a value sort last either way.
  test.each<[Kind, string, 'last' | undefined, boolean | undefined]>([
    ['number', 'basic', 'last', true],
    ['formatted', 'basic', 'last', true],
    ['ms', 'basic', 'last', true],
    ['method', 'text', undefined, undefined],
    ['name', 'alphanumeric', undefined, undefined],
  ])('%s sorts by %s, undefined %s, descending first %s', (kind, sortingFn, sortUndefined, sortDescFirst) => {
    const c = column(kind);
    expect([c.sortingFn, c.sortUndefined, c.sortDescFirst]).toEqual([sortingFn, sortUndefined, sortDescFirst]);
    expect(c.enableGlobalFilter).toBeUndefined();
  });

  // A number column's null is undefined to TanStack (sorted last); a formatted cell is its sort value formatted.
  test.each<[Kind, [unknown, unknown], [string, string]]>([
    ['number', [1234.5, undefined], ['/item/10', '/item/9']],
    ['formatted', [7, undefined], ['7 items', 'none']],
    ['ms', [1234.5, undefined], ['1,235', '—']],
    ['method', ['GET', ''], [methodCell('GET'), methodCell('')]],
    ['name', ['/item/10', '/item/9'], ['/ITEM/10', '/ITEM/9']],
  ])('%s: values %j, cells %j', (kind, values, cells) => {
    const c = column(kind);
    expect([c.accessorFn(full, 0), c.accessorFn(bare, 1)]).toEqual(values);
    expect([full, bare].map((r) => renderToStaticMarkup(c.meta?.render(r)))).toEqual(cells);
  });
});

describe('pinStyle', () => {
  test.each<[number | undefined, { left: number } | undefined]>([
    [0, { left: 0 }],
    [92, { left: 92 }],
    [undefined, undefined],
  ])('stickyLeft %s', (stickyLeft, expected) => {
    expect(pinStyle({ columnDef: { meta: { stickyLeft } } })).toEqual(expected);
  });
});
