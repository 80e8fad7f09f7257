// Cell classes shared by the endpoint table's header, body and Aggregated footer. Pinned
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

/** Inline left offset of pinned columns (px). */
export function pinStyle(column: Column<EndpointRow, unknown>): { left: number } | undefined {
  const left = column.columnDef.meta?.stickyLeft;
  return left === undefined ? undefined : { left };
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

export function headerClass(column: Column<EndpointRow, unknown>): string {
  const pin = pinned(column);
  return [
    'sticky top-0 border-b border-slate-200 bg-slate-50 px-3 py-2 align-bottom text-xs font-semibold uppercase ' +
      'tracking-wide text-slate-600',
    pin.className ? `${pin.className} z-30` : 'z-20',
    pin.edge ? 'border-r border-r-slate-200' : '',
  ].join(' ');
}
