import type { Metadata } from 'next';
import { connection } from 'next/server';
import { TimelinePanel } from '@/components/charts/timeline-panel';
import { VerdictBanner } from '@/components/compare/verdict-banner';
import { CapacitySection } from '@/components/run/capacity-section';
import { EndpointAnalysis } from '@/components/run/endpoint-analysis';
import { packEndpoints } from '@/lib/domain/charts/pack-endpoints';
import { toWire } from '@/lib/domain/charts/wire';
import { ExceptionsTable } from '@/components/run/exceptions-table';
import { FailuresTable } from '@/components/run/failures-table';
import { FilesTable } from '@/components/run/files-table';
import { HeadlineStats } from '@/components/run/headline-stats';
import { RunHeader } from '@/components/run/run-header';
import { TransactionsTable } from '@/components/run/transactions-table';
import { WindowSwitch } from '@/components/window/window-switch';
import { AfterFirstScreen } from '@/components/ui/after-first-screen';
import { parseRunWindow } from '@/lib/domain/analysis/run-window';
import { loadCapacity, loadHistory, loadRun, loadRunVerdict, loadWindowedRun } from './run-page-data';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const stored = await loadRun((await params).id);
  return { title: stored.summary.label };
}

/** /runs/ID[?window=steady][&p95LimitMs=MS] — one run; `window=steady`: its figures over the steady state (ramps
 *  left out); `p95LimitMs`: the P95 limit of a ramp or step run's capacity curve (default: the project's criterion). */
export default async function RunPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  const query = await searchParams;
  const asked = query.window;
  const window = parseRunWindow(Array.isArray(asked) ? asked[0] : asked);
  const whole = await loadRun(id);
  const [shown, capacity, meeting] = await Promise.all([
    loadWindowedRun(id, whole, window ?? 'whole'),
    loadCapacity(whole, query.p95LimitMs),
    loadRunVerdict(whole),
  ]);
  const stored = shown.stored;
  const history = await loadHistory(id, stored);
  const { run, summary } = stored;
  const base = `/runs/${encodeURIComponent(id)}`;
  // The user's P95 limit stays in the URL across the window switch.
  const limit = capacity?.source === 'user' ? `p95LimitMs=${capacity.limitMs}` : null;
  const hrefs = {
    whole: limit ? `${base}?${limit}` : base,
    steady: `${base}?window=steady${limit ? `&${limit}` : ''}`,
  };
  // The criteria tables of the run's project, judged on this run.
  const projectPage = `/projects/${encodeURIComponent(summary.projectId)}?run=${encodeURIComponent(id)}#sets-title`;
  const criteriaHref = meeting.overall === null ? null : projectPage;
  const refused = window === null ? 'window must be whole or steady' : window === 'steady' ? shown.unavailable : null;
  return (
    <div className="space-y-8">
      <RunHeader
        summary={summary}
        meta={run.meta}
        notes={stored.notes}
        warnings={run.warnings}
        fileCount={stored.files.length}
        verdict={<VerdictBanner meeting={meeting} wholeRun={shown.window === 'steady'} detailsHref={criteriaHref} />}
      />
      <WindowSwitch
        window={shown.window}
        hrefs={hrefs}
        notes={refused ? [`Showing the whole run: ${refused}.`, ...shown.notes] : shown.notes}
        unavailable={shown.unavailable}
      />
      <HeadlineStats summary={summary} window={shown.window} />
      {capacity && (
        <CapacitySection section={capacity} path={base} keep={shown.window === 'steady' ? { window: 'steady' } : {}} />
      )}
      <AfterFirstScreen what="the time series and the endpoint tables">
        {history ? <TimelinePanel runId={id} history={toWire(history)} /> : <NoHistory />}
        <EndpointAnalysis aggregated={run.aggregated} endpoints={toWire(packEndpoints(run.endpoints))} />
        <FailuresTable failures={toWire(run.failures)} />
        <ExceptionsTable exceptions={run.exceptions} />
        {run.transactions.length > 0 && <TransactionsTable transactions={run.transactions} />}
        <FilesTable runId={id} files={stored.files} />
      </AfterFirstScreen>
    </div>
  );
}

function NoHistory() {
  return (
    <p className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-4 text-sm text-slate-600">
      No time series in this run: upload the <code className="font-mono text-xs">_stats_history.csv</code> or the HTML
      report with it to see throughput, response times and users over time.
    </p>
  );
}
