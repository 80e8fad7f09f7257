import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { ResultLine } from '@/lib/view/roadmap/criterion-text';
import type { RunLink, VerificationBadge as Verification } from '@/lib/view/roadmap/item-display';
import { ResultList } from './result-list';
import { useRunLinks } from './run-links';

function RunName({ run }: { run: RunLink }) {
  if (!useRunLinks()) return <span className="font-medium">{run.label}</span>;
  return (
    <Link href={run.href} className="underline decoration-current/40 underline-offset-2 hover:decoration-current">
      {run.label}
    </Link>
  );
}

/**
 * What the project's runs say about an item: verified by a run (green), broken again (red), not met yet
 * (amber, its results a click away), awaiting a run (neutral).
 */
export function VerificationBadge({ badge, results }: { badge: Verification; results: ResultLine[] }) {
  switch (badge.kind) {
    case 'verified':
      return (
        <Badge tone="ok">
          <span>
            <span aria-hidden className="mr-1">
              ✓
            </span>
            Verified by <RunName run={badge.by} />
          </span>
        </Badge>
      );
    case 'regressed':
      return (
        <Badge tone="bad">
          <span>
            <span aria-hidden className="mr-1">
              ✕
            </span>
            Broken again by <RunName run={badge.brokenBy} /> (verified by <RunName run={badge.verifiedBy} /> before)
          </span>
        </Badge>
      );
    case 'awaiting-run':
      return (
        <span title="No run of the project is judged on every linked criterion yet">
          <Badge>Awaiting a run</Badge>
        </span>
      );
    case 'not-met':
      return (
        <details className="group relative inline-block">
          <summary
            className={[
              'inline-flex cursor-pointer list-none items-center gap-1 rounded-full bg-amber-50 px-2',
              'py-0.5 text-xs font-medium text-warn focus-visible:ring-2 focus-visible:ring-amber-400',
              'focus-visible:outline-none [&::-webkit-details-marker]:hidden',
            ].join(' ')}
            title={results.map((r) => r.text).join('\n')}
          >
            Not met yet
            <span aria-hidden className="transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div
            className={[
              'absolute left-0 z-10 mt-1 w-80 max-w-[calc(100vw-3rem)] rounded-lg',
              'border border-slate-200 bg-white p-3 text-left shadow-lg',
            ].join(' ')}
          >
            <p className="mb-1.5 text-xs font-medium text-slate-500">On the latest run judged (by start time)</p>
            <ResultList lines={results} />
          </div>
        </details>
      );
  }
}
