import { TimelinePanel } from '@/components/charts/timeline-panel';
import type { TimelineHistory } from '@/components/charts/timeline-types';
import { EndpointAnalysis } from '@/components/run/endpoint-analysis';
import { ExceptionsTable } from '@/components/run/exceptions-table';
import { FailuresTable } from '@/components/run/failures-table';
import { HeadlineStats } from '@/components/run/headline-stats';
import { RunHeader } from '@/components/run/run-header';
import { TransactionsTable } from '@/components/run/transactions-table';
import { packEndpoints } from '@/lib/domain/charts/pack-endpoints';
import { toWire } from '@/lib/domain/charts/wire';
import type { StoredRun } from '@/lib/domain/shapes/stored-run';
import { VerdictBanner } from '@/components/compare/verdict-banner';
import type { MeetingVerdict } from '@/lib/domain/report/meeting-verdict';
import { SharedFiles } from './shared-files';
import { AfterFirstScreen } from '@/components/ui/after-first-screen';

/** The run page read-only: header without actions, the verdict, figures, timeline (aggregate only), endpoints,
 *  failures, files without downloads. */
export function SharedRun({
  stored,
  history,
  meeting,
}: {
  stored: StoredRun;
  history: TimelineHistory | null;
  meeting: MeetingVerdict;
}) {
  const { run, summary } = stored;
  return (
    <div className="space-y-8">
      <RunHeader
        summary={summary}
        meta={run.meta}
        notes={stored.notes}
        warnings={run.warnings}
        fileCount={stored.files.length}
        readOnly
        verdict={<VerdictBanner meeting={meeting} readOnly />}
      />
      <HeadlineStats summary={summary} />
      <AfterFirstScreen what="the time series and the endpoint tables">
        {history && <TimelinePanel runId={summary.id} history={toWire(history)} />}
        <EndpointAnalysis aggregated={run.aggregated} endpoints={toWire(packEndpoints(run.endpoints))} />
        <FailuresTable failures={toWire(run.failures)} />
        <ExceptionsTable exceptions={run.exceptions} />
        {run.transactions.length > 0 && <TransactionsTable transactions={run.transactions} />}
        <SharedFiles files={stored.files} />
      </AfterFirstScreen>
    </div>
  );
}
