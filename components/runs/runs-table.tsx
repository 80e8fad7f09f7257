import { useEffect, useRef } from 'react';
import type { RunSummary } from '@/lib/domain/shapes/stored-run';
import { RunRow } from './run-row';
import type { RunSort, RunsQuery } from './runs-href';
import { SortHeader } from './sort-header';

const NUMERIC: { column: RunSort; label: string }[] = [
  { column: 'userCount', label: 'Users' },
  { column: 'durationS', label: 'Duration' },
  { column: 'requests', label: 'Requests' },
  { column: 'failureRate', label: 'Failure %' },
  { column: 'medianMs', label: 'Median' },
  { column: 'p95Ms', label: 'p95' },
  { column: 'rps', label: 'Req/s' },
];

interface Props {
  runs: RunSummary[];
  query: RunsQuery;
  selected: string[];
  onToggle: (id: string) => void;
  onTogglePage: (select: boolean) => void;
}

export function RunsTable({ runs, query, selected, onToggle, onTogglePage }: Props) {
  const onPage = runs.filter((r) => selected.includes(r.id)).length;
  const all = runs.length > 0 && onPage === runs.length;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = onPage > 0 && !all;
  }, [onPage, all]);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">
          Stored runs, sorted by {query.sort} ({query.order === 'asc' ? 'ascending' : 'descending'})
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-[13px] text-slate-500">
          <tr>
            <th scope="col" className="w-10 py-2.5 pr-1 pl-4 text-left">
              <input
                ref={box}
                type="checkbox"
                checked={all}
                onChange={() => onTogglePage(!all)}
                aria-label="Select every run on this page"
                className="h-4 w-4 cursor-pointer rounded border-slate-300 accent-brand-600"
              />
            </th>
            <SortHeader query={query} column="label" label="Run" />
            <th scope="col" className="px-2.5 py-2.5 text-left font-medium">
              Project
            </th>
            <th scope="col" className="px-2.5 py-2.5 text-left font-medium">
              Tags
            </th>
            {NUMERIC.map((c) => (
              <SortHeader key={c.column} query={query} column={c.column} label={c.label} numeric />
            ))}
            <th
              scope="col"
              className="px-2.5 py-2.5 text-right font-medium whitespace-nowrap"
              title="Successful requests per second: req/s × (requests − failures) / requests"
            >
              Goodput
            </th>
            <SortHeader query={query} column="createdAt" label="Uploaded" numeric className="pr-4" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {runs.map((run) => (
            <RunRow
              key={run.id}
              run={run}
              query={query}
              selected={selected.includes(run.id)}
              onToggle={() => onToggle(run.id)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
