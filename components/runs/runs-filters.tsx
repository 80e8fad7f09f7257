'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition, type ChangeEvent } from 'react';
import { runsHref, NO_FILTERS, type RunsQuery } from './runs-href';

export interface FilterOptions {
  projects: { id: string; name: string; runCount: number }[];
  tags: string[];
  /** Every branch and environment some run names (their provenance); absent: none. */
  branches?: string[];
  environments?: string[];
}

const select =
  'block w-full min-w-44 max-w-72 cursor-pointer rounded-lg border border-slate-300 bg-white py-2 pl-3 pr-8 text-sm ' +
  'text-slate-900 shadow-xs focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30';

type FilterKey = 'project' | 'tag' | 'branch' | 'environment';

/** Project, tag, branch and environment filters (branch and environment once some run names one); each change
 *  updates the URL (the server renders the filtered page). */
export function RunsFilters({ query, options }: { query: RunsQuery; options: FilterOptions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (key: FilterKey) => (e: ChangeEvent<HTMLSelectElement>) => {
    const href = runsHref(query, { [key]: e.target.value || undefined });
    startTransition(() => router.push(href, { scroll: false }));
  };
  const project = options.projects.find((p) => p.id === query.project || p.name === query.project);
  const filtered = Boolean(query.project || query.tag || query.branch || query.environment);
  return (
    <div className="flex flex-wrap items-end gap-3" aria-busy={pending}>
      <div>
        <label htmlFor="filter-project" className="mb-1 block text-xs font-medium text-slate-600">
          Project
        </label>
        <select id="filter-project" value={project?.id ?? ''} onChange={go('project')} className={select}>
          <option value="">All projects</option>
          {options.projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.runCount})
            </option>
          ))}
        </select>
      </div>
      <ValueFilter name="tag" label="Tag" all="All tags" none="No tags yet" values={options.tags} {...{ query, go }} />
      {Boolean(options.branches?.length || query.branch) && (
        <ValueFilter
          name="branch"
          label="Branch"
          all="All branches"
          values={options.branches ?? []}
          {...{ query, go }}
        />
      )}
      {Boolean(options.environments?.length || query.environment) && (
        <ValueFilter
          name="environment"
          label="Environment"
          all="All environments"
          values={options.environments ?? []}
          {...{ query, go }}
        />
      )}
      {filtered && (
        <Link
          href={runsHref(query, NO_FILTERS)}
          scroll={false}
          className="rounded-lg px-2.5 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          Clear filters
        </Link>
      )}
      <span
        aria-hidden
        className={[
          'mb-2.5 h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600 transition-opacity',
          pending ? 'opacity-100' : 'opacity-0',
        ].join(' ')}
      />
    </div>
  );
}

interface ValueFilterProps {
  name: Exclude<FilterKey, 'project'>;
  label: string;
  all: string;
  /** The first option's words when there are no values. */
  none?: string;
  values: string[];
  query: RunsQuery;
  go: (key: FilterKey) => (e: ChangeEvent<HTMLSelectElement>) => void;
}

/** One select of stored values; a value in the URL that no run has (any more) stays selectable. */
function ValueFilter({ name, label, all, none = all, values, query, go }: ValueFilterProps) {
  const current = query[name];
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        value={current ?? ''}
        onChange={go(name)}
        className={select}
        disabled={values.length === 0 && !current}
      >
        <option value="">{values.length === 0 ? none : all}</option>
        {current && !values.includes(current) && <option value={current}>{current}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}
