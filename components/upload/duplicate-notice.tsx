'use client';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { describeStored, duplicateLead } from '@/lib/view/upload/duplicate-words';
import type { PreviewRun } from '@/lib/view/upload/preview-model';
import type { DuplicateCheck } from './use-duplicate-check';

interface Props {
  runs: PreviewRun[];
  labels: string[];
  check: DuplicateCheck;
}

/** Runs of the selection already stored with the same files: open the stored run, or store anyway. */
export function DuplicateNotice({ runs, labels, check }: Props) {
  const { byRun, storeAnyway, setStoreAnyway: onStoreAnyway } = check;
  const found = runs.flatMap((run, i) =>
    byRun[run.key] ? [{ run, label: labels[i] ?? run.label, stored: byRun[run.key]! }] : [],
  );
  if (found.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="duplicate-notice"
      className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 shadow-sm"
    >
      <h3 className="font-semibold text-warn">
        {found.length === 1 && runs.length === 1 ? 'Stored already' : 'Some of these runs are stored already'}
      </h3>
      <ul className="mt-1 space-y-1">
        {found.map(({ run, label, stored }) => (
          <li key={run.key}>
            {duplicateLead(runs.length === 1 ? null : label)}{' '}
            {stored.map((d, i) => (
              <span key={d.id}>
                {i > 0 && (i === stored.length - 1 ? ' and ' : ', ')}
                {describeStored(d)}:{' '}
                <Link href={d.url} className="hover:text-brand-800 font-medium text-brand-700 underline">
                  open it
                </Link>
              </span>
            ))}
            .
          </li>
        ))}
      </ul>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {storeAnyway ? (
          <>
            <span>
              {found.length === 1
                ? 'Saving stores it again as a new run; the stored one stays.'
                : 'Saving stores them again as new runs; the stored ones stay.'}
            </span>
            <button type="button" onClick={() => onStoreAnyway(false)} className="cursor-pointer font-medium underline">
              Undo
            </button>
          </>
        ) : (
          <Button type="button" variant="secondary" onClick={() => onStoreAnyway(true)}>
            Store anyway
          </Button>
        )}
      </div>
    </div>
  );
}
