// A set's scope in words ("Applies to: 100 users, tag release") and, on a run outside it, why the set
// gives no verdict there — never a silent absence.
import { appliesToWords, normaliseAppliesTo } from '@/lib/domain/criteria/applies-to';
import type { AppliesTo } from '@/lib/domain/criteria/types';

/** "100 users, tag release"; nothing for a set that judges every run. */
export function AppliesToText({ appliesTo }: { appliesTo: AppliesTo | null | undefined }) {
  if (!normaliseAppliesTo(appliesTo)) return null;
  return <span data-testid="applies-to">{appliesToWords(appliesTo)}</span>;
}

const BOX = 'rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700';
const MARK = 'mr-2 inline-flex rounded bg-slate-200 px-1.5 py-0.5 text-xs font-bold tracking-wide text-slate-700';

/** "Not judged — Production @100 users applies to 100-user runs; this run has 50 users". */
export function OutOfScopeNote({ reason, className = '' }: { reason: string; className?: string }) {
  return (
    <p className={`${BOX} ${className}`} data-testid="out-of-scope" data-verdict="none">
      <span className={MARK}>NOT JUDGED</span>
      {reason}.
    </p>
  );
}
