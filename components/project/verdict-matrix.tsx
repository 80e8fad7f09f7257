// "Verdicts over time": criteria sets by runs (oldest -> newest), GO / CONDITIONAL / NO-GO per run,
// and under each set which criterion was met at which run. Headers and cells select a run (?run=ID).
import Link from 'next/link';
import { MetMark, VerdictBadge } from '@/components/criteria/verdict-badge';
import { formatUsers } from '@/lib/compare-view/format';
import type { VerdictMatrix as Matrix } from '@/lib/criteria-view/verdict-matrix';

const runHref = (runId: string, anchor = '') => `?run=${encodeURIComponent(runId)}${anchor}`;

/** `prefetch={false}` on shared links: every load of one counts a view. */
export function VerdictMatrix({ matrix, selectedRunId, prefetch = true }: { matrix: Matrix; selectedRunId: string | null; prefetch?: boolean }) {
  const selected = (runId: string) => (runId === selectedRunId ? 'bg-brand-50/70' : '');
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-0 text-sm">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-48 border-b sm:min-w-64 border-slate-200 bg-white py-2 pr-4 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              Criteria set
            </th>
            {matrix.columns.map((col) => (
              <th key={col.runId} scope="col" className={`border-b border-slate-200 px-3 py-2 text-center align-bottom font-medium ${selected(col.runId)}`} aria-current={col.runId === selectedRunId ? 'true' : undefined}>
                <Link href={runHref(col.runId)} scroll={false} prefetch={prefetch ? undefined : false} className="block text-slate-800 hover:text-brand-700 hover:underline">{col.label}</Link>
                <span className="block text-xs font-normal text-slate-500">{formatUsers(col.userCount)}</span>
              </th>
            ))}
          </tr>
        </thead>
        {matrix.rows.map((row) => (
          <tbody key={row.setId}>
            <tr>
              <th scope="row" className="sticky left-0 z-10 border-t border-slate-200 bg-white py-2 pr-4 text-left font-semibold text-slate-900">
                <a href={`#set-${row.setId}`} className="hover:text-brand-700 hover:underline">{row.name}</a>
              </th>
              {row.verdicts.map((v, i) => {
                const runId = matrix.columns[i]!.runId;
                return (
                  <td key={runId} className={`border-t border-slate-200 px-3 py-2 text-center ${selected(runId)}`}>
                    {v ? (
                      <Link href={runHref(runId, `#set-${row.setId}`)} prefetch={prefetch ? undefined : false} aria-label={`${row.name} on ${matrix.columns[i]!.label}: ${v}`}>
                        <VerdictBadge verdict={v} />
                      </Link>
                    ) : '—'}
                  </td>
                );
              })}
            </tr>
            {row.criteria.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="sticky left-0 z-10 bg-white py-1 pl-4 pr-4 text-left text-xs font-normal text-slate-600">
                  {c.text}
                  {c.severity === 'should' && <span className="ml-1 text-slate-400">(should)</span>}
                </th>
                {c.cells.map((state, i) => (
                  <td key={matrix.columns[i]!.runId} className={`px-3 py-1 text-center text-xs ${selected(matrix.columns[i]!.runId)}`}>
                    <MetMark state={state} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
