import Link from 'next/link';
import { LINK_BUTTON } from '@/components/ui/button';
import { NO_FILTERS, runsHref, type RunsQuery } from './runs-href';

/** An empty page of a non-empty store: filters that match nothing, or a page past the end. */
export function RunsNoMatch({ query, total }: { query: RunsQuery; total: number }) {
  const pastEnd = total > 0;
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold text-slate-900">
        {pastEnd ? `There is no page ${query.page}` : 'No runs match these filters'}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {pastEnd
          ? `The list has ${total} runs at ${query.pageSize} per page.`
          : 'Try another project, tag, branch or environment, or clear the filters.'}
      </p>
      <Link
        href={pastEnd ? runsHref(query, { page: 1 }) : runsHref(query, NO_FILTERS)}
        className={`mt-4 ${LINK_BUTTON.secondary}`}
      >
        {pastEnd ? 'Go to the first page' : 'Clear filters'}
      </Link>
    </div>
  );
}
