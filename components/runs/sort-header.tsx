'use client';
import Link, { useLinkStatus } from 'next/link';
import { sortHref, type RunSort, type RunsQuery } from './runs-href';

/** A column header that sorts the list on the server (URL `sort`/`order`), so it holds across pages. */
export function SortHeader({
  query,
  column,
  label,
  numeric = false,
  className = '',
}: {
  query: RunsQuery;
  column: RunSort;
  label: string;
  numeric?: boolean;
  className?: string;
}) {
  const active = query.sort === column;
  const ariaSort = active ? (query.order === 'asc' ? 'ascending' : 'descending') : undefined;
  const nextOrder = active
    ? query.order === 'asc'
      ? 'descending'
      : 'ascending'
    : column === 'label'
      ? 'ascending'
      : 'descending';
  return (
    <th
      scope="col"
      aria-sort={ariaSort}
      className={`px-2.5 py-2.5 font-medium whitespace-nowrap ${numeric ? 'text-right' : 'text-left'} ${className}`}
    >
      <Link
        href={sortHref(query, column)}
        scroll={false}
        title={`Sort by ${label.toLowerCase()}, ${nextOrder}`}
        className={[
          'group relative inline-flex items-center rounded hover:text-slate-900',
          'focus-visible:outline-2 focus-visible:outline-brand-500',
          active ? 'text-slate-900' : '',
        ].join(' ')}
      >
        {label}
        <SortIcon active={active} order={query.order} side={numeric ? 'left' : 'right'} />
      </Link>
    </th>
  );
}

/** Drawn in the header's padding (absolutely placed), so hidden icons take no column width. */
function SortIcon({ active, order, side }: { active: boolean; order: 'asc' | 'desc'; side: 'left' | 'right' }) {
  const { pending } = useLinkStatus();
  const d = !active || order === 'desc' ? 'M4 6l4 4 4-4' : 'M4 10l4-4 4 4';
  return (
    <svg
      aria-hidden
      viewBox="0 0 16 16"
      className={[
        'absolute top-1/2 h-3.5 w-3.5 -translate-y-1/2 transition-opacity',
        side === 'left' ? '-left-4' : '-right-4',
        pending ? 'animate-pulse opacity-100' : active ? 'opacity-100' : 'opacity-0 group-hover:opacity-60',
      ].join(' ')}
    >
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
