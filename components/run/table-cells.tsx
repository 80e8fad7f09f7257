// Cell classes of the endpoint table's body and Aggregated footer (headers: ui/table/sort-head.tsx). Pinned
// (sticky) cells need an opaque background matching their row.
import type { Column } from '@tanstack/react-table';
import type { EndpointRow } from './endpoint-rows';

type Variant = 'body' | 'selected' | 'total';

const BACKGROUND: Record<Variant, string> = {
  body: 'bg-white group-hover:bg-slate-50',
  selected: 'bg-brand-50',
  total: 'bg-slate-100',
};

function pinned(column: Column<EndpointRow, unknown>): { className: string; edge: boolean } {
  const left = column.columnDef.meta?.stickyLeft;
  if (left === undefined) return { className: '', edge: false };
  return { className: 'sticky', edge: column.id === 'name' };
}

export function cellClass(column: Column<EndpointRow, unknown>, variant: Variant): string {
  const pin = pinned(column);
  const align = column.columnDef.meta?.align === 'right' ? 'text-right num' : 'text-left';
  const base = `h-9 truncate border-b border-slate-100 px-3 ${align} ${BACKGROUND[variant]}`;
  const total =
    variant === 'total'
      ? 'sticky bottom-0 z-10 border-t-2 border-b-0 border-t-slate-300 font-semibold text-slate-900'
      : 'text-slate-700';
  const selectedEdge =
    variant === 'selected' && column.id === 'method' ? 'shadow-[inset_3px_0_0_var(--color-brand-600)]' : '';
  const edge = pin.edge ? 'border-r border-r-slate-200' : '';
  const z = pin.className ? (variant === 'total' ? 'z-20' : 'z-[5]') : '';
  return `${base} ${total} ${pin.className} ${z} ${edge} ${selectedEdge}`;
}
