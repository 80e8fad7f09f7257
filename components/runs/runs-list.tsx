'use client';
import { useState } from 'react';
import type { RunSummary } from '@/lib/domain/shapes/stored-run';
import { CompareBar } from './compare-bar';
import { RunsFilters, type FilterOptions } from './runs-filters';
import type { RunsQuery } from './runs-href';
import { RunsPagination } from './runs-pagination';
import { RunsTable } from './runs-table';

interface Props {
  runs: RunSummary[];
  total: number;
  query: RunsQuery;
  options: FilterOptions;
}

/** Filters, the table with its selection, and paging. The selection holds across pages, sorts and filters. */
export function RunsList({ runs, total, query, options }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const togglePage = (select: boolean) => {
    const ids = runs.map((r) => r.id);
    setSelected((s) => (select ? [...s, ...ids.filter((id) => !s.includes(id))] : s.filter((id) => !ids.includes(id))));
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <RunsFilters query={query} options={options} />
        <CompareBar selected={selected} onClear={() => setSelected([])} />
      </div>
      <section className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        <RunsTable runs={runs} query={query} selected={selected} onToggle={toggle} onTogglePage={togglePage} />
        <RunsPagination query={query} total={total} />
      </section>
    </div>
  );
}
