import type { VerdictName } from '@/lib/domain/criteria/types';
import type { MetState } from '@/lib/view/criteria/format';
import { VERDICT_TONES } from '@/lib/view/criteria/verdict-matrix';

const MARK_STYLE = {
  ok: 'bg-green-100 text-ok ring-green-200',
  warn: 'bg-amber-100 text-warn ring-amber-200',
  bad: 'bg-red-100 text-bad ring-red-200',
} as const;

/** GO (green) / CONDITIONAL (amber) / NO-GO (red). */
export function VerdictBadge({ verdict, size = 'sm' }: { verdict: VerdictName; size?: 'sm' | 'lg' }) {
  const tone = VERDICT_TONES[verdict];
  const pad = size === 'lg' ? 'px-2.5 py-1 text-sm' : 'px-2 py-0.5 text-xs';
  return (
    <span
      className={[
        'inline-flex items-center rounded-md font-bold tracking-wide ring-1 ring-inset',
        pad,
        MARK_STYLE[tone],
      ].join(' ')}
    >
      {verdict}
    </span>
  );
}

const MET = {
  met: { mark: '✓', className: 'text-ok', words: 'met' },
  failed: { mark: '✗', className: 'text-bad', words: 'not met' },
  unknown: { mark: '—', className: 'text-slate-400', words: 'not evaluable' },
} as const;

/** ✓ met, ✗ not met, — not evaluable; `long` writes "not evaluable" out. */
export function MetMark({ state, long = false }: { state: MetState; long?: boolean }) {
  const m = MET[state];
  if (long && state === 'unknown') return <span className="text-xs font-medium text-warn">not evaluable</span>;
  return (
    <span className={`font-semibold ${m.className}`} title={m.words}>
      <span aria-hidden>{m.mark}</span>
      <span className="sr-only">{m.words}</span>
    </span>
  );
}
