'use client';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { failureRow, latencyRow } from '@/lib/view/compare/attribution';
import { useAttributionRows, useEndpoints } from './endpoints-context';
import { ShowMore, useShownRows } from './show-more';

interface Props {
  baselineName: string;
  targetName: string;
  stepped: boolean;
}

const TH =
  'border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600';
const TD = 'border-b border-slate-100 px-3 py-1.5';

/** A bar of |share| (capped at 100%): red when the row made things worse, green when it offset the change. */
function ShareBar({ share, text, worse }: { share: number | null; text: string; worse: boolean }) {
  const width = share === null ? 0 : Math.min(1, Math.abs(share)) * 100;
  return (
    <span className="flex items-center justify-end gap-2">
      <span className="num w-12 text-right">{text}</span>
      <span aria-hidden className="h-2 w-20 overflow-hidden rounded-full bg-slate-100">
        <span
          className={`block h-full rounded-full ${worse ? 'bg-red-400' : 'bg-emerald-400'}`}
          style={{ width: `${width}%` }}
        />
      </span>
    </span>
  );
}

function Endpoint({ label, note }: { label: string; note?: ReactNode }) {
  const space = label.indexOf(' ');
  const method = space > 0 && /^[A-Z]+$/.test(label.slice(0, space)) ? label.slice(0, space) : null;
  return (
    <span className="block truncate" title={label}>
      {method && (
        <>
          <span className="font-mono text-xs text-slate-500">{method}</span>{' '}
        </>
      )}
      <span className="text-slate-900">{method ? label.slice(space + 1) : label}</span>
      {note}
    </span>
  );
}

