import { Card } from '@/components/ui/card';
import { significanceLine, type HeadlineRow } from '@/lib/view/compare/headline';
import type { RunInfo } from '@/lib/view/compare/model';
import { RunHeaderCell } from './run-header-cell';
import { StatusBadge, TONE_TEXT } from './status-badge';

/** Change colour: worse counts as bad only when the status says so (a +34% within the noise floor stays grey). */
function changeClass(row: HeadlineRow): string {
  if (row.changeTone === 'worse')
    return row.status === 'critical' ? 'text-bad' : row.status === 'warning' ? 'text-warn' : 'text-slate-700';
  // Better-looking but flagged (goodput up, yet short of linear scaling): not green; the reason sits beside it.
  if (row.changeTone === 'better' && (row.status === 'warning' || row.status === 'critical')) return 'text-slate-700';
  return TONE_TEXT[row.changeTone];
}

/** px; the Change and Status columns stay pinned to the right from the `lg` breakpoint (narrower, their
 *  416 px would cover the run columns, so there the table scrolls as one). */
const STATUS_WIDTH = 320;
const CHANGE_WIDTH = 96;
const STATUS_COL = 'w-[240px] min-w-[240px] sm:w-[320px] sm:min-w-[320px]';

/**
 * Each headline metric per run, then the target's change against the baseline and its status with
 * the reason and the evidence (p-value or window variation). Change and status stay pinned to the
 * right, so with many runs the run columns scroll between the metric names and the verdict.
 */
export function HeadlineTable({
  rows,
  runs,
  targetName,
  ceilings = [],
  statisticsNote,
}: {
  rows: HeadlineRow[];
  runs: RunInfo[];
  targetName: string;
  ceilings?: string[];
  statisticsNote?: string;
}) {
  const many = runs.length > 2;
  const th =
    'border-b border-slate-200 bg-slate-50 px-3 py-2 align-bottom text-xs font-semibold uppercase tracking-wide ' +
    'text-slate-500';
  return (
    <Card
      title="Headline figures"
      actions={
        <span className="text-xs text-slate-500">All endpoints (Aggregated) · change = {targetName} vs baseline</span>
      }
    >
      {ceilings.length > 0 && (
        <div
          className="-mx-5 -mt-5 border-b border-amber-200 bg-amber-50 px-5 py-2 text-sm text-amber-950"
          data-testid="ceiling-note"
        >
          {ceilings.map((c) => (
            <p key={c}>{c}</p>
          ))}
        </div>
      )}
      <div
        className={[
          'relative -mx-5 overflow-x-auto',
          ceilings.length > 0 ? '' : '-mt-5',
          statisticsNote ? '' : '-mb-5',
        ].join(' ')}
      >
        <table className="w-full border-separate border-spacing-0 text-sm" aria-label="Headline figures per run">
          <thead>
            <tr>
              <th scope="col" className={`${th} sticky left-0 z-10 pl-5 text-left`}>
                Metric
              </th>
              {runs.map((run) => (
                <RunHeaderCell key={run.id} run={run} className="border-b border-slate-200 bg-slate-50 text-xs" />
              ))}
              <th
                scope="col"
                className={[
                  th,
                  'z-10 border-l text-right lg:sticky',
                  many ? 'lg:shadow-[-8px_0_8px_-8px_rgba(15,23,42,0.18)]' : '',
                ].join(' ')}
                style={{ right: STATUS_WIDTH, minWidth: CHANGE_WIDTH }}
              >
                Change
              </th>
              <th scope="col" className={`${th} right-0 z-10 pr-5 text-left lg:sticky ${STATUS_COL}`}>
                Status{' '}
                <span className="font-normal tracking-normal text-slate-400 normal-case">· why · is it real?</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.metric} data-metric={row.metric}>
                <th
                  scope="row"
                  className={[
                    'sticky left-0 z-10 border-b border-slate-100 bg-white py-2 pr-3 pl-5',
                    'text-left font-medium whitespace-nowrap text-slate-800',
                  ].join(' ')}
                >
                  {row.label}
                  {/* Phones: the hint wraps, so the sticky metric column leaves room for the values. */}
                  {row.hint && (
                    <span
                      className={[
                        'block max-w-[7rem] text-[11px] leading-tight font-normal',
                        'whitespace-normal text-slate-500 sm:max-w-none sm:whitespace-nowrap',
                      ].join(' ')}
                    >
                      {row.hint}
                    </span>
                  )}
                </th>
                {row.values.map((v, i) => {
                  const d = row.deltas[i];
                  return (
                    <td
                      key={i}
                      className="num border-b border-slate-100 px-3 py-2 text-right whitespace-nowrap text-slate-900"
                      title={
                        row.lowerBound[i]
                          ? 'At the run’s latency ceiling: a lower bound, the real value is higher'
                          : undefined
                      }
                    >
                      {v}
                      {many && d && <span className={`ml-1.5 text-xs ${TONE_TEXT[d.tone]}`}>{d.text}</span>}
                    </td>
                  );
                })}
                <td
                  className={[
                    'num z-10 border-b border-l border-slate-100 border-l-slate-200 bg-white',
                    'px-3 py-2 text-right font-semibold whitespace-nowrap lg:sticky',
                    many ? 'lg:shadow-[-8px_0_8px_-8px_rgba(15,23,42,0.18)]' : '',
                    changeClass(row),
                  ].join(' ')}
                  style={{ right: STATUS_WIDTH }}
                >
                  {row.change}
                </td>
                <td
                  className={[
                    'right-0 z-10 border-b border-slate-100 bg-white py-2 pr-5 pl-3 text-xs lg:sticky',
                    STATUS_COL,
                  ].join(' ')}
                >
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                    <StatusBadge status={row.status} reason={row.reason} />
                    <span className="text-slate-500">{row.reason}</span>
                  </div>
                  {significanceLine(row) && (
                    <p className={`mt-0.5 ${row.real === true ? 'font-medium text-slate-800' : 'text-slate-500'}`}>
                      {significanceLine(row)}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {statisticsNote && (
        <p className="mt-3 -mb-2 text-xs text-slate-500" data-testid="statistics-note">
          {statisticsNote}
        </p>
      )}
    </Card>
  );
}
