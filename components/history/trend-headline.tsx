// The trend page's answer first: one line (open regressions, else improvements, else nothing changed), then
// the open change points of the runs shown as links that put each on the chart.
import Link from 'next/link';
import type { TrendHeadline as Headline } from '@/lib/view/history/headline';
import { trendHref, type TrendPageQuery } from '@/lib/view/history/trend-query';

const TONE = {
  bad: 'border-red-200 bg-red-50 text-bad',
  ok: 'border-green-200 bg-green-50 text-ok',
  neutral: 'border-slate-200 bg-white text-slate-800',
} as const;

const LINK = 'font-medium text-brand-700 hover:underline';

/** Change points listed under the line; the rest are counted. */
const LISTED = 5;

export function TrendHeadline(props: { projectId: string; query: TrendPageQuery; headline: Headline }) {
  const { projectId, query, headline } = props;
  // The line names the first change point; the others are listed under it.
  const listed = headline.items.slice(1, 1 + LISTED);
  const first = headline.items[0];
  return (
    <section aria-label="Summary" className={`rounded-xl border px-5 py-4 ${TONE[headline.tone]}`}>
      <p className="text-base font-semibold break-words" data-testid="trend-headline">
        {headline.text}
      </p>
      <div className="mt-1 flex flex-wrap gap-x-4 text-sm">
        {first && <ShowLink {...props} item={first} />}
        {headline.items.length > 0 && (
          <Link href={`/projects/${encodeURIComponent(projectId)}/regressions`} className={LINK}>
            Open the Regressions inbox
          </Link>
        )}
      </div>
      {listed.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm text-slate-700">
          {listed.map((item) => (
            <li key={item.id} className="flex items-baseline gap-2">
              <span aria-hidden className={`shrink-0 ${item.regression ? 'text-bad' : 'text-ok'}`}>
                {item.regression ? '▲' : '▼'}
              </span>
              <span className="min-w-0 break-words">
                {item.sentence}{' '}
                <Link
                  href={`${trendHref(projectId, query, { metric: item.metric, scope: item.scope })}#trend-chart`}
                  className="font-medium whitespace-nowrap text-brand-700 underline underline-offset-2"
                >
                  Show
                </Link>
              </span>
            </li>
          ))}
          {headline.items.length > 1 + LISTED && (
            <li className="text-slate-500">and {headline.items.length - 1 - LISTED} more open change points</li>
          )}
        </ul>
      )}
    </section>
  );
}

function ShowLink(props: { projectId: string; query: TrendPageQuery; item: Headline['items'][number] }) {
  const { projectId, query, item } = props;
  if (item.metric === query.metric && item.scope === query.scope) return null;
  return (
    <Link
      href={`${trendHref(projectId, query, { metric: item.metric, scope: item.scope })}#trend-chart`}
      className={LINK}
    >
      Show it on the chart
    </Link>
  );
}
