import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { StepsView } from '@/lib/view/compare/steps';

const TH =
  'border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600';
const TD = 'border-b border-slate-100 px-3 py-2';

/** The note that opens a steps page: what is being compared, and what is exact
 *  (`readOnly`: the run's name without its link). */
export function StepsNote({
  runName,
  runId,
  readOnly = false,
}: {
  runName: string;
  runId: string;
  readOnly?: boolean;
}) {
  return (
    <section
      aria-label="About load steps"
      className="rounded-xl border border-sky-200 bg-sky-50 px-5 py-3 text-sm text-sky-950"
    >
      <p className="font-semibold">These are the load steps of one run, not separate runs.</p>
      <p className="mt-1 text-sky-900">
        {readOnly ? (
          <span className="font-medium">{runName}</span>
        ) : (
          <Link
            href={`/runs/${encodeURIComponent(runId)}`}
            className="font-medium underline decoration-sky-400 underline-offset-2 hover:decoration-sky-700"
          >
            {runName}
          </Link>
        )}{' '}
        held each user count for a while; every plateau of 30 s or more is compared like a run, the first step as the
        baseline. Request and failure counts are <span className="font-medium">exact</span> (differences of Locust’s
        cumulative counters over the step); latency is <span className="font-medium">windowed</span>: the median of the
        ~10 s window percentiles of the history, a typical window’s value rather than a percentile of all the step’s
        requests. Averages, max and failure messages exist only for the whole run.
      </p>
    </section>
  );
}

/** One row per plateau: users, duration, exact counts (flagged when a reset makes them lower bounds), req/s,
 *  windowed P50/P95/P99. */
export function StepsTable({ view }: { view: StepsView }) {
  return (
    <Card
      title={`Load steps (${view.rows.length})`}
      actions={<span className="text-xs text-slate-500">counts exact · latency from ~10 s windows</span>}
    >
      <div className="space-y-3">
        <div className="overflow-x-auto rounded-lg border border-slate-200">
          <table className="w-full border-separate border-spacing-0 text-sm" aria-label="Load steps of the run">
            <thead>
              <tr>
                <th scope="col" className={`${TH} text-left`}>
                  Step
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Users
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Duration{' '}
                  <span className="block font-normal tracking-normal text-slate-400 normal-case">from – to</span>
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Requests <span className="block font-normal tracking-normal text-slate-400 normal-case">exact</span>
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Failures{' '}
                  <span className="block font-normal tracking-normal text-slate-400 normal-case">exact · rate</span>
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Throughput <span className="block font-normal tracking-normal text-slate-400 normal-case">req/s</span>
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  P50 <span className="block font-normal tracking-normal text-slate-400 normal-case">windowed</span>
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  P95 <span className="block font-normal tracking-normal text-slate-400 normal-case">windowed</span>
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  P99 <span className="block font-normal tracking-normal text-slate-400 normal-case">windowed</span>
                </th>
                <th scope="col" className={`${TH} text-left`}>
                  Latency basis
                </th>
              </tr>
            </thead>
            <tbody className="num">
              {view.rows.map((s) => (
                <tr key={s.index} className="align-top hover:bg-slate-50" data-step={s.index}>
                  <th scope="row" className={`${TD} text-left font-medium text-slate-900`}>
                    {s.index}
                  </th>
                  <td className={`${TD} text-right font-semibold text-slate-900`}>{s.users}</td>
                  <td className={`${TD} text-right whitespace-nowrap text-slate-700`}>
                    {s.duration}
                    <span className="block text-[11px] text-slate-500">{s.span}</span>
                  </td>
                  <td className={`${TD} text-right whitespace-nowrap text-slate-900`}>
                    {s.requests}
                    {s.lowerBound && (
                      <span
                        className="mt-0.5 block"
                        title={
                          'Statistics were reset inside the step: ' +
                          'requests between the row before the reset and the reset are not counted'
                        }
                      >
                        <span className="rounded bg-amber-100 px-1.5 py-px text-[11px] font-medium text-amber-800">
                          lower bound
                        </span>
                      </span>
                    )}
                  </td>
                  <td className={`${TD} text-right whitespace-nowrap`}>
                    <span className={s.failing ? 'font-medium text-bad' : 'text-slate-500'}>{s.failures}</span>
                    <span className="block text-[11px] text-slate-500">{s.failureRate}</span>
                  </td>
                  <td className={`${TD} text-right whitespace-nowrap text-slate-900`}>{s.rps}</td>
                  <td className={`${TD} text-right whitespace-nowrap text-slate-700`}>{s.p50}</td>
                  <td className={`${TD} text-right font-medium whitespace-nowrap text-slate-900`}>{s.p95}</td>
                  <td className={`${TD} text-right whitespace-nowrap text-slate-700`}>{s.p99}</td>
                  <td
                    className={[
                      TD,
                      'text-left text-xs whitespace-nowrap',
                      s.windowed ? 'text-slate-600' : 'text-warn',
                    ].join(' ')}
                  >
                    {s.basis}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="space-y-1 text-xs text-slate-500">
          {view.anyLowerBound && (
            <li className="text-amber-800">
              Lower bound: Locust’s statistics were reset inside that step, so the requests between the last history row
              before the reset and the reset itself are not counted; its counts and rates are at least the values shown.
            </li>
          )}
          {!view.allWindowed && (
            <li className="text-amber-800">
              This history’s percentiles are cumulative since the start, so they mix earlier steps: latency per step is
              unknown.
            </li>
          )}
          <li>
            Each step runs from the first to the last history row at that user count; ramps between steps are left out.
          </li>
        </ul>
      </div>
    </Card>
  );
}
