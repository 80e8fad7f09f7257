// Row virtualization shared by the endpoint tables: only the rows in view are rendered; spacer
// rows above and below keep the scroll height (px) of the rows left out.
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

export function useVirtualRows(rows: readonly { id: string }[], scrollRef: RefObject<HTMLDivElement | null>, rowHeightPx: number, viewportPx: number) {
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeightPx,
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: 10,
    initialRect: { width: 1200, height: viewportPx },
  });
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
