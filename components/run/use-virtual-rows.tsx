// Row virtualization shared by the endpoint tables: only the rows in view are rendered; spacer
// rows above and below keep the scroll height (px) of the rows left out.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** True between the browser's beforeprint and afterprint: a printed table shows every row. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // flushSync: the rows must be in the DOM before the browser lays out the printed pages.
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

/** The rows to render of `rows` (all of them while printing); `keyOf` gives a row's stable key. */
export function useVirtualRows<T>(rows: readonly T[], keyOf: (row: T) => string, scrollRef: RefObject<HTMLDivElement | null>, rowHeightPx: number, viewportPx: number) {
  const printing = usePrinting();
  // Stable while the rows are: a new function would make the virtualizer re-measure every row on each scroll.
  const getItemKey = useCallback((i: number) => (i < rows.length ? keyOf(rows[i] as T) : i), [rows, keyOf]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeightPx,
    getItemKey,
    overscan: 10,
    initialRect: { width: 1200, height: viewportPx },
  });
  if (printing) {
    const all: VirtualItem[] = rows.map((r, i) => ({ key: keyOf(r), index: i, start: i * rowHeightPx, end: (i + 1) * rowHeightPx, size: rowHeightPx, lane: 0 }));
    return { items: all, padTopPx: 0, padBottomPx: 0 };
  }
  const items = virtualizer.getVirtualItems();
  return {
    items,
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
