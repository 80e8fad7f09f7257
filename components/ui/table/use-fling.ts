'use client';
// While a scroll jumps past every rendered row from one frame to the next (a fling, a drag of the
// scroll bar), the virtualised tables draw light placeholder rows (the endpoint's name only) and
// fill in the figures once the jumps stop: a full row of ~20 formatted cells costs the browser about
// a millisecond of style, layout and paint, and such a scroll replaces every row on every frame.
// A slower scroll always overlaps the rows already drawn (the overscan) and gets full rows.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** ms without a further jump before the full rows are drawn. */
const SETTLE_MS = 120;

/** True while `scrolling` and none of the rows to render (`keys`) is on screen already. */
export function useFling(keys: readonly (string | number | bigint)[], scrolling: boolean): boolean {
  // The keys of the rows on screen: written after each commit, read while rendering the next one
  // (React's double render in development reads the same value twice).
  const drawn = useRef<ReadonlySet<string | number | bigint>>(new Set());
  const [, settle] = useState(0);
  const fling = scrolling && drawn.current.size > 0 && keys.length > 0 && !keys.some((k) => drawn.current.has(k));
  useLayoutEffect(() => {
    drawn.current = new Set(keys);
  });
  useEffect(() => {
    if (!fling) return;
    // Re-render once the jumps stop: the same keys are on screen then, so full rows are drawn.
    const timer = setTimeout(() => settle((n) => n + 1), SETTLE_MS);
    return () => clearTimeout(timer);
  });
  return fling;
}
