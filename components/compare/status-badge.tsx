import type { Status } from '@/lib/domain/analysis/types';
import type { GrowthTone } from '@/lib/view/present/endpoint-changes';

/** Five statuses, five looks: improved (solid green, ↑) is not OK (unchanged, light green), and inconclusive
 *  (grey, dashed: the data cannot decide) is neither good nor bad. */
const STYLE: Record<Status, string> = {
  improved: 'bg-ok text-white',
  ok: 'bg-green-50 text-ok',
  inconclusive: 'border border-dashed border-slate-400 bg-slate-50 text-slate-600',
  warning: 'bg-amber-50 text-warn',
  critical: 'bg-red-50 text-bad',
};
export const STATUS_TEXT: Record<Status, string> = {
  improved: 'Improved',
  ok: 'OK',
  warning: 'Warning',
  critical: 'Critical',
  inconclusive: 'Inconclusive',
};
const MARK: Record<Status, string> = { improved: '↑', ok: '✓', warning: '!', critical: '✕', inconclusive: '?' };

/** The status word with its mark; the reason is its tooltip (pages also print the reason beside it). */
export function StatusBadge({ status, reason }: { status: Status; reason?: string }) {
  return (
    <span
      title={reason}
      data-status={status}
      className={[
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        STYLE[status],
      ].join(' ')}
    >
      <span aria-hidden className="mr-1">
        {MARK[status]}
      </span>
      {STATUS_TEXT[status]}
    </span>
  );
}

export const TONE_TEXT = {
  worse: 'text-bad',
  better: 'text-ok',
  same: 'text-slate-600',
  none: 'text-slate-400',
} as const;

/** Text colour of a growth (lib/view/present/endpoint-changes GrowthTone): grew red, fell green. */
export const GROWTH_TEXT = {
  bad: 'text-bad',
  ok: 'text-ok',
  neutral: 'text-slate-600',
} as const satisfies Record<GrowthTone, string>;
