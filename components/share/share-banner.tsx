import { PresentLink } from '@/components/present/page-controls';

const STRIP =
  '-mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg border ' +
  'border-brand-500/30 bg-brand-50 px-4 py-2 text-sm text-brand-700';
const LINK =
  'inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm ' +
  'font-medium text-slate-800 hover:bg-slate-50';

interface Props {
  text: string;
  /** The link's own deck (/s/TOKEN/present), or null. */
  presentHref?: string | null;
  /** The link's own Markdown report (/s/TOKEN/report.md), or null. */
  markdownHref?: string | null;
}

/** The slim strip above a shared view: what it is, who shared it, until when; and what the link offers
 *  beyond the page (a deck to present, the Markdown report), each scoped to the link. */
export function ShareBanner({ text, presentHref = null, markdownHref = null }: Props) {
  return (
    <div role="note" className={STRIP}>
      <p className="flex min-w-0 items-center gap-2">
        <svg
          aria-hidden
          width={16}
          height={16}
          viewBox="0 0 20 20"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.6}
          className="shrink-0"
        >
          <path d="M1.5 10S4.5 4 10 4s8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6z" />
          <circle cx="10" cy="10" r="2.5" />
        </svg>
        <span className="min-w-0 break-words">{text}</span>
      </p>
      {(presentHref || markdownHref) && (
        <div className="flex flex-wrap items-center gap-2" data-print-hide>
          {presentHref && <PresentLink href={presentHref} />}
          {markdownHref && (
            <a href={markdownHref} download className={LINK} title="The report as Markdown: the verdict first">
              Markdown report
            </a>
          )}
        </div>
      )}
    </div>
  );
}
