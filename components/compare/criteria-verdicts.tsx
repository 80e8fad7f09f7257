import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { currentText, metricLabel, scopeLabel, targetText } from '@/lib/domain/criteria/describe';
import type { StoredCriteriaSet, Verdict } from '@/lib/domain/criteria/types';

const TONE = { GO: 'ok', CONDITIONAL: 'warn', 'NO-GO': 'bad' } as const;

/** Each criteria set's verdict on one run: the "metric | scope | current | target | met" table
 *  (set names link to the project unless `projectHref` is null). */
export function CriteriaVerdicts({
  verdicts,
  projectHref,
}: {
  verdicts: { set: StoredCriteriaSet; verdict: Verdict }[];
  projectHref: string | null;
}) {
  return (
    <div className="space-y-5">
      {verdicts.map(({ set, verdict }) => (
        <div key={set.id} data-testid="criteria-verdict" data-set={set.name} data-verdict={verdict.verdict}>
          <div className="flex items-center gap-3">
            <h3 className="text-sm font-semibold text-slate-800">
              {projectHref ? (
                <Link href={projectHref} className="hover:underline">
                  {set.name}
                </Link>
              ) : (
                set.name
              )}
            </h3>
            <Badge tone={TONE[verdict.verdict]}>{verdict.verdict}</Badge>
          </div>
          {/* Phones: the table scrolls inside its box, never the page. */}
          <div className="mt-2 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className="text-xs tracking-wide text-slate-500 uppercase">
                <tr>
                  <th className="py-1 pr-3">Metric</th>
                  <th className="pr-3">Scope</th>
                  <th className="pr-3 text-right">Current</th>
                  <th className="pr-3">Target</th>
                  <th>Met</th>
                </tr>
              </thead>
              <tbody>
                {verdict.results.map((r, i) => {
                  const c = set.criteria[i]!;
                  return (
                    <tr key={c.id} className="border-t border-slate-100 align-top">
                      <td className="py-1.5 pr-3 font-medium text-slate-800">
                        {metricLabel(c.metric)}
                        {c.severity === 'should' && <span className="ml-1 text-xs text-slate-500">(should)</span>}
                      </td>
                      <td className="pr-3 font-mono text-xs text-slate-700">{scopeLabel(c.scope)}</td>
                      <td className="pr-3 text-right tabular-nums">{currentText(c, r.current)}</td>
                      <td className="pr-3 text-slate-700">{targetText(c)}</td>
                      <td>
                        <span className={r.met === true ? 'text-ok' : r.met === false ? 'text-bad' : 'text-slate-500'}>
                          {r.met === true ? '✓ met' : r.met === false ? '✗ not met' : 'not evaluable'}
                        </span>
                        {r.reason && <p className="text-xs text-slate-500">{r.reason}</p>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </div>
  );
}
