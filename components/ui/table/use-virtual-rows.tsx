// Row virtualization shared by the endpoint tables: only the rows in view are rendered; spacer
// rows above and below keep the scroll height (px) of the rows left out; while a scroll jumps past
// every rendered row, placeholder rows stand in for them (use-fling.ts).
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { Fragment, useCallback, useEffect, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useFling } from './use-fling';

/** True while the page prints: from beforeprint (or the print media query matching) to afterprint, also for a
 *  table that appears while the page prints (its rows streamed in after the first screen): a printed table shows
 *  every row. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    if (media.matches) setPrinting(true);
    // flushSync: the rows must be in the DOM before the browser lays out the printed pages.
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    const onMedia = () => (media.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}

/** The rows to render and the space (px) of those left out above and below them. */
export interface VirtualView {
  items: VirtualItem[];
  padTopPx: number;
  padBottomPx: number;
  /** Draw the rows as PlaceholderRow: the scroll jumped past every row on screen. */
  fling: boolean;
}

/** The rows to render of `rows` (all of them while printing); `keyOf` gives a row's stable key. */
export function useVirtualRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  scrollRef: RefObject<HTMLDivElement | null>,
  rowHeightPx: number,
  viewportPx: number,
): VirtualView {
  const printing = usePrinting();
  // Stable while the rows are: a new function would make the virtualizer re-measure every row on each scroll.
  const getItemKey = useCallback((i: number) => (i < rows.length ? keyOf(rows[i] as T) : i), [rows, keyOf]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeightPx,
    getItemKey,
    // Rows rendered beyond the viewport on each side: few, since a fast scroll replaces every rendered row each frame.
    overscan: 4,
    initialRect: { width: 1200, height: viewportPx },
  });
  const items = virtualizer.getVirtualItems();
  const fling = useFling(
    items.map((i) => i.key),
    virtualizer.isScrolling && !printing,
  );
  if (printing) {
    const all: VirtualItem[] = rows.map((r, i) => ({
      key: keyOf(r),
      index: i,
      start: i * rowHeightPx,
      end: (i + 1) * rowHeightPx,
      size: rowHeightPx,
      lane: 0,
    }));
    return { items: all, padTopPx: 0, padBottomPx: 0, fling: false };
  }
  return {
    items,
    fling,
    padTopPx: items[0]?.start ?? 0,
    padBottomPx: virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0),
  };
}

/** Total width (px) of a table's columns from their `meta.width` (80 px when unset). */
export function tableWidthPx(columns: readonly { columnDef: { meta?: { width?: number } } }[]): number {
  return columns.reduce((w, c) => w + (c.columnDef.meta?.width ?? 80), 0);
}

/** An empty row standing in for `heightPx` of rows that are not rendered. */
export function SpacerRow({ columns, heightPx }: { columns: number; heightPx: number }) {
  if (heightPx <= 0) return null;
  return (
    <tr aria-hidden>
      <td colSpan={columns} style={{ height: heightPx, padding: 0, border: 0 }} />
    </tr>
  );
}

/** A row drawn while the table scrolls too fast to read (use-fling.ts): the endpoint only, at the row's height (px). */
export function PlaceholderRow({
  label,
  columns,
  rowIndex,
  heightPx,
}: {
  label: string;
  columns: number;
  rowIndex: number;
  heightPx: number;
}) {
  return (
    <tr aria-rowindex={rowIndex} style={{ height: heightPx }}>
      <td colSpan={columns} className="border-b border-slate-100 bg-white px-3 text-sm text-slate-500">
        <span className="sticky left-3 block max-w-96 truncate">{label}</span>
      </td>
    </tr>
  );
}

/** The table body's rows of `view` between their spacer rows: `renderRow` of each, or during a fling a
 *  PlaceholderRow labelled `labelOf(row)`. `rowIndex` is 1-based among the table's rows, header row first. */
export function VirtualRows<T>({
  rows,
  view,
  columns,
  rowHeightPx,
  keyOf,
  labelOf,
  renderRow,
}: {
  rows: readonly T[];
  view: VirtualView;
  columns: number;
  rowHeightPx: number;
  keyOf: (row: T) => string;
  labelOf: (row: T) => string;
  renderRow: (row: T, rowIndex: number) => ReactNode;
}) {
  return (
    <>
      <SpacerRow columns={columns} heightPx={view.padTopPx} />
      {view.items.map((item) => {
        const row = rows[item.index];
        if (row === undefined) return null;
        const rowIndex = item.index + 2;
        if (view.fling)
          return (
            <PlaceholderRow
              key={keyOf(row)}
              label={labelOf(row)}
              columns={columns}
              rowIndex={rowIndex}
              heightPx={rowHeightPx}
            />
          );
        return <Fragment key={keyOf(row)}>{renderRow(row, rowIndex)}</Fragment>;
      })}
      <SpacerRow columns={columns} heightPx={view.padBottomPx} />
    </>
  );
}
