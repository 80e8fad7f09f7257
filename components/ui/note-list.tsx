import type { ReactNode } from 'react';

/** Notes worth knowing: one discreet line (title + the first note), expandable to the full list. */
export function NoteList({ notes, title, className = '' }: { notes: string[]; title: ReactNode; className?: string }) {
  if (notes.length === 0) return null;
  return (
    <details
      className={[
        'group rounded-lg border border-amber-200 bg-amber-50/70 px-3 py-2 text-sm text-amber-900',
        className,
      ].join(' ')}
    >
      <summary
        className={[
          'flex cursor-pointer list-none items-center gap-1.5 select-none',
          'marker:hidden [&::-webkit-details-marker]:hidden',
        ].join(' ')}
      >
        <span aria-hidden className="inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        <span className="shrink-0 font-medium">{title}</span>
        <span className="min-w-0 truncate text-amber-800 group-open:hidden">— {notes[0]}</span>
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-amber-900">
        {notes.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </details>
  );
}
