import { Badge } from '@/components/ui/badge';
import type { Status } from '@/lib/analysis/types';

const TONE = { improved: 'ok', ok: 'neutral', warning: 'warn', critical: 'bad', inconclusive: 'neutral' } as const;
const TEXT: Record<Status, string> = { improved: 'Improved', ok: 'OK', warning: 'Warning', critical: 'Critical', inconclusive: 'Inconclusive' };
const MARK: Record<Status, string> = { improved: '↑', ok: '✓', warning: '!', critical: '✕', inconclusive: '?' };

/** ok / warning / critical, with the reason as its tooltip. */
export function StatusBadge({ status, reason }: { status: Status; reason?: string }) {
  return (
    <span title={reason} className="inline-flex">
      <Badge tone={TONE[status]}>
        <span aria-hidden className="mr-1">{MARK[status]}</span>
        {TEXT[status]}
      </Badge>
    </span>
  );
}

export const TONE_TEXT = { worse: 'text-bad', better: 'text-ok', same: 'text-slate-600', none: 'text-slate-400' } as const;
