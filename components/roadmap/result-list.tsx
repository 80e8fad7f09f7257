import type { ResultLine } from '@/lib/view/roadmap/criterion-text';

const MARKS = {
  met: { symbol: '✓', words: 'met', className: 'text-ok' },
  'not-met': { symbol: '✕', words: 'not met', className: 'text-bad' },
  unknown: { symbol: '?', words: 'could not be judged', className: 'text-warn' },
} as const;

/** Linked criteria evaluated on a run: "✓ p95 (aggregate) 2,100 ms vs < 3,000 ms". */
export function ResultList({ lines }: { lines: ResultLine[] }) {
  if (lines.length === 0) return <p className="text-xs text-slate-500">No results for the linked criteria.</p>;
  return (
    <ul className="space-y-1 text-xs text-slate-700">
      {lines.map((line, i) => {
        const mark = MARKS[line.mark];
        return (
          <li key={i} className="flex gap-1.5">
            <span aria-hidden className={`font-semibold ${mark.className}`}>
              {mark.symbol}
            </span>
            <span className="num">
              {line.text}
              <span className="sr-only"> ({mark.words})</span>
              {line.reason && <span className="block text-slate-500">{line.reason}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
