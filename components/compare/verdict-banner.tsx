import Link from 'next/link';
import type { OutOfScopeLine } from '@/lib/domain/report/criteria-lines';
import type { MeetingVerdict } from '@/lib/domain/report/meeting-verdict';
import { noCriteriaNote, type NoCriteriaNote } from '@/lib/view/compare/no-criteria';
import type { Verdict } from '@/lib/domain/report/verdict';
import { CriteriaSummary, VERDICT_MARK } from './criteria-summary';

const CHANGE = {
  critical: { mark: 'bg-bad text-white', word: 'Critical' },
  warning: { mark: 'bg-warn text-white', word: 'Warning' },
  ok: { mark: 'bg-slate-600 text-white', word: 'Unchanged' },
  improved: { mark: 'bg-ok text-white', word: 'Improved' },
  inconclusive: { mark: 'bg-slate-500 text-white', word: 'Inconclusive' },
} as const;

const EDGE = {
  'NO-GO': 'border-l-red-600',
  CONDITIONAL: 'border-l-amber-500',
  GO: 'border-l-green-600',
  none: 'border-l-slate-400',
} as const;

const EYEBROW = 'text-[11px] font-semibold uppercase tracking-wide text-slate-500';
const MARK = 'inline-flex shrink-0 items-center rounded-md font-bold tracking-wide';
const TITLE = 'min-w-0 text-lg font-semibold leading-snug tracking-tight text-slate-900';

interface Props {
  meeting: MeetingVerdict;
  /** The change against the baseline in sentences (compare pages); null where there is no baseline (run page). */
  change?: Verdict | null;
  /** Compared runs beyond the baseline and the target. */
  otherRuns?: number;
  noun?: 'run' | 'step';
  /** Shared links: no link to define criteria (it needs sign-in). */
  readOnly?: boolean;
  /** The full criteria tables (further down, or on the project page). */
  detailsHref?: string | null;
  /** The page shows another window (steady state) than the one the criteria judge: say so. */
  wholeRun?: boolean;
  /** Sets whose scope (appliesTo) leaves the judged run out, each with why: said, never silently missing. */
  outOfScope?: OutOfScopeLine[];
}

/**
 * The answer first, on every page a meeting uses: the criteria sets' verdict on the judged run (which criteria
 * failed, which endpoints drive each failure), and beside it, never instead of it, the change against the
 * baseline. Without an applicable set it says so plainly: with a link to define one when the project has none,
 * else naming its sets NOT JUDGED on this run (noCriteriaNote).
 */
export function VerdictBanner(props: Props) {
  const { meeting, change = null, otherRuns = 0, noun = 'run', readOnly = false, detailsHref = null } = props;
  const key = meeting.overall ?? 'none';
  const outOfScope = props.outOfScope ?? meeting.outOfScope ?? [];
  const note = noCriteriaNote(meeting.overall, outOfScope, readOnly ? null : meeting.defineHref);
  const mark = meeting.overall ? VERDICT_MARK[meeting.overall] : 'bg-slate-600 text-white';
  return (
    <section
      aria-labelledby="meeting-verdict-title"
      data-testid="meeting-verdict"
      data-verdict={key}
      data-status={change?.status}
      className={`rounded-xl border border-l-[6px] border-slate-200 bg-white px-4 py-3 shadow-sm sm:px-5 ${EDGE[key]}`}
    >
      <div className={`grid gap-x-6 gap-y-3 ${change ? 'lg:grid-cols-[minmax(0,11fr)_minmax(0,9fr)]' : ''}`}>
        <div className="min-w-0">
          <p className={EYEBROW}>
            Verdict on {meeting.judgedRun}
            {props.wholeRun ? ' (whole run)' : ''}
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <span data-testid="meeting-verdict-mark" className={`${MARK} px-2.5 py-1 text-base ${mark}`}>
              {meeting.overall ?? 'NO CRITERIA'}
            </span>
            <h2 id="meeting-verdict-title" className={TITLE}>
              {meeting.summary}
            </h2>
          </div>
          {(meeting.overall !== null || outOfScope.length > 0) && (
            <CriteriaSummary
              sets={meeting.sets}
              outOfScope={outOfScope}
              runName={meeting.judgedRun}
              detailsHref={detailsHref}
            />
          )}
          {note && <NoCriteria note={note} />}
        </div>
        {change && <ChangeBlock change={change} />}
      </div>
      {change && otherRuns > 0 && (
        <p className="mt-2 text-xs text-slate-500">
          Changes compare {change.targetName} (the target) with the baseline {change.baselineName}; the{' '}
          {otherRuns === 1 ? `other ${noun} appears` : `other ${otherRuns} ${noun}s appear`} in the tables, charts and
          heatmap below.
        </p>
      )}
    </section>
  );
}

const LINK = 'mt-2 inline-block text-sm font-medium text-brand-700 hover:underline';

/** Below "No success criteria apply": define one (no set), or the sets NOT JUDGED on this run. */
function NoCriteria({ note }: { note: Exclude<NoCriteriaNote, null> }) {
  if (note.kind === 'define') {
    return (
      <Link href={note.href} data-print-hide className={LINK}>
        Define success criteria for this project →
      </Link>
    );
  }
  return (
    <p className="mt-2 text-sm text-slate-700" data-testid="no-criteria-applies">
      {note.text}
      {note.href && (
        <>
          {' '}
          <Link href={note.href} data-print-hide className="font-medium text-brand-700 hover:underline">
            Criteria sets on the project page →
          </Link>
        </>
      )}
    </p>
  );
}

/** The change status beside the verdict: its mark, the pair, the sentence to read aloud and the facts behind it. */
function ChangeBlock({ change }: { change: Verdict }) {
  const s = CHANGE[change.status];
  return (
    <div
      className="min-w-0 border-t border-slate-200 pt-3 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-6"
      data-testid="change-status"
      data-status={change.status}
    >
      <p className={EYEBROW}>Change against {change.baselineName}</p>
      <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className={`${MARK} px-2 py-0.5 text-xs uppercase ${s.mark}`}>{s.word}</span>
        <h3 className="min-w-0 text-sm font-semibold text-slate-900">{change.title}</h3>
      </div>
      <p className="mt-1.5 text-base leading-snug font-semibold text-slate-900" data-testid="verdict-headline">
        {change.headline}
      </p>
      <ul className="mt-1.5 space-y-0.5 text-[13px] leading-snug text-slate-700">
        {change.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </div>
  );
}
