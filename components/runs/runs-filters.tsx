'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition, type ChangeEvent } from 'react';
import { runsHref, type RunsQuery } from './runs-href';

export interface FilterOptions {
  projects: { id: string; name: string; runCount: number }[];
  tags: string[];
}

const select =
  'block w-full min-w-44 max-w-72 cursor-pointer rounded-lg border border-slate-300 bg-white py-2 pl-3 pr-8 text-sm ' +
  'text-slate-900 shadow-xs focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30';

/** Project and tag filters; each change updates the URL (the server renders the filtered page). */
export function RunsFilters({ query, options }: { query: RunsQuery; options: FilterOptions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (key: 'project' | 'tag') => (e: ChangeEvent<HTMLSelectElement>) => {
    const href = runsHref(query, { [key]: e.target.value || undefined });
    startTransition(() => router.push(href, { scroll: false }));
  };
  const project = options.projects.find((p) => p.id === query.project || p.name === query.project);
  const filtered = Boolean(query.project || query.tag);
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
      <div>
        <label htmlFor="filter-tag" className="mb-1 block text-xs font-medium text-slate-600">
          Tag
        </label>
        <select
          id="filter-tag"
          value={query.tag ?? ''}
          onChange={go('tag')}
          className={select}
          disabled={options.tags.length === 0 && !query.tag}
        >
          <option value="">{options.tags.length === 0 ? 'No tags yet' : 'All tags'}</option>
          {query.tag && !options.tags.includes(query.tag) && <option value={query.tag}>{query.tag}</option>}
          {options.tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <Link
          href={runsHref(query, { project: undefined, tag: undefined })}
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
