// "Whole run | Steady state": which window the page's figures cover (search param `window`), with the
// load notes that decide it — a ramp that is a large part of the run, a latency ceiling — shown as-is.
import Link from 'next/link';

const WINDOWS = [
  { window: 'whole', label: 'Whole run', hint: 'every request of the run, ramp-up and ramp-down included' },
  { window: 'steady', label: 'Steady state', hint: 'the peak load only, from 10 s after the ramp-up to the ramp-down: counts exact, percentiles approximate (medians of ~10 s windows)' },
] as const;

interface Props {
  window: 'whole' | 'steady';
  /** Links that keep the page's other query parameters. */
  hrefs: { whole: string; steady: string };
  /** Sentences shown in full beside the switch (ramp warnings, ceilings), each with whom it concerns. */
  notes?: string[];
  /** Why the steady window is not offered (e.g. a ramp run), or null when it is. */
  unavailable?: string | null;
  /** Only the notes (shared links and load steps have no switch). */
  hideSwitch?: boolean;
}

export function WindowSwitch({ window, hrefs, notes = [], unavailable = null, hideSwitch = false }: Props) {
  const current = WINDOWS.find((w) => w.window === window) ?? WINDOWS[0];
  // Say why the steady state is not offered, unless a note below says it already.
  const why = unavailable !== null && window !== 'steady' && !notes.some((n) => n.includes(unavailable)) ? ` Steady state: ${unavailable}.` : '';
  return (
    <section aria-label="Figures over" className="space-y-2">
      {!hideSwitch && <div className="flex flex-wrap items-center gap-3">
        <div role="group" aria-label="Figures over" className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm">
          {WINDOWS.map((w) => (w.window === 'steady' && unavailable !== null && window !== 'steady' ? (
            <span key={w.window} title={unavailable} className="cursor-not-allowed rounded-md px-3 py-1.5 text-sm font-medium text-slate-400">{w.label}</span>
          ) : (
            <Link
              key={w.window}
              href={hrefs[w.window]}
              aria-current={w.window === window ? 'page' : undefined}
              scroll={false}
              className={`rounded-md px-3 py-1.5 text-sm font-medium ${w.window === window ? 'bg-brand-600 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
            >
              {w.label}
            </Link>
          )))}
        </div>
        <p className="text-xs text-slate-500">{current.label}: {current.hint}.{why}</p>
      </div>}
      {notes.length > 0 && (
        <ul className="space-y-1 rounded-lg border border-amber-200 bg-amber-50/70 px-3 py-2 text-sm text-amber-900">
          {notes.map((n, i) => <li key={i}>{n}</li>)}
        </ul>
      )}
    </section>
  );
}
