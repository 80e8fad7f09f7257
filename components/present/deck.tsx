'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { deckKey, slideFromHash } from '@/lib/view/present/slides';

export interface DeckSlide {
  key: string;
  title: string;
  content: ReactNode;
}

/**
 * Type scales with the viewport while a deck is mounted (Tailwind sizes are rem): about 26 px at
 * 1920×1080 and 17 px at 1280×720, so reused page sections grow with the slide. Chart ticks, axis
 * labels and legends are 0.8rem: about 21 px at 1920×1080, read from the back of a room (≥ 18 px). Charts
 * inside `[data-deck-chart]` take the height the slide gives them (`--deck-chart-h`), less what fit()
 * takes back (`--deck-chart-fit`) so the slide fits without zooming its chart text below that size
 * (Recharts' responsive wrapper re-measures when CSS resizes it; its overflow is clipped meanwhile).
 */
const DECK_CSS = `
html { font-size: clamp(16px, min(1.35vw, 2.4vh), 30px); overflow: hidden; }
[data-deck] .recharts-cartesian-axis-tick-value, [data-deck] .recharts-label { font-size: max(12px, 0.8rem); }
[data-deck] .recharts-legend-wrapper, [data-deck] .recharts-default-legend { font-size: max(13px, 0.8rem) !important; }
[data-deck] .recharts-line-curve { stroke-width: 3px; }
[data-deck-chart] .recharts-wrapper {
  height: var(--deck-chart-fit, var(--deck-chart-h, 46vh)) !important; overflow: hidden;
}
`;

/** A chart gives up height down to this (CSS px) before its slide is zoomed out. */
const MIN_CHART_PX = 220;

/** A slide taller than its frame is zoomed out to fit, down to this; beyond it the frame scrolls. */
const MIN_ZOOM = 0.72;

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * A full-viewport slide deck over the page (`fixed inset-0 z-50`: the app's header stays beneath).
 * Keys: →/PageDown/Space next, ←/PageUp/Shift+Space back, Home/End, F full screen, Esc leaves (to
 * `exitHref`; in full screen the browser's Esc leaves full screen first). The URL hash is the
 * 1-based slide number (`#3`), kept in sync both ways, so a slide can be linked to.
 */
export function Deck({ title, slides, exitHref }: { title: string; slides: DeckSlide[]; exitHref: string }) {
  const router = useRouter();
  const count = slides.length;
  const [index, setIndex] = useState(0);
  const [fullscreen, setFullscreen] = useState(false);
  const frameRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const frame = frameRef.current;
    const content = contentRef.current;
    if (!frame || !content) return;
    const fit = () => {
      content.style.zoom = '1';
      const charts = [...content.querySelectorAll<HTMLElement>('[data-deck-chart]')];
      for (const chart of charts) chart.style.removeProperty('--deck-chart-fit');
      const style = getComputedStyle(frame);
      const room = frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      let need = content.scrollHeight;
      // Charts shrink first (their text keeps its size), each by its share of the excess.
      if (need > room + 1 && charts.length > 0) {
        const share = (need - room) / charts.length;
        for (const chart of charts) {
          const h = chart.querySelector('.recharts-wrapper')?.getBoundingClientRect().height ?? 0;
          const cut = Math.min(share, Math.max(0, h - MIN_CHART_PX));
          if (cut > 0) chart.style.setProperty('--deck-chart-fit', `${Math.floor(h - cut)}px`);
        }
        need = content.scrollHeight;
      }
      content.style.zoom = need > room + 1 ? String(Math.max(MIN_ZOOM, room / need)) : '1';
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [index]);

  useEffect(() => {
    const fromHash = () => setIndex(slideFromHash(window.location.hash, count));
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [count]);

  const go = useCallback(
    (to: number) => {
      const next = Math.min(Math.max(to, 0), count - 1);
      setIndex(next);
      window.history.replaceState(window.history.state, '', `#${next + 1}`);
    },
    [count],
  );

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const action = deckKey(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'next') go(index + 1);
      else if (action === 'prev') go(index - 1);
      else if (action === 'first') go(0);
      else if (action === 'last') go(count - 1);
      else if (action === 'fullscreen') toggleFullscreen();
      else if (document.fullscreenElement) void document.exitFullscreen();
      else router.push(exitHref);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, count, toggleFullscreen, router, exitHref]);

  const slide = slides[index];
  if (!slide) return null;
  const button =
    'rounded-lg px-3 py-1.5 text-base font-medium text-slate-700 hover:bg-slate-100 disabled:text-slate-300 ' +
    'disabled:hover:bg-transparent';
  return (
    <div
      data-deck
      className="fixed inset-0 z-50 flex flex-col bg-white text-slate-900"
      role="region"
      aria-roledescription="slide deck"
      aria-label={title}
    >
      <style>{DECK_CSS}</style>
      <header className="flex items-end justify-between gap-8 px-[4vw] pt-[3vh] pb-[1.5vh]">
        <div className="min-w-0">
          <p className="truncate text-base font-medium tracking-wide text-slate-600 uppercase">{title}</p>
          <h1
            className="mt-1 text-2xl leading-tight font-semibold tracking-tight text-slate-950 sm:text-4xl"
            id="slide-title"
          >
            {slide.title}
          </h1>
        </div>
        <p
          className="num shrink-0 text-2xl font-semibold text-slate-700"
          aria-live="polite"
          data-testid="slide-counter"
        >
          {index + 1} / {count}
        </p>
      </header>
      <section
        ref={frameRef}
        key={slide.key}
        aria-roledescription="slide"
        aria-labelledby="slide-title"
        data-slide={slide.key}
        className="min-h-0 flex-1 overflow-auto px-[4vw] py-[2vh]"
      >
        <div ref={contentRef} className="h-full">
          {slide.content}
        </div>
      </section>
      <footer data-print-hide>
        <div
          className="h-1.5 bg-slate-200"
          role="progressbar"
          aria-label="Slides shown"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={index + 1}
        >
          <div
            className="h-full bg-brand-600 transition-[width] duration-200"
            style={{ width: `${((index + 1) / count) * 100}%` }}
          />
        </div>
        <nav aria-label="Slides" className="flex items-center justify-between gap-4 px-[4vw] py-2">
          <Link href={exitHref} className={`${button} text-brand-700`}>
            ← Leave presentation
          </Link>
          <div className="flex items-center gap-1">
            <button
              type="button"
              className={button}
              onClick={() => go(index - 1)}
              disabled={index === 0}
              aria-label="Previous slide"
            >
              ‹ Back
            </button>
            <button
              type="button"
              className={button}
              onClick={() => go(index + 1)}
              disabled={index === count - 1}
              aria-label="Next slide"
            >
              Next ›
            </button>
            <button type="button" className={button} onClick={toggleFullscreen} aria-pressed={fullscreen}>
              {fullscreen ? 'Exit full screen' : 'Full screen (F)'}
            </button>
          </div>
          <p className="hidden text-sm text-slate-500 lg:block">← → Space · Home End · Esc leaves</p>
        </nav>
      </footer>
    </div>
  );
}
