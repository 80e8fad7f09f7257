'use client';
import { useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { formatCount } from '@/lib/domain/format/format';
import { fromWire, type Wire } from '@/lib/domain/charts/wire';
import type { FailureEntry } from '@/lib/domain/locust/types';
import { formatUtc, plural } from '@/lib/domain/format/cells';

const TH =
  'sticky top-0 z-10 border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase ' +
  'tracking-wide text-slate-600';
const TD = 'border-b border-slate-100 px-3 py-2 align-top';
/** Rows shown before "Show all" (the most frequent first). */
const LIMIT = 100;

/** `failures` as one JSON string (lib/domain/charts/wire.ts): a big run has hundreds of long messages. */
export function FailuresTable({ failures: wire }: { failures: Wire<FailureEntry[]> }) {
  const failures = useMemo(() => fromWire(wire), [wire]);
  const occurrences = failures.reduce((n, f) => n + f.occurrences, 0);
  const seen = failures.some((f) => f.firstSeen || f.lastSeen);
  const [showAll, setShowAll] = useState(false);
  const sorted = useMemo(() => [...failures].sort((a, b) => b.occurrences - a.occurrences), [failures]);
  const shown = showAll ? sorted : sorted.slice(0, LIMIT);
  return (
    <Card
      title={
        failures.length === 0
          ? 'Failures'
          : `Failures (${plural(failures.length, 'kind')}, ${plural(occurrences, 'occurrence')})`
      }
    >
      {failures.length === 0 ? (
        <p className="text-sm text-slate-500">No failures recorded.</p>
      ) : (
        <div
          className="max-h-[480px] overflow-auto rounded-lg border border-slate-200"
          role="region"
          aria-label="Failures"
          tabIndex={0}
        >
          {/* At least 34rem: on phones the table scrolls in its box instead of breaking paths letter by letter. */}
          <table className="w-full min-w-[34rem] border-separate border-spacing-0 text-sm">
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  Request
                </th>
                <th scope="col" className={TH}>
                  Error
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Count
                </th>
                {seen && (
                  <th scope="col" className={TH}>
                    First / last seen
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((f, i) => (
                <tr key={i}>
                  <td className={`${TD} w-[32%] [overflow-wrap:anywhere]`}>
                    {f.method && <span className="mr-1.5 font-mono text-xs text-slate-500">{f.method}</span>}
                    <span className="text-slate-900">{f.name}</span>
                  </td>
                  <td className={`${TD} font-mono text-xs [overflow-wrap:anywhere] text-bad`}>{f.error}</td>
                  <td className={`${TD} num text-right font-medium`}>{formatCount(f.occurrences)}</td>
                  {seen && (
                    <td className={`${TD} text-xs whitespace-nowrap text-slate-600`}>
                      {formatUtc(f.firstSeen)}
                      <br />
                      {formatUtc(f.lastSeen)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length < sorted.length && (
            <div className="sticky left-0 border-t border-slate-100 bg-slate-50 px-3 py-2 text-sm text-slate-600">
              The {LIMIT} most frequent of {plural(sorted.length, 'kind')}.{' '}
              <button
                type="button"
                onClick={() => setShowAll(true)}
                className="font-medium text-brand-600 hover:text-brand-700"
              >
                Show all
              </button>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
