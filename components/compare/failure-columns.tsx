// Columns of the compare page's failures table: each run's failure rate, the change in points, new
// failures and whether the change is real.
import type { ReactNode } from 'react';
import { formattedColumn } from '@/components/ui/table/columns';
import { formatCount, NONE } from '@/lib/domain/format/format';
import { formatPoints } from '@/lib/domain/report/metric-format';
import { failureSignificance, type EndpointView } from '@/lib/view/compare/endpoints';
import type { RunInfo } from '@/lib/view/compare/model';
import { failurePercent, identityColumns, runColumn, type Col } from './endpoint-columns';
import { StatusBadge } from './status-badge';

/** "+1.20 pts", red when the failure rate grew, green when it fell. */
function pointsCell(change: number | null): ReactNode {
  const c = change ?? 0;
  const tone = c > 0 ? 'font-medium text-bad' : c < 0 ? 'text-ok' : 'text-slate-500';
  return <span className={tone}>{formatPoints(change)}</span>;
}

function twoLines(top: ReactNode, bottom: ReactNode): ReactNode {
  return (
    <span className="block leading-tight">
      <span className="block">{top}</span>
      <span className="block text-[11px] text-slate-500">{bottom}</span>
    </span>
  );
}

/** The failure-rate status (by rate, on the Holm-adjusted p-value) and the test in words beside it. */
function significanceCell(r: EndpointView): ReactNode {
  const s = failureSignificance(r);
  if (!s) return <span className="text-slate-400">{NONE}</span>;
  const tone = s.real === true ? 'font-medium text-slate-800' : 'text-slate-500';
  // The badge already says "Inconclusive": the test's p-value is all the text adds.
  const text = r.failureStatus === 'inconclusive' ? s.text.replace(/^inconclusive \((.*)\)$/, '$1') : s.text;
  return (
    <span className="flex items-center gap-1.5 text-xs">
      <StatusBadge status={r.failureStatus} />
      <span
        className={tone}
        title={s.real === null ? 'Fewer than 30 requests in a run: too few to judge a rate' : undefined}
      >
        {text}
      </span>
    </span>
  );
}

export function failureColumns(runs: RunInfo[]): Col[] {
  return [
    ...identityColumns,
    ...runs.map((run, i) =>
      runColumn(
        `rate${i}`,
        run.name,
        run.role === 'other' ? 'failure rate' : `rate · ${run.role}`,
        i,
        (f) => f.failureRate,
        (f) => twoLines(failurePercent(f), `${formatCount(f.failures)} / ${formatCount(f.requests)}`),
        112,
      ),
    ),
    formattedColumn('change', 'Change', 'points', (r) => r.failureRateChange, pointsCell, 104),
    {
      id: 'new',
      header: 'New',
      accessorFn: (r) => (r.newFailures ? 1 : 0),
      sortingFn: 'basic',
      sortDescFirst: true,
      meta: {
        width: 72,
        align: 'left',
        unit: 'failures',
        render: (r) =>
          r.newFailures ? (
            <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-bad">new</span>
          ) : null,
      },
    },
    {
      id: 'real',
      header: 'Status · is it real?',
      accessorFn: (r) => (r.insufficientData ? undefined : (r.failurePValueAdjusted ?? r.failurePValue ?? undefined)),
      sortingFn: 'basic',
      sortUndefined: 'last',
      meta: { width: 260, align: 'left', unit: 'failure rate · adjusted p', render: significanceCell },
    },
  ];
}
