// A set's criteria on one run: Metric | Scope | Current | Target | Met, each evaluation reason small
// under its row (the hand-written report's "SUCCESS CRITERIA FOR RETEST" table, evaluated).
import { Fragment } from 'react';
import { Badge } from '@/components/ui/badge';
import type { Criterion, Verdict } from '@/lib/domain/criteria/types';
import { formatCurrent, formatReason, formatTarget, metState } from '@/lib/view/criteria/format';
import { metricLabel, scopeLabel } from '@/lib/view/criteria/metrics';
import { MetMark } from './verdict-badge';

/** `verdict.results[i]` is the result of `criteria[i]`; null verdict: not evaluated (no run). */
export function CriteriaResultsTable({ criteria, verdict }: { criteria: Criterion[]; verdict: Verdict | null }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] table-fixed text-sm">
        <colgroup>
          <col className="w-[24%]" />
          <col className="w-[32%]" />
          <col className="w-[14%]" />
          <col className="w-[20%]" />
          <col className="w-[10%]" />
        </colgroup>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
            <th scope="col" className="py-2 pr-4 font-medium">
              Metric
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Scope
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Current
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Target
            </th>
            <th scope="col" className="py-2 text-center font-medium">
              Met
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => {
            const r = verdict?.results[i];
            const reason = formatReason(c, r?.reason);
            const line = reason ? '' : 'border-b border-slate-100';
            return (
              <Fragment key={i}>
                <tr className={`align-top ${line}`}>
                  <td className="pt-2 pr-4 pb-2">
                    <span className="font-medium text-slate-800">{metricLabel(c.metric)}</span>
                    {c.relative === 'baseline' && (
                      <span className="ml-1 text-xs text-slate-500">change vs baseline</span>
                    )}
                    {c.severity === 'should' && (
                      <span className="ml-1.5">
                        <Badge>should</Badge>
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    <span className="break-all text-slate-700">{scopeLabel(c.scope)}</span>
                    {c.minRequests !== undefined && (
                      <span className="block text-xs text-slate-500">
                        judged from {c.minRequests.toLocaleString('en-US')} requests
                      </span>
                    )}
                  </td>
                  <td className="num py-2 pr-4 text-right text-slate-900">{r ? formatCurrent(c, r.current) : '—'}</td>
                  <td className="num py-2 pr-4 whitespace-nowrap text-slate-700">{formatTarget(c)}</td>
                  <td className="py-2 text-center">{r ? <MetMark state={metState(r)} long /> : '—'}</td>
                </tr>
                {reason && (
                  <tr className="border-b border-slate-100">
                    <td colSpan={5} className="pb-2 text-xs text-slate-500">
                      {reason}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
