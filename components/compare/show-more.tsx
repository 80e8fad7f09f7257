'use client';
// The attribution tables' rows, revealed in pages: the top few, then a hundred more per click.
import { useMemo, useState } from 'react';
import { ATTRIBUTION_TOP } from '@/lib/view/compare/attribution';
import { showMoreStep } from '@/lib/view/compare/show-more';

/** "Show all 14 endpoints", or for thousands "Show 100 more (108 of 5,000 endpoints)"; then "Show the top 8 only". */
export function ShowMore({
  shown,
  total,
  onShow,
  noun,
}: {
  shown: number;
  total: number;
  onShow: (count: number) => void;
  noun: string;
}) {
  const step = showMoreStep(shown, total, noun);
  const link = 'text-sm font-medium text-brand-600 hover:text-brand-700';
  if (!step && shown <= ATTRIBUTION_TOP) return null;
  return (
    <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
      {step && (
        <button type="button" onClick={() => onShow(step.next)} className={link} aria-expanded={false}>
          {step.label}
        </button>
      )}
      {shown > ATTRIBUTION_TOP && (
        <button type="button" onClick={() => onShow(ATTRIBUTION_TOP)} className={link} aria-expanded>
          Show the top {ATTRIBUTION_TOP} only
        </button>
      )}
    </div>
  );
}

/** The first `shown` of the packed rows, formatted (only those: a big run has thousands); `context`
 *  is what `format` needs besides the row (the endpoints the rows refer to). */
export function useShownRows<P, C, R>(
  rows: readonly P[] | undefined,
  context: C,
  format: (p: P, context: C) => R,
): [R[], number, (count: number) => void] {
  const [shown, setShown] = useState(ATTRIBUTION_TOP);
  const formatted = useMemo(
    () => (rows ?? []).slice(0, shown).map((p) => format(p, context)),
    [rows, shown, context, format],
  );
  return [formatted, shown, setShown];
}
