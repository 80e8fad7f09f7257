'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { formatCount } from '@/lib/domain/format/format';
import { runsHref, type RunsQuery } from './runs-href';

const PAGE_SIZES = [25, 50, 100, 200];

export function RunsPagination({ query, total }: { query: RunsQuery; total: number }) {
  const router = useRouter();
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const first = total === 0 ? 0 : (query.page - 1) * query.pageSize + 1;
  const last = Math.min(total, query.page * query.pageSize);
  const sizes = PAGE_SIZES.includes(query.pageSize)
    ? PAGE_SIZES
    : [...PAGE_SIZES, query.pageSize].sort((a, b) => a - b);
  return (
    <nav
      aria-label="Pages of runs"
      className={[
        'flex flex-wrap items-center justify-between gap-3 border-t',
        'border-slate-200 bg-white px-4 py-3 text-sm text-slate-600',
      ].join(' ')}
    >
      <p className="num">
        {first > 0 ? (
          <>
            <span className="font-medium text-slate-900">
              {formatCount(first)}–{formatCount(last)}
            </span>{' '}
            of {formatCount(total)} runs
          </>
        ) : (
          `${formatCount(total)} runs`
        )}
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-2 whitespace-nowrap">
          <span>Per page</span>
          <select
            value={query.pageSize}
            onChange={(e) => router.push(runsHref(query, { pageSize: Number(e.target.value) }))}
            className="cursor-pointer rounded-md border border-slate-300 bg-white py-1 pr-7 pl-2 text-sm text-slate-900"
          >
            {sizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <span className="num whitespace-nowrap">
          Page {query.page} of {pages}
        </span>
        <div className="flex gap-1">
          <PageLink
            href={query.page > 1 ? runsHref(query, { page: Math.min(query.page - 1, pages) }) : null}
            label="Previous"
          />
          <PageLink href={query.page < pages ? runsHref(query, { page: query.page + 1 }) : null} label="Next" />
        </div>
      </div>
    </nav>
  );
}

function PageLink({ href, label }: { href: string | null; label: string }) {
  const cls = 'rounded-lg border px-3 py-1.5 font-medium';
  if (!href)
    return (
      <span aria-disabled="true" className={`${cls} cursor-not-allowed border-slate-200 text-slate-400`}>
        {label}
      </span>
    );
  return (
    <Link href={href} className={`${cls} border-slate-300 text-slate-800 hover:bg-slate-50`}>
      {label}
    </Link>
  );
}
