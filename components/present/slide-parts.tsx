// Building blocks shared by the slides: projector-sized, high contrast (text on white, status in
// solid colour with white type), never smaller than text-base for anything a room must read.
import type { ReactNode } from 'react';
import { RunSwatch } from '@/components/compare/run-swatch';
import type { Status } from '@/lib/domain/analysis/types';
import type { RunInfo } from '@/lib/view/compare/model';
import type { VerdictName } from '@/lib/domain/criteria/types';

const STATUS_MARK: Record<Status, { text: string; className: string }> = {
  critical: { text: 'Critical', className: 'bg-bad text-white' },
  warning: { text: 'Warning', className: 'bg-warn text-white' },
  // Improved is not OK: better and unchanged read differently; inconclusive is neither good nor bad.
  ok: { text: 'OK', className: 'border-2 border-ok bg-white text-ok' },
  improved: { text: '↑ Improved', className: 'bg-ok text-white' },
  inconclusive: {
    text: '? Inconclusive',
    className: 'border-2 border-dashed border-slate-500 bg-slate-100 text-slate-700',
  },
};

export function StatusMark({ status, large = false }: { status: Status; large?: boolean }) {
  const s = STATUS_MARK[status];
  return (
    <span
      className={[
        'inline-flex items-center rounded-md font-bold tracking-wide uppercase',
        large ? 'px-3 py-1 text-2xl' : 'px-2 py-0.5 text-base',
        s.className,
      ].join(' ')}
    >
      {s.text}
    </span>
  );
}

const VERDICT_MARK: Record<VerdictName, string> = {
  GO: 'bg-ok text-white',
  CONDITIONAL: 'bg-warn text-white',
  'NO-GO': 'bg-bad text-white',
};

export function VerdictMark({ verdict, large = false }: { verdict: VerdictName; large?: boolean }) {
  return (
    <span
      className={[
        'inline-flex items-center rounded-md font-bold tracking-wide',
        large ? 'px-4 py-1.5 text-4xl' : 'px-2 py-0.5 text-lg',
        VERDICT_MARK[verdict],
      ].join(' ')}
    >
      {verdict}
    </span>
  );
}

/** The runs of a comparison as chips: swatch, name, role. */
export function RunChips({ runs }: { runs: RunInfo[] }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Compared runs">
      {runs.map((r) => (
        <li
          key={r.id}
          className={[
            'inline-flex items-center gap-2 rounded-full border px-3 py-1 text-lg',
            r.role === 'target' ? 'border-brand-600 bg-brand-50' : 'border-slate-300',
          ].join(' ')}
        >
          <RunSwatch color={r.color} />
          <span className="font-medium">{r.name}</span>
          {r.role !== 'other' && (
            <span className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{r.role}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A large figure with its label and a hint under it. */
export function BigFigure({
  label,
  value,
  hint,
  tone = 'text-slate-950',
}: {
  label: string;
  value: string;
  hint?: ReactNode;
  tone?: string;
}) {
  return (
    <div className="rounded-xl border border-slate-300 px-5 py-3">
      <p className="text-base font-semibold tracking-wide text-slate-600 uppercase">{label}</p>
      <p className={`num text-4xl font-semibold ${tone}`}>{value}</p>
      {hint && <p className="text-base text-slate-600">{hint}</p>}
    </div>
  );
}

/** A chart area that takes `height` of the viewport (see DECK_CSS in deck.tsx). */
export function SlideChart({ height = '46vh', children }: { height?: string; children: ReactNode }) {
  return (
    <div data-deck-chart style={{ ['--deck-chart-h' as string]: height }}>
      {children}
    </div>
  );
}

export const TH =
  'border-b-2 border-slate-300 px-3 py-2 text-base font-semibold uppercase tracking-wide text-slate-600';
export const TD = 'border-b border-slate-200 px-3 py-1.5';
