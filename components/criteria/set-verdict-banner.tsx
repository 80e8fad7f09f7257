// A set's verdict on one run: GO / CONDITIONAL / NO-GO, in a sentence, with the blockers listed.
import type { Criterion, Verdict } from '@/lib/domain/criteria/types';
import { blockers, verdictHeadline } from '@/lib/view/criteria/verdict-words';
import { VERDICT_TONES } from '@/lib/view/criteria/verdict-matrix';
import { VerdictBadge } from './verdict-badge';

const BOX = {
  ok: 'border-green-200 bg-green-50',
  warn: 'border-amber-200 bg-amber-50',
  bad: 'border-red-200 bg-red-50',
} as const;

export function SetVerdictBanner({
  criteria,
  verdict,
  runLabel,
}: {
  criteria: Criterion[];
  verdict: Verdict;
  runLabel: string;
}) {
  const list = blockers(criteria, verdict);
  return (
    <div
      className={`rounded-lg border px-4 py-3 ${BOX[VERDICT_TONES[verdict.verdict]]}`}
      data-verdict={verdict.verdict}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <VerdictBadge verdict={verdict.verdict} size="lg" />
        <p className="text-sm font-semibold text-slate-900">
          on {runLabel}: {verdictHeadline(criteria, verdict)}
        </p>
      </div>
      {list.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-sm text-slate-800">
          {list.map((b, i) => (
            <li key={i} className="flex gap-1.5">
              <span aria-hidden className={b.severity === 'must' ? 'text-bad' : 'text-warn'}>
                {b.evaluable ? '✗' : '?'}
              </span>
              <span>
                {b.text}
                {b.severity === 'should' && <span className="text-slate-500"> (should)</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
