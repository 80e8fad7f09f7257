import { Card } from '@/components/ui/card';
import { formatCount } from '@/lib/domain/format/format';
import type { ExceptionEntry } from '@/lib/domain/locust/types';
import { plural } from '@/lib/domain/format/cells';

export function ExceptionsTable({ exceptions }: { exceptions: ExceptionEntry[] }) {
  const total = exceptions.reduce((n, e) => n + e.count, 0);
  return (
    <Card
      title={
        exceptions.length === 0
          ? 'Exceptions'
          : `Exceptions (${plural(exceptions.length, 'kind')}, ${formatCount(total)} raised)`
      }
    >
      {exceptions.length === 0 ? (
        <p className="text-sm text-slate-500">No exceptions raised in the locustfile.</p>
      ) : (
        <ul
          className="max-h-[480px] divide-y divide-slate-100 overflow-auto rounded-lg border border-slate-200"
          aria-label="Exceptions"
        >
          {exceptions.map((e, i) => (
            <li key={i} className="space-y-2 px-4 py-3">
              <div className="flex items-start justify-between gap-4">
                <p className="font-mono text-xs [overflow-wrap:anywhere] text-bad">{e.message}</p>
                <span
                  className="num shrink-0 rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-bad"
                  title="Occurrences"
                >
                  ×{formatCount(e.count)}
                </span>
              </div>
              {e.nodes && (
                <p className="text-xs text-slate-500">
                  Nodes: <span className="font-mono">{e.nodes}</span>
                </p>
              )}
              {e.traceback && (
                <details className="group">
                  <summary
                    className={[
                      'cursor-pointer text-xs font-medium text-brand-600',
                      'select-none hover:text-brand-700',
                    ].join(' ')}
                  >
                    <span className="group-open:hidden">Show traceback</span>
                    <span className="hidden group-open:inline">Hide traceback</span>
                  </summary>
                  <pre
                    className={[
                      'mt-2 max-h-72 overflow-auto rounded-md bg-slate-900 p-3',
                      'text-[11px] leading-relaxed text-slate-100',
                    ].join(' ')}
                  >
                    {e.traceback}
                  </pre>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
