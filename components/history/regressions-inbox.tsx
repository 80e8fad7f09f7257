// The Regressions inbox's list: each change point as a sentence (the answer), then its evidence (the runs
// around it, what changed between them, its p-value), the decision and the actions.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { InboxItem } from '@/lib/view/history/inbox';
import { ChangePointActions } from './change-point-actions';

const STATUS_WORDS = { open: 'Open', acknowledged: 'Acknowledged', dismissed: 'Dismissed' } as const;

export function RegressionsList({ items, editable }: { items: InboxItem[]; editable: boolean }) {
  return (
    <ul className="space-y-4" aria-label="Change points">
      {items.map((item) => (
        <li
          key={item.id}
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          data-testid="change-point"
        >
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={item.tone === 'neutral' ? 'neutral' : item.tone}>
              {item.kind === 'regression' ? 'Regression' : 'Improvement'}
            </Badge>
            <Badge>{STATUS_WORDS[item.status]}</Badge>
            <span className="text-xs text-slate-500">
              {item.users} · {item.evidence}
            </span>
          </div>
          <p className="mt-2 font-medium break-words text-slate-900">{item.sentence}</p>
          <p className="mt-1 text-sm break-words text-slate-600">
            {item.runs}.{' '}
            <Link href={item.trendHref} className="text-brand-700 underline">
              See the trend
            </Link>
          </p>
          {item.changes.length > 0 && (
            <ul className="mt-1 list-inside list-disc text-sm break-words text-slate-600" aria-label="What changed">
              {item.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
          {item.decision && (
            <p className="mt-2 text-sm text-slate-700">
              {item.decision}
              {item.note ? `: ${item.note}` : '.'}
            </p>
          )}
          {editable && (
            <div className="mt-3 border-t border-slate-100 pt-3">
              <ChangePointActions id={item.id} status={item.status} note={item.note} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