/** Which endpoints explain the change of the average response time (exactly) and of the failure count. */
/** Its rows (a row per endpoint) come from the CompareRowsProvider above (endpoints-context.tsx). */
export function AttributionSection({ baselineName, targetName, stepped }: Props) {
  const { latency, failures } = useAttributionRows();
  const endpoints = useEndpoints();
  const [latencyRows, latencyShown, showLatency] = useShownRows(latency?.rows, endpoints, latencyRow);
  const [failureRows, failuresShown, showFailures] = useShownRows(failures?.rows, endpoints, failureRow);
  return (
    <Card
      title="What explains the change"
      actions={
        <span className="text-xs text-slate-500">
          {targetName} vs {baselineName}, endpoint by endpoint
        </span>
      }
    >
      <div className="space-y-8">
        <section aria-labelledby="attr-latency">
          <h3 id="attr-latency" className="text-sm font-semibold text-slate-800">
            Average response time{' '}
            {latency && (
              <span className="num font-normal text-slate-600">
                {latency.headline}{' '}
                <span className={latency.totalMs > 0 ? 'font-medium text-bad' : 'font-medium text-ok'}>
                  ({latency.total})
                </span>
              </span>
            )}
          </h3>
          {latency ? (
            <>
              <p className="mt-1 text-xs text-slate-500">
                The aggregate average is the request-weighted mean of the endpoint averages, so the change splits
                exactly: each endpoint’s contribution is its share of requests × its average in {targetName} minus the
                same in {baselineName}. <span className="text-slate-700">Own slowdown</span> is the part from the
                endpoint itself getting slower; <span className="text-slate-700">traffic mix</span> the part from its
                share of the requests changing. The two add up to the contribution.
              </p>
              <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200">
                <table
                  className="w-full min-w-[760px] border-separate border-spacing-0 text-sm"
                  aria-label="Contributions to the change in average response time"
                >
                  <thead>
                    <tr>
                      <th scope="col" className={`${TH} text-left`}>
                        Endpoint
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Average{' '}
                        <span className="font-normal tracking-normal text-slate-400 normal-case">
                          baseline → target
                        </span>
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Contribution
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Share
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Own slowdown
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Traffic mix
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {latencyRows.map((r) => (
                      <tr key={r.label} className="hover:bg-slate-50">
                        <th scope="row" className={`${TD} max-w-80 text-left font-normal`}>
                          <Endpoint
                            label={r.label}
                            note={
                              r.presence && <span className="ml-1.5 text-[11px] text-slate-500">({r.presence})</span>
                            }
                          />
                        </th>
                        <td className={`${TD} num text-right whitespace-nowrap text-slate-600`}>{r.avg}</td>
                        <td
                          className={[
                            TD,
                            'num text-right font-semibold whitespace-nowrap',
                            r.contributionMs > 0 === latency.totalMs > 0 ? 'text-slate-900' : 'text-ok',
                          ].join(' ')}
                        >
                          {r.contribution}
                        </td>
                        <td className={`${TD} text-right whitespace-nowrap text-slate-700`}>
                          <ShareBar share={r.shareValue} text={r.share} worse={r.contributionMs > 0} />
                        </td>
                        <td className={`${TD} num text-right whitespace-nowrap text-slate-700`}>{r.slowdown}</td>
                        <td className={`${TD} num text-right whitespace-nowrap text-slate-700`}>{r.mix}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <ShowMore shown={latencyShown} total={latency.rows.length} onShow={showLatency} noun="endpoints" />
              {latency.notes.map((n) => (
                <p key={n} className="mt-2 text-xs text-amber-800">
                  {n}
                </p>
              ))}
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600">
              {stepped
                ? 'Not available for load steps: the history holds no per-step averages, only window percentiles.'
                : 'Nothing to split: the average response time did not change, or the runs carry no endpoint averages.'}
            </p>
          )}
        </section>

        <section aria-labelledby="attr-failures">
          <h3 id="attr-failures" className="text-sm font-semibold text-slate-800">
            Failures{' '}
            {failures && (
              <span className="num font-normal text-slate-600">
                {failures.headline}{' '}
                <span className={failures.total.startsWith('+') ? 'font-medium text-bad' : 'font-medium text-ok'}>
                  ({failures.total})
                </span>
              </span>
            )}
          </h3>
          {failures && failures.rows.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">
              No per-endpoint failure counts{stepped ? ' per step (the history has no endpoint rows)' : ''}: the change
              cannot be split by endpoint.
            </p>
          ) : failures ? (
            <>
              <p className="mt-1 text-xs text-slate-500">
                Each endpoint’s change in failures and its share of the total change (shares above 100% or below 0 mean
                other endpoints moved the other way). Rate part: its contribution to the change of the aggregate failure
                rate.
              </p>
              <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200">
                <table
                  className="w-full min-w-[640px] border-separate border-spacing-0 text-sm"
                  aria-label="Contributions to the change in failures"
                >
                  <thead>
                    <tr>
                      <th scope="col" className={`${TH} text-left`}>
                        Endpoint
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Failures{' '}
                        <span className="font-normal tracking-normal text-slate-400 normal-case">
                          baseline → target
                        </span>
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Change
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Share
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        Rate part
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {failureRows.map((r) => (
                      <tr key={r.label} className="hover:bg-slate-50">
                        <th scope="row" className={`${TD} max-w-80 text-left font-normal`}>
                          <Endpoint label={r.label} />
                        </th>
                        <td className={`${TD} num text-right whitespace-nowrap text-slate-600`}>{r.failures}</td>
                        <td
                          className={[
                            TD,
                            'num text-right font-semibold whitespace-nowrap',
                            r.changeValue > 0 ? 'text-bad' : r.changeValue < 0 ? 'text-ok' : 'text-slate-500',
                          ].join(' ')}
                        >
                          {r.change}
                        </td>
                        <td className={`${TD} text-right whitespace-nowrap text-slate-700`}>
                          <ShareBar share={r.shareValue} text={r.share} worse={r.changeValue > 0} />
                        </td>
                        <td className={`${TD} num text-right whitespace-nowrap text-slate-700`}>{r.rate}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <ShowMore shown={failuresShown} total={failures.rows.length} onShow={showFailures} noun="endpoints" />
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600">The failure count did not change: nothing to attribute.</p>
          )}
        </section>
      </div>
    </Card>
  );
}
