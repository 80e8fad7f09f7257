// Under the trend chart, in words: each change point of the series (its sentence, status, first run, what
// changed between the runs around it) and each era with the reason it starts.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { ChangePointView } from '@/lib/domain/history/change-point-view';
import type { Era } from '@/lib/domain/history/eras';
import { changeSentence, isRegression } from '@/lib/domain/history/regression';
import { metadataLine, pValueWords } from '@/lib/view/history/inbox';

interface Props {
  eras: Era[];
  changePoints: ChangePointView[];
  /** Label of each run of the series, by id. */
  labels: Map<string, string>;
}

const STATUS_TONE = { open: 'warn', acknowledged: 'neutral', dismissed: 'neutral' } as const;

export function TrendNotes({ eras, changePoints, labels }: Props) {
  const sorted = [...changePoints].sort((a, b) => (a.detectedAt < b.detectedAt ? 1 : -1));
  return (
    <div className="grid gap-4 text-sm md:grid-cols-2">
      <div>
        <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Change points</h3>
        {sorted.length === 0 ? (
          <p className="text-slate-600">None found in this series.</p>
        ) : (
          <ul className="space-y-2" data-testid="trend-change-points">
            {sorted.map((c) => (
              <li key={c.id} className="space-y-0.5">
                <div className="flex items-baseline gap-2">
                  <span
                    aria-hidden
                    className={`shrink-0 ${isRegression(c.metric, c.magnitude) ? 'text-bad' : 'text-ok'}`}
                  >
                    {isRegression(c.metric, c.magnitude) ? '▲' : '▼'}
                  </span>
                  <span className="min-w-0 break-words">
                    <span className="font-medium text-slate-800">{changeSentence(c)}</span>{' '}
                    <Badge tone={STATUS_TONE[c.status]}>{c.status}</Badge>
                  </span>
                </div>
                <p className="pl-5 text-slate-600">
                  From{' '}
                  <Link
                    href={`/runs/${encodeURIComponent(c.runId)}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {labels.get(c.runId) ?? c.runId}
                  </Link>
                  {c.metadataChanges.map((m) => ` · ${metadataLine(m)}`).join('')} · {pValueWords(c.pValue)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Eras</h3>
        <ol className="space-y-1" data-testid="trend-eras">
          {eras.map((e) => (
            <li key={e.id} className="break-words text-slate-700">
              <span className="font-medium">Era {e.id}</span> from {labels.get(e.startRunId) ?? e.startRunId}:{' '}
              {e.reason}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
