// Paging of "Verdicts over time": which runs the matrix shows, and links to older and newer pages
// (older runs are to the left, as in the matrix). Plain links: each page is a server render.
import Link from 'next/link';
import type { RunWindow } from '@/lib/view/criteria/run-window';

const LINK = 'rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-brand-50 hover:underline';
const pageHref = (page: number) => (page === 1 ? '?' : `?page=${page}`);

/** `prefetch={false}` on shared links (every load counts a view). */
export function RunPager({
  window,
  runCount,
  prefetch = true,
}: {
  window: RunWindow;
  runCount: number;
  prefetch?: boolean;
}) {
  if (window.pageCount <= 1) return null;
  const { page, pageCount, start, end } = window;
  const count = (n: number) => n.toLocaleString('en-US');
  const link = (to: number, text: string, label: string) => (
    <Link
      href={pageHref(to)}
      scroll={false}
      prefetch={prefetch ? undefined : false}
      className={LINK}
      aria-label={label}
    >
      {text}
    </Link>
  );
  return (
    <nav aria-label="Pages of runs" className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <span className="flex gap-1">
        {page < pageCount ? link(pageCount, '« Oldest', 'Oldest runs') : null}
        {page < pageCount ? link(page + 1, '‹ Older', 'Older runs') : null}
      </span>
      <span className="num text-slate-600">
        Runs {count(start + 1)}–{count(end)} of {count(runCount)} (page {page} of {pageCount})
      </span>
      <span className="flex gap-1">
        {page > 1 ? link(page - 1, 'Newer ›', 'Newer runs') : null}
        {page > 1 ? link(1, 'Newest »', 'Newest runs') : null}
      </span>
    </nav>
  );
}
