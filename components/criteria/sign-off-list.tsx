// Signed-off verdicts, newest first: when, who, which set on which run, what the criteria said and
// what the people decided (with why when they differ).
import Link from 'next/link';
import { formatUtc } from '@/lib/domain/format/cells';
import type { SignOffRecord } from '@/lib/domain/criteria/types';
import { VerdictBadge } from './verdict-badge';

/** `linkRuns` false on shared links (their visitors cannot open run pages). */
export function SignOffList({ records, linkRuns = true }: { records: SignOffRecord[]; linkRuns?: boolean }) {
  if (records.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No sign-offs yet.{linkRuns ? ' Use “Sign off” on a criteria set to record the decision taken on a run.' : ''}
      </p>
    );
  }
  const newestFirst = [...records].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
            <th scope="col" className="py-2 pr-4 font-medium">
              When
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Who
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Criteria set
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Run
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Evaluated → decided
            </th>
            <th scope="col" className="py-2 font-medium">
              Note
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((s) => (
            <tr key={s.id} className="border-b border-slate-100 align-top last:border-0">
              <td className="num py-2 pr-4 whitespace-nowrap text-slate-600">{formatUtc(s.createdAt)}</td>
              <td className="py-2 pr-4 text-slate-800">{s.decidedBy}</td>
              <td className="py-2 pr-4 text-slate-800">
                {s.setName}
                {s.setId === null && <span className="ml-1 text-xs text-slate-500">(deleted)</span>}
              </td>
              <td className="py-2 pr-4">
                {s.runId && linkRuns ? (
                  <Link href={`/runs/${s.runId}`} className="text-brand-700 hover:underline">
                    {s.runLabel}
                  </Link>
                ) : (
                  <span className="text-slate-700">
                    {s.runLabel}
                    {!s.runId && <span className="text-xs text-slate-500"> (deleted)</span>}
                  </span>
                )}
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">
                <span className="inline-flex items-center gap-1.5">
                  <VerdictBadge verdict={s.verdict} />
                  <span aria-hidden className="text-slate-400">
                    →
                  </span>
                  <span className="sr-only">decided</span>
                  <VerdictBadge verdict={s.decision} />
                  {s.decision !== s.verdict && <span className="text-xs font-medium text-warn">overruled</span>}
                </span>
              </td>
              <td className="max-w-md py-2 whitespace-pre-wrap text-slate-700">
                {s.note ?? <span className="text-slate-400">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
