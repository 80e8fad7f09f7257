// "Whole run | Steady state": which window the page's figures cover (search param `window`), with the
// load notes that decide it — a ramp that is a large part of the run, a latency ceiling — shown as-is.
import Link from 'next/link';

const WINDOWS = [
  { window: 'whole', label: 'Whole run', hint: 'every request of the run, ramp-up and ramp-down included' },
  {
    window: 'steady',
    label: 'Steady state',
    hint:
      'the peak load only, from 10 s after the ramp-up to the ramp-down: counts exact,' +
      ' percentiles approximate (medians of ~10 s windows)',
  },
] as const;

const GROUP = 'inline-flex rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm';
const ITEM = 'rounded-md px-3 py-1.5 text-sm font-medium';
const [ON, OFF] = ['bg-brand-600 text-white', 'text-slate-700 hover:bg-slate-100'];

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
  const said = unavailable === null || notes.some((n) => n.includes(unavailable));
  const why = !said && window !== 'steady' ? ` Steady state: ${unavailable}.` : '';
  return (
    <section aria-label="Figures over" className="space-y-2" data-testid="window-switch">
      {!hideSwitch && (
        <div className="flex flex-wrap items-center gap-3">
          <div role="group" aria-label="Figures over" className={GROUP}>
            {WINDOWS.map((w) =>
              w.window === 'steady' && unavailable !== null && window !== 'steady' ? (
                <span key={w.window} title={unavailable} className={`${ITEM} cursor-not-allowed text-slate-400`}>
                  {w.label}
                </span>
              ) : (
                <Link
                  key={w.window}
                  href={hrefs[w.window]}
                  aria-current={w.window === window ? 'page' : undefined}
                  scroll={false}
                  className={`${ITEM} ${w.window === window ? ON : OFF}`}
                >
                  {w.label}
                </Link>
              ),
            )}
          </div>
          <p className="text-xs text-slate-500">
            {current.label}: {current.hint}.{why}
          </p>
        </div>
      )}
      {notes.length > 0 && (
        <ul className="space-y-1 rounded-lg border border-amber-200 bg-amber-50/70 px-3 py-2 text-sm text-amber-900">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
