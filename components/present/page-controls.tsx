'use client';
import Link from 'next/link';
import { useEffect } from 'react';
import { LINK_BUTTON } from '@/components/ui/button';

/** The present link and the print button: a secondary button's look. */
const CONTROL = LINK_BUTTON.secondary;

/** Opens the page as a full-screen slide deck (`href`: lib/view/present presentHref). Never prints. */
export function PresentLink({ href }: { href: string }) {
  return (
    <Link
      href={href}
      className={CONTROL}
      data-print-hide
      title="Present as slides, one finding each (keyboard: → ← Home End, F full screen, Esc leaves)"
    >
      <svg
        aria-hidden
        viewBox="0 0 20 20"
        className="h-4 w-4"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.6}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
        <path d="M10 13.5v3M7 16.5h6" />
      </svg>
      Present
    </Link>
  );
}

/** Zoomed-out tables never go below this (smaller type would not read on paper);
 *  past it the browser shrinks the page. */
const MIN_TABLE_ZOOM = 0.4;

/**
 * While the page prints, <html> carries `data-printing` (the table rules of app/print.css), and
 * each table wider than its box at the print width (`main` narrowed to 687 px, A4 less 14 mm
 * margins, measured on screen before the print layout) is zoomed out to fit. Undone after printing.
 */
function usePrintFit() {
  useEffect(() => {
    const root = document.documentElement;
    // The meeting summary's tables (`data-print-fixed`) are laid out for paper already.
    const tables = () => [...document.querySelectorAll<HTMLTableElement>('main table:not([data-print-fixed])')];
    const before = () => {
      root.dataset.printing = '';
      const zooms = tables().map((t) => {
        t.style.zoom = '';
        const box = t.parentElement;
        if (!box || t.offsetWidth === 0) return 1;
        const style = getComputedStyle(box);
        const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return t.offsetWidth > room + 1 ? Math.max(MIN_TABLE_ZOOM, room / t.offsetWidth) : 1;
      });
      tables().forEach((t, i) => (t.style.zoom = zooms[i] === 1 ? '' : String(zooms[i])));
    };
    const after = () => {
      delete root.dataset.printing;
      for (const t of tables()) t.style.zoom = '';
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

/** The browser's print dialog (or "Save as PDF"): the page prints as a report (app/print.css). Never prints. */
export function PrintButton() {
  usePrintFit();
  return (
    <button type="button" className={CONTROL} onClick={() => window.print()} data-print-hide>
      <svg
        aria-hidden
        viewBox="0 0 20 20"
        className="h-4 w-4"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.6}
        strokeLinejoin="round"
      >
        <path d="M5.5 7.5v-4h9v4M5.5 13.5h-2v-6h13v6h-2M5.5 11.5h9v5h-9z" />
      </svg>
      Print
    </button>
  );
}
