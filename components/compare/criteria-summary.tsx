import type { OutOfScopeLine } from '@/lib/domain/report/criteria-lines';
import type { MeetingSet, MissedCriterion } from '@/lib/domain/report/meeting-verdict';
import type { VerdictName } from '@/lib/domain/criteria/types';

export const VERDICT_MARK: Record<VerdictName, string> = {
  GO: 'bg-ok text-white',
  CONDITIONAL: 'bg-warn text-white',
  'NO-GO': 'bg-bad text-white',
};

const SET_MARK = 'inline-flex shrink-0 rounded px-1.5 py-0.5 text-xs font-bold tracking-wide';

function Drivers({ m }: { m: MissedCriterion }) {
  if (m.repeatsDrivers) return <span className="text-slate-600"> — the same endpoints</span>;
  if (m.driversNote) return <span className="text-slate-500"> — {m.driversNote}</span>;
  if (!m.drivers || m.drivers.length === 0) return null;
  return (
    <span className="text-slate-700" data-testid="drivers">
      {' — '}
      {m.drivers.map((d, i) => (
        <span key={d.label}>
          {i > 0 && ', '}
          <span className="font-mono text-[12px] text-slate-800">{d.label}</span>{' '}
          <span className="num">{d.figure}</span>
        </span>
      ))}
      {m.moreDrivers > 0 && ` and ${m.moreDrivers} more`}
    </span>
  );
}

/**
 * Each criteria set's GO / CONDITIONAL / NO-GO on the judged run, with the criteria it misses and the
 * endpoints that drive each miss (the full tables: `detailsHref`, further down or on the project page).
 */
export function CriteriaSummary({
  sets,
  outOfScope = [],
  runName,
  detailsHref,
}: {
  sets: MeetingSet[];
  outOfScope?: OutOfScopeLine[];
  runName: string;
  detailsHref: string | null;
}) {
  return (
    <div aria-label={`Success criteria on ${runName}`} role="group" data-testid="criteria-verdicts" className="mt-2">
      <ul className="space-y-1.5">
        {sets.map((s) => (
          <li key={s.setId ?? s.name} className="text-sm" data-verdict={s.verdict} data-set={s.name}>
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className={`${SET_MARK} ${VERDICT_MARK[s.verdict]}`}>{s.verdict}</span>
              <span className="font-medium text-slate-900">{s.name}</span>
              <span className="text-slate-500">
                {s.met} of {s.total} met
              </span>
            </div>
            {s.missed.length > 0 && (
              <ul className="mt-0.5 space-y-0.5 pl-1 text-[13px] leading-snug sm:pl-3">
                {s.missed.map((m) => (
                  <li key={m.line} className="min-w-0 break-words" data-testid="missed-criterion">
                    <span aria-hidden className="mr-1 text-bad">
                      ✗
                    </span>
                    <span className="font-medium text-slate-900">{m.text}</span>
                    {m.severity === 'should' && <span className="ml-1 text-xs text-slate-500">(should)</span>}
                    <Drivers m={m} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {/* Sets whose scope (appliesTo) leaves the target out: said, never silently missing. */}
        {outOfScope.map((o) => (
          <li
            key={o.setId ?? o.name}
            className="flex flex-wrap items-baseline gap-x-2 text-sm"
            data-testid="criteria-out-of-scope"
            data-set={o.name}
          >
            <span className={`${SET_MARK} bg-slate-200 text-slate-700`}>NOT JUDGED</span>
            <span className="min-w-0 text-slate-700">{o.reason}</span>
          </li>
        ))}
      </ul>
      {detailsHref && (
        <a href={detailsHref} className="mt-1.5 inline-block text-xs text-brand-700 hover:underline" data-print-hide>
          {detailsHref.startsWith('#') ? 'Criteria tables ↓' : 'Criteria tables on the project page →'}
        </a>
      )}
    </div>
  );
}
