import Link from 'next/link';
import { goodputRps } from '@/lib/domain/analysis/goodput';
import type { RunSummary } from '@/lib/domain/shapes/stored-run';
import { formatCount, formatDuration, formatMs, formatPercent, formatRate } from '@/lib/domain/format/format';
import { runsHref, type RunsQuery } from './runs-href';

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const fullFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function RunRow({
  run,
  query,
  selected,
  onToggle,
}: {
  run: RunSummary;
  query: RunsQuery;
  selected: boolean;
  onToggle: () => void;
}) {
  const num = 'num whitespace-nowrap px-2.5 py-2.5 text-right';
  return (
    <tr className={selected ? 'bg-brand-50/60' : 'hover:bg-slate-50'}>
      <td className="w-10 py-2.5 pr-1 pl-4">
        <input
          type="checkbox"
          checked={selected}
          onChange={onToggle}
          aria-label={`Select ${run.label} for comparison`}
          className="h-4 w-4 cursor-pointer rounded border-slate-300 accent-brand-600"
        />
      </td>
      <th scope="row" className="max-w-48 px-2.5 py-2.5 text-left font-medium">
        <Link
          href={`/runs/${run.id}`}
          className="block truncate text-brand-700 hover:text-brand-600 hover:underline"
          title={run.label}
        >
          {run.label}
        </Link>
      </th>
      <td className="max-w-36 px-2.5 py-2.5">
        <Link
          href={runsHref(query, { project: run.projectId })}
          className="block truncate text-slate-700 hover:text-slate-900 hover:underline"
          title={`Only runs of ${run.projectName}`}
        >
          {run.projectName}
        </Link>
      </td>
      <td className="px-2.5 py-2.5">
        <div className="flex w-max max-w-48 flex-wrap gap-1">
          {run.tags.map((tag) => (
            <Link
              key={tag}
              href={runsHref(query, { tag })}
              title={`Only runs tagged ${tag}`}
              className={[
                'rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium',
                'whitespace-nowrap text-slate-700 hover:bg-slate-200',
              ].join(' ')}
            >
              {tag}
            </Link>
          ))}
        </div>
      </td>
      <td className={num}>{formatCount(run.userCount)}</td>
      <td className={num}>{formatDuration(run.durationS)}</td>
      <td className={num}>{formatCount(run.requests)}</td>
      <td className={`${num} ${failureTone(run.failureRate)}`}>{formatFailureRate(run.failureRate)}</td>
      <td className={num}>{formatMs(run.medianMs)}</td>
      <td className={num}>{formatMs(run.p95Ms)}</td>
      <td className={num}>{formatRate(run.rps)}</td>
      <td className={`${num} font-medium text-slate-900`}>{formatRate(goodputRps(run))}</td>
      <td className="num py-2.5 pr-4 pl-2.5 text-right whitespace-nowrap text-slate-600">
        <time
          dateTime={run.createdAt}
          title={`Uploaded ${fullFormat.format(new Date(run.createdAt))}`}
          suppressHydrationWarning
        >
          {dateFormat.format(new Date(run.createdAt))}
        </time>
      </td>
    </tr>
  );
}

/** Percent with two decimals; a tiny non-zero rate reads "<0.01%", never a misleading "0.00%". */
function formatFailureRate(rate: number | null): string {
  return rate !== null && rate > 0 && rate < 0.0001 ? '<0.01%' : formatPercent(rate);
}

function failureTone(rate: number | null): string {
  if (rate === null || rate === 0) return 'text-slate-500';
  return rate >= 0.05 ? 'font-medium text-bad' : 'text-warn';
}
