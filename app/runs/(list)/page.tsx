import type { Metadata } from 'next';
import Link from 'next/link';
import { RunsEmptyState } from '@/components/runs/runs-empty-state';
import { RunsFilters } from '@/components/runs/runs-filters';
import { RunsList } from '@/components/runs/runs-list';
import { RunsNoMatch } from '@/components/runs/runs-no-match';
import { parseRunsQuery, type SearchParams } from '@/components/runs/runs-query';
import { LINK_BUTTON } from '@/components/ui/button';
import { listFilters, listRunsPage } from '@/lib/server/services/runs-service';

export const metadata: Metadata = { title: 'Runs' };

export default async function RunsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseRunsQuery(await searchParams);
  const [page, filters] = await Promise.all([listRunsPage(query), listFilters()]);
  const stored = filters.projects.reduce((n, p) => n + p.runCount, 0);
  if (stored === 0) return <RunsEmptyState />;

  const projects = filters.projects.filter((p) => p.runCount > 0).length;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Runs</h1>
          <p className="mt-1 text-sm text-slate-600">
            {stored} {stored === 1 ? 'run' : 'runs'} in {projects} {projects === 1 ? 'project' : 'projects'}. Open one
            to analyse it, or tick several to compare them.
          </p>
        </div>
        <Link href="/upload" className={LINK_BUTTON.primary}>
          Upload runs
        </Link>
      </header>
      {page.items.length === 0 ? (
        <div className="space-y-4">
          <RunsFilters query={query} options={filters} />
          <RunsNoMatch query={query} total={page.total} />
        </div>
      ) : (
        <RunsList runs={page.items} total={page.total} query={query} options={filters} />
      )}
    </div>
  );
}
