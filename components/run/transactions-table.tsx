import { Card } from '@/components/ui/card';
import { percentileKeysOf } from '@/lib/domain/charts/percentile-keys';
import type { EndpointStats } from '@/lib/domain/locust/types';
import { failurePercentText, failureRate, msCell } from '@/lib/domain/format/cells';

const TH =
  'border-b border-slate-200 bg-slate-50 px-3 py-2 text-right text-xs font-semibold uppercase tracking-wide ' +
  'text-slate-600';
const TD = 'num border-b border-slate-100 px-3 py-2 text-right text-slate-700';

/** locust-plugins transaction groups (exact, unbucketed times). */
export function TransactionsTable({ transactions }: { transactions: EndpointStats[] }) {
  const keys = percentileKeysOf(transactions);
  return (
    <Card title={`Transactions (${transactions.length})`}>
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="w-full border-separate border-spacing-0 text-sm">
          <thead>
            <tr>
              <th scope="col" className={`${TH} text-left`}>
                Transaction
              </th>
              <th scope="col" className={TH}>
                Count
              </th>
              <th scope="col" className={TH}>
                Failures
              </th>
              <th scope="col" className={TH}>
                Failure %
              </th>
              <th scope="col" className={TH}>
                Median ms
              </th>
              <th scope="col" className={TH}>
                Avg ms
              </th>
              <th scope="col" className={TH}>
                Min ms
              </th>
              <th scope="col" className={TH}>
                Max ms
              </th>
              {keys.map((k) => (
                <th key={k} scope="col" className={TH}>
                  P{k} ms
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {transactions.map((t, i) => {
              const rate = failureRate(t.failures, t.requests);
              return (
                <tr key={i}>
                  <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left font-medium text-slate-900">
                    {t.name}
                  </th>
                  <td className={TD}>{t.requests.toLocaleString('en-US')}</td>
                  <td className={TD}>{t.failures.toLocaleString('en-US')}</td>
                  <td className={`${TD} ${rate ? 'text-bad' : ''}`}>{failurePercentText(rate)}</td>
                  <td className={TD}>{msCell(t.medianMs)}</td>
                  <td className={TD}>{msCell(t.avgMs)}</td>
                  <td className={TD}>{msCell(t.minMs)}</td>
                  <td className={TD}>{msCell(t.maxMs)}</td>
                  {keys.map((k) => (
                    <td key={k} className={TD}>
                      {msCell(t.percentiles[k])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
