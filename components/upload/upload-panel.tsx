import type { ReactNode } from 'react';

/** A white panel with a header line, its body flush with the edges (for tables). */
export function UploadPanel({ title, aside, children }: { title: ReactNode; aside?: ReactNode; children: ReactNode }) {
  return (
    <section className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <header
        className={[
          'flex flex-wrap items-center justify-between gap-x-4',
          'gap-y-1 border-b border-slate-200 px-4 py-3',
        ].join(' ')}
      >
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        {aside && <div className="text-sm text-slate-600">{aside}</div>}
      </header>
      {children}
    </section>
  );
}
