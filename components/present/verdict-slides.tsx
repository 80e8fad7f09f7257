// The first two slides of a comparison: what must be read first, the verdict in sentences and the
// success criteria on the target run; then the headline figures.
import { TONE_TEXT } from '@/components/compare/status-badge';
import { RunSwatch } from '@/components/compare/run-swatch';
import { formatUsers } from '@/lib/domain/report/metric-format';
import { significanceLine, type HeadlineRow } from '@/lib/view/compare/headline';
import type { CompareModel, RunInfo } from '@/lib/view/compare/model';
import { RunChips, StatusMark, TH, VerdictMark } from './slide-parts';

/** Supporting facts on the verdict slide; the rest are on the headline slide's statuses. */
/** Facts on the verdict slide: 3, or 1 when the criteria verdict sits above them (the slide must fit 1080p at
 *  the deck's type size; the headline and failure slides carry the rest). */
const VERDICT_FACTS = 3;
const VERDICT_FACTS_JUDGED = 1;

/** What must be read with the verdict (Comparison.headlineNotes), sized to share the slide. */
function ReadFirst({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <section
      aria-label="Read this first"
      className={[
        'rounded-lg border border-l-4 border-amber-300 border-l-amber-500',
        'bg-amber-50 px-5 py-2 text-lg leading-snug text-amber-950',
      ].join(' ')}
    >
      <p className="text-base font-semibold tracking-wide text-amber-800 uppercase">Read this first</p>
      <ul className={notes.length > 1 ? 'list-disc pl-5' : ''}>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

/** At most this many missed criteria per set on the verdict slide (the criteria slides list them all). */
const VERDICT_MISSED = 2;

/**
 * The answer first (model.meetingVerdict, as the compare page's banner): each criteria set's GO / CONDITIONAL /
 * NO-GO on the judged run with the criteria it misses and their endpoints (the slide's title is the overall
 * one, lib/view/present/slides verdictSlideTitle), the change status beside it, never instead of it; then the verdict
 * sentence, what must be read with it, and the supporting facts.
 */
export function VerdictSlide({ model }: { model: CompareModel }) {
  const { verdict, runs, meetingVerdict: meeting } = model;
  const judged = meeting.overall !== null;
  const facts = verdict.facts.slice(0, judged ? VERDICT_FACTS_JUDGED : VERDICT_FACTS);
  return (
    <div className="flex h-full flex-col justify-center-safe gap-5" data-status={verdict.status}>
      {meeting.sets.length > 0 && (
        <ul
          className="space-y-2"
          aria-label={`Success criteria on ${meeting.judgedRun}`}
          data-testid="criteria-verdicts"
        >
          {meeting.sets.map((set) => (
            <li
              key={set.setId ?? set.name}
              className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-2xl"
              data-verdict={set.verdict}
            >
              <VerdictMark verdict={set.verdict} large />
              <span className="font-semibold text-slate-950">{set.name}</span>
              <span className="text-slate-700">
                {set.met} of {set.total} met
              </span>
              {set.missed.length > 0 && (
                <span className="basis-full text-xl text-slate-800">
                  Not met:{' '}
                  {set.missed
                    .slice(0, VERDICT_MISSED)
                    .map((m) => m.line)
                    .join(' · ')}
                  {set.missed.length > VERDICT_MISSED ? ` · and ${set.missed.length - VERDICT_MISSED} more` : ''}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {!judged && <p className="text-2xl font-medium text-slate-800">{meeting.summary}.</p>}
      {model.criteriaOutOfScope.length > 0 && (
        <p className="text-lg text-slate-700">
          Not judged: {model.criteriaOutOfScope.map((o) => o.reason).join(' · ')}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <StatusMark status={verdict.status} large={!judged} />
        {judged ? (
          <span className="text-xl font-medium text-slate-800">{verdict.title}</span>
        ) : (
          <RunChips runs={runs} />
        )}
      </div>
      <p
        className={[
          'max-w-[60ch] leading-tight font-semibold tracking-tight text-slate-950',
          judged ? 'text-2xl' : 'text-4xl',
        ].join(' ')}
        data-testid="verdict-headline"
      >
        {verdict.headline}
      </p>
      <ReadFirst notes={verdict.notes} />
      <ul className="max-w-[75ch] list-disc space-y-1 pl-8 text-xl leading-snug text-slate-800">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
        {verdict.facts.length > facts.length && (
          <li className="list-none text-lg text-slate-600">
            and {verdict.facts.length - facts.length} more: see the headline and failure slides
          </li>
        )}
      </ul>
      {judged && <RunChips runs={runs} />}
    </div>
  );
}

/** Runs shown as columns: all of them up to four, else the baseline and the target. */
export function shownRuns(runs: RunInfo[], baseline: number, target: number): number[] {
  return runs.length <= 4 ? runs.map((_, i) => i) : [baseline, target];
}

function changeClass(row: HeadlineRow): string {
  if (row.changeTone === 'worse')
    return row.status === 'critical' ? 'text-bad' : row.status === 'warning' ? 'text-warn' : 'text-slate-800';
  // Better-looking but flagged (goodput up, yet short of linear scaling): not green; the reason sits beside it.
  if (row.changeTone === 'better' && (row.status === 'warning' || row.status === 'critical')) return 'text-slate-700';
  return TONE_TEXT[row.changeTone];
}

export function HeadlineSlide({ model }: { model: CompareModel }) {
  const { runs, headline, head } = model;
  const cols = shownRuns(runs, head.baselineIndex, head.targetIndex);
  const th = `${TH} py-1.5 align-bottom`;
  const td = 'border-b border-slate-200 px-3 py-1';
  return (
    <table className="w-full table-fixed border-collapse text-left" aria-label="Headline figures per run">
      <colgroup>
        <col className="w-[12%]" />
        {cols.map((i) => (
          <col key={i} className={cols.length > 2 ? 'w-[11%]' : 'w-[13%]'} />
        ))}
        <col className="w-[11%]" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Metric
          </th>
          {cols.map((i) => (
            <th
              key={i}
              scope="col"
              className="border-b-2 border-slate-300 px-3 py-1.5 text-right align-bottom"
              title={runs[i]!.name}
            >
              <span
                className={[
                  'line-clamp-2 text-base leading-tight font-semibold',
                  '[overflow-wrap:anywhere] text-slate-900',
                ].join(' ')}
              >
                <RunSwatch color={runs[i]!.color} /> {runs[i]!.name}
              </span>
              <span className="block text-sm font-semibold tracking-wide text-slate-600 uppercase">
                {[
                  runs[i]!.role === 'other' ? null : runs[i]!.role,
                  runs[i]!.name.includes(' user') ? null : formatUsers(runs[i]!.userCount),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </th>
          ))}
          <th scope="col" className={`${th} text-right`}>
            Change
          </th>
          <th scope="col" className={th}>
            Status · is it real?
          </th>
        </tr>
      </thead>
      <tbody>
        {headline.map((row) => (
          <tr key={row.metric} data-metric={row.metric}>
            <th scope="row" className={`${td} text-lg font-semibold whitespace-nowrap text-slate-900`}>
              {row.label}
            </th>
            {cols.map((i) => (
              <td key={i} className={`${td} num text-right text-xl whitespace-nowrap text-slate-950`}>
                {row.values[i]}
              </td>
            ))}
            <td className={`${td} num text-right text-xl font-bold whitespace-nowrap ${changeClass(row)}`}>
              {row.change}
            </td>
            <td className={`${td} text-sm leading-snug text-slate-700`}>
              <span className="mr-2 align-middle">
                <StatusMark status={row.status} />
              </span>
              {row.reason}
              {significanceLine(row) && (
                <span
                  className={`block truncate ${row.real ? 'font-semibold text-slate-900' : 'text-slate-600'}`}
                  title={row.significance ?? undefined}
                >
                  {significanceLine(row)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
