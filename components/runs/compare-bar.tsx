import Link from 'next/link';
import { compareHref } from './runs-href';

/** "Compare selected": enabled from two runs on; the runs are compared in the order they were ticked. */
export function CompareBar({ selected, onClear }: { selected: string[]; onClear: () => void }) {
  const ready = selected.length >= 2;
  const button = 'inline-flex items-center justify-center rounded-lg px-3.5 py-2 text-sm font-medium';
  return (
    <div className="flex flex-wrap items-center justify-end gap-3" aria-live="polite">
      <p className="text-sm text-slate-600">
        {selected.length === 0 && 'Tick two or more runs to compare them.'}
        {selected.length === 1 && 'One run selected: tick at least one more.'}
        {ready && (
          <>
            <span className="font-medium text-slate-900">{selected.length} runs selected</span>
            <span className="text-slate-500"> · the first ticked is the baseline</span>
          </>
        )}
      </p>
      {selected.length > 0 && (
        <button
          type="button"
          onClick={onClear}
          className={[
            'cursor-pointer rounded-lg px-2.5 py-2 text-sm font-medium',
            'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
          ].join(' ')}
        >
          Clear
        </button>
      )}
      {ready ? (
        <Link href={compareHref(selected)} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>
          Compare selected
        </Link>
      ) : (
        <span role="link" aria-disabled="true" className={`${button} cursor-not-allowed bg-slate-200 text-slate-500`}>
          Compare selected
        </span>
      )}
    </div>
  );
}
