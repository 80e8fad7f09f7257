'use client';
// The frame of a wide sortable table: its scrolling box and its empty-table row.
import type { ReactNode, RefObject } from 'react';
import { useHiddenRight } from './use-scroll-edges';

/** A keyboard-scrollable region named `label`, its height capped by `maxHeightClass`, with a shade at
 *  the right edge while columns are hidden there. `scrollRef` is the scrolling element (for virtual rows). */
/** The shade on the right edge while more columns are hidden there. */
const RIGHT_SHADE = [
  'pointer-events-none absolute inset-y-px right-px w-10 rounded-r-lg',
  'bg-gradient-to-l from-slate-400/25 to-transparent',
].join(' ');

export function TableScrollFrame({
  scrollRef,
  label,
  maxHeightClass,
  children,
}: {
  scrollRef: RefObject<HTMLDivElement | null>;
  label: string;
  maxHeightClass: string;
  children: ReactNode;
}) {
  const { hiddenRight, onScroll } = useHiddenRight(scrollRef);
  return (
    <div className="relative">
      <div
        ref={scrollRef}
        onScroll={onScroll}
        className={`relative ${maxHeightClass} overflow-auto rounded-lg border border-slate-200`}
        role="region"
        aria-label={label}
        tabIndex={0}
      >
        {children}
      </div>
      {hiddenRight && <div aria-hidden className={RIGHT_SHADE} />}
    </div>
  );
}

/** The row shown when no row is: `children` across all `columns`, held at the left while scrolling. */
export function EmptyRow({
  columns,
  paddingClass,
  children,
}: {
  columns: number;
  paddingClass: string;
  children: ReactNode;
}) {
  return (
    <tr>
      <td colSpan={columns} className={`px-4 ${paddingClass} text-left text-slate-500`}>
        <span className="sticky left-4">{children}</span>
      </td>
    </tr>
  );
}
