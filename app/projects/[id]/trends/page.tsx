import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { HeadroomPanel } from '@/components/history/headroom-panel';
import { TrendChart } from '@/components/history/trend-chart';
import { TrendControls } from '@/components/history/trend-controls';
import { TrendHeadline } from '@/components/history/trend-headline';
import { TrendMatrix } from '@/components/history/trend-matrix';
import { TrendNotes } from '@/components/history/trend-notes';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { trendHref, type SearchParams } from '@/lib/view/history/trend-query';
import { METRIC_WORDS, runsText, seriesTitle } from '@/lib/view/history/words';
import { loadTrendPage, loadTrendProject } from './trend-page-data';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  return { title: `Trends · ${(await loadTrendProject((await params).id)).name}` };
}

const LINK = 'font-medium text-brand-700 hover:underline';

/** /projects/ID/trends?metric=&scope=&basis=&branch=&environment=&profile=&users=&tag=: the answer first (open
 *  regressions of the runs shown), the chosen metric and scope over the runs with eras and change points, the
 *  endpoint trend matrix, and headroom per criterion. */
export default async function TrendsPage({ params, searchParams }: Props) {
  await connection();
  const data = await loadTrendPage((await params).id, await searchParams);
  const { project, query, options, users, headline, trend, matrix } = data;
  const labels = new Map(trend.series.map((p) => [p.runId, p.label]));
  const title = seriesTitle(query.metric, query.scope);
  const basis = query.basis === 'steady' ? 'steady state where a run has one' : 'whole runs';
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Breadcrumb
          trail={[
            { href: '/projects', label: 'Projects' },
            { href: `/projects/${encodeURIComponent(project.id)}`, label: project.name },
          ]}
          current="Trends"
        />
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Trends</h1>
          <p className="mt-1 text-sm text-slate-600">
            {project.name}: {runsText(trend.series.length)} shown of {runsText(options.runCount)}.
          </p>
        </div>
      </header>
      <TrendHeadline projectId={project.id} query={query} headline={headline} />
      <TrendControls projectId={project.id} query={query} options={{ ...options, userCounts: users.counts }} />
      {users.note && (
        <p className="text-sm text-slate-600" data-testid="trend-users-note">
          {users.note}
        </p>
      )}
      {query.branch !== undefined && query.branch !== data.historyBranch && (
        <p className="text-sm text-slate-600">
          Change points are searched on branch {data.historyBranch} only (and on runs that name no branch): runs of{' '}
          {query.branch} show their trend without them.
        </p>
      )}
      <section id="trend-chart" className="scroll-mt-4">
        <Card
          title={`${title} · ${basis}`}
          actions={
            query.scope !== 'aggregate' ? (
              <Link
                href={trendHref(project.id, query, { scope: 'aggregate' })}
                scroll={false}
                className={`text-sm ${LINK}`}
              >
                All requests
              </Link>
            ) : null
          }
        >
          <div className="space-y-5">
            <TrendChart trend={trend} title={title} />
            <TrendNotes eras={trend.eras} changePoints={trend.changePoints} labels={labels} />
          </div>
        </Card>
      </section>
      <Card title={`${METRIC_WORDS[query.metric]} by endpoint · worst recent change first`}>
        <TrendMatrix
          projectId={project.id}
          query={query}
          metric={query.metric}
          rows={matrix.rows}
          runEras={matrix.runs.map((r) => r.era)}
        />
      </Card>
      <HeadroomPanel projectId={project.id} sets={data.headroom} />
    </div>
  );
}
