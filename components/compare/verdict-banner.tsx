import type { Verdict } from '@/lib/compare-view/verdict';

const STYLE = {
  critical: { box: 'border-red-200 bg-red-50', mark: 'bg-bad text-white', word: 'Critical', title: 'text-red-950' },
  warning: { box: 'border-amber-200 bg-amber-50', mark: 'bg-warn text-white', word: 'Warning', title: 'text-amber-950' },
  ok: { box: 'border-green-200 bg-green-50', mark: 'bg-ok text-white', word: 'OK', title: 'text-green-950' },
  improved: { box: 'border-green-200 bg-green-50', mark: 'bg-ok text-white', word: 'Improved', title: 'text-green-950' },
  inconclusive: { box: 'border-slate-200 bg-slate-50', mark: 'bg-slate-600 text-white', word: 'Inconclusive', title: 'text-slate-950' },
} as const;

/** The answer first: the target against the baseline, in sentences a review meeting can read. */
export function VerdictBanner({ verdict, otherRuns, noun = 'run' }: { verdict: Verdict; otherRuns: number; noun?: 'run' | 'step' }) {
  const s = STYLE[verdict.status];
  return (
    <section aria-labelledby="verdict-title" className={`rounded-xl border px-5 py-4 shadow-sm ${s.box}`} data-status={verdict.status}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-bold uppercase tracking-wide ${s.mark}`}>{s.word}</span>
        <h2 id="verdict-title" className={`text-sm font-semibold ${s.title}`}>{verdict.title}</h2>
      </div>
      <p className="mt-2 text-xl font-semibold leading-snug tracking-tight text-slate-900" data-testid="verdict-headline">{verdict.headline}</p>
      <ul className="mt-2 space-y-0.5 text-sm text-slate-700">
        {verdict.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {otherRuns > 0 && (
        <p className="mt-2 text-xs text-slate-500">
          Changes compare {verdict.targetName} (the target) with the baseline {verdict.baselineName}; the {otherRuns === 1 ? `other ${noun} appears` : `other ${otherRuns} ${noun}s appear`} in the tables, charts and heatmap below.
        </p>
      )}
    </section>
  );
}
