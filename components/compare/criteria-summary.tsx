import type { CriteriaLine, OutOfScopeLine } from '@/lib/compare-view/criteria';
import type { VerdictName } from '@/lib/criteria/types';

const MARK: Record<VerdictName, string> = { GO: 'bg-ok text-white', CONDITIONAL: 'bg-warn text-white', 'NO-GO': 'bg-bad text-white' };

/**
 * The absolute levels, right under the verdict: each criteria set's GO / CONDITIONAL / NO-GO on the target
 * run, with the criteria it misses (the full tables are further down, `#retest-plan`). Without sets, one
 * quiet line saying that only changes are judged.
 */
export function CriteriaSummary({ lines, outOfScope = [], targetName, hasProject, detailsHref }: {
  lines: CriteriaLine[]; outOfScope?: OutOfScopeLine[]; targetName: string; hasProject: boolean; detailsHref: string | null;
}) {
  if (lines.length === 0 && outOfScope.length === 0) {
    if (!hasProject) return null;
    return (
      <p className="text-xs text-slate-500" data-testid="criteria-none">
        No success criteria on this project: the comparison judges changes only, not whether {targetName} is good enough.
      </p>
    );
  }
  return (
    <section aria-label={`Success criteria on ${targetName}`} data-testid="criteria-verdicts" className="rounded-xl border border-slate-200 bg-white px-4 py-2.5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Success criteria on {targetName}</h2>
        {detailsHref && <a href={detailsHref} className="text-xs text-brand-700 hover:underline" data-print-hide>Details ↓</a>}
      </div>
      <ul className="mt-1 space-y-1">
        {lines.map((l) => (
          <li key={l.setId ?? l.name} className="flex flex-wrap items-baseline gap-x-2 text-sm" data-verdict={l.verdict} data-set={l.name}>
            <span className={`inline-flex shrink-0 rounded px-1.5 py-0.5 text-xs font-bold tracking-wide ${MARK[l.verdict]}`}>{l.verdict}</span>
            <span className="font-medium text-slate-900">{l.name}</span>
            <span className="text-slate-500">{l.met} of {l.total} met</span>
            {l.missed.length > 0 && <span className="min-w-0 text-slate-700">· {l.missed.join(' · ')}</span>}
          </li>
        ))}
        {/* Sets whose scope (appliesTo) leaves the target out: said, never silently missing. */}
        {outOfScope.map((o) => (
          <li key={o.setId ?? o.name} className="flex flex-wrap items-baseline gap-x-2 text-sm" data-testid="criteria-out-of-scope" data-set={o.name}>
            <span className="inline-flex shrink-0 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-bold tracking-wide text-slate-700">NOT JUDGED</span>
            <span className="min-w-0 text-slate-700">{o.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
