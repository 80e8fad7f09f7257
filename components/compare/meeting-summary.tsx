// The printed meeting summary: on paper only (`hidden print:block`), ahead of the full report (app/print.css
// moves it to the top of the page and starts "Full report" on a new sheet). The verdict first (the meeting
// verdict of the page's banner: criteria GO / NO-GO, the change status beside it), then the headline, the
// endpoints that changed most, the failures with their full error texts, scaling and next steps: 2–3 A4
// pages. Tables here keep their own column widths while printing (`data-print-fixed`, see app/print.css).
import type { CompareModel } from '@/lib/view/compare/model';
import { significanceLine } from '@/lib/view/compare/headline';
import { headRunNames } from '@/lib/view/present/endpoint-changes';
import { summaryRunColumns } from '@/lib/view/present/summary';
import type { VerdictName } from '@/lib/domain/criteria/types';
import type { Status } from '@/lib/domain/analysis/types';
import { STATUS_TEXT, TONE_TEXT } from './status-badge';
import {
  SummaryEndpoints,
  SummaryFailures,
  SummaryNextSteps,
  SummaryScaling,
  SummarySection,
  SUMMARY_TD,
  SUMMARY_TH,
} from './meeting-summary-sections';

const VERDICT_MARK: Record<VerdictName, string> = {
  GO: 'bg-ok text-white',
  CONDITIONAL: 'bg-warn text-white',
  'NO-GO': 'bg-bad text-white',
};
const STATUS_MARK: Record<Status, string> = {
  critical: 'bg-bad text-white',
  warning: 'bg-warn text-white',
  improved: 'bg-ok text-white',
  ok: 'border border-ok text-ok',
  inconclusive: 'border border-dashed border-slate-500 text-slate-700',
};

function Mark({ className, children }: { className: string; children: string }) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-px font-bold tracking-wide whitespace-nowrap uppercase ${className}`}
    >
      {children}
    </span>
  );
}

/** The meeting verdict (model.meetingVerdict, as the page's banner): each set with every criterion it misses and
 *  the endpoints driving it, the change status beside it; then the change in sentences and what to read first. */
function SummaryVerdict({ model }: { model: CompareModel }) {
  const { verdict, meetingVerdict: meeting } = model;
  const outOfScope = model.criteriaOutOfScope;
  return (
    <section
      aria-label="Verdict"
      className="break-inside-avoid rounded-lg border border-slate-300 px-3 py-2"
      data-testid="summary-verdict"
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Mark className={`text-[15px] ${meeting.overall ? VERDICT_MARK[meeting.overall] : 'bg-slate-600 text-white'}`}>
          {meeting.overall ?? 'No criteria'}
        </Mark>
        <span className="mr-2 text-[13px] font-semibold">
          {meeting.overall ? `on ${meeting.judgedRun}: ${meeting.summary}` : meeting.summary}
        </span>
        <span className="whitespace-nowrap">
          <Mark className={`text-[10px] ${STATUS_MARK[verdict.status]}`}>{STATUS_TEXT[verdict.status]}</Mark>{' '}
          <span className="text-[11px] font-semibold text-slate-800">
            {meeting.change?.words ?? verdict.status} against {verdict.baselineName}
          </span>
        </span>
      </div>
      {meeting.sets.length > 0 && (
        <ul className="mt-1.5 space-y-1" aria-label={`Success criteria on ${meeting.judgedRun}`}>
          {meeting.sets.map((set) => (
            <li key={set.setId ?? set.name}>
              <Mark className={`text-[10px] ${VERDICT_MARK[set.verdict]}`}>{set.verdict}</Mark>{' '}
              <span className="font-semibold">{set.name}</span>: {set.met} of {set.total} criteria met
              {set.missed.length > 0 && (
                <ul className="ml-4 list-disc pl-3 text-slate-800">
                  {set.missed.map((m) => (
                    <li key={m.line}>{m.line}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {outOfScope.length > 0 && (
        <ul className="mt-1 text-slate-700" aria-label={`Not judged on ${meeting.judgedRun}`}>
          {outOfScope.map((o) => (
            <li key={o.setId ?? o.name}>Not judged: {o.reason}</li>
          ))}
        </ul>
      )}
      <p className="mt-1.5 text-[11px] font-semibold text-slate-800">{verdict.title}</p>
      <p className="text-[13px] leading-snug font-semibold">{verdict.headline}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-4 text-slate-800">
        {verdict.facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      {verdict.notes.length > 0 && (
        <div className="mt-1.5 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-[10px] text-amber-950">
          <p className="font-semibold tracking-wide uppercase">Read this first</p>
          <ul className="list-disc pl-4">
            {verdict.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Metric, the runs' values (all of them up to four runs), change and status with room to read. */
function SummaryHeadline({ model }: { model: CompareModel }) {
  const { runs, headline, head } = model;
  const cols = summaryRunColumns(runs.length, head.baselineIndex, head.targetIndex);
  const names = headRunNames(model);
  const th = SUMMARY_TH;
  const td = SUMMARY_TD;
  return (
    <SummarySection title="Headline" note={`All endpoints · change = ${names.target} vs ${names.baseline}`}>
      <table
        className="w-full table-fixed border-collapse text-left text-[10px]"
        data-print-fixed
        aria-label="Headline figures (summary)"
      >
        <colgroup>
          <col className="w-[14%]" />
          {cols.map((i) => (
            <col key={i} className={cols.length > 2 ? 'w-[11%]' : 'w-[15%]'} />
          ))}
          <col className="w-[9%]" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Metric
            </th>
            {cols.map((i) => (
              <th key={i} scope="col" className={`${th} text-right tracking-normal normal-case`}>
                <span className="block text-[10px] text-slate-900">{runs[i]!.name}</span>
                {runs[i]!.role !== 'other' && <span className="block tracking-wide uppercase">{runs[i]!.role}</span>}
              </th>
            ))}
            <th scope="col" className={`${th} text-right`}>
              Change
            </th>
            <th scope="col" className={th} data-testid="summary-status-header">
              Status · why · is it real?
            </th>
          </tr>
        </thead>
        <tbody>
          {headline.map((row) => (
            <tr key={row.metric} data-metric={row.metric}>
              <th scope="row" className={`${td} font-semibold`}>
                {row.label}
              </th>
              {cols.map((i) => (
                <td key={i} className={`${td} num text-right whitespace-nowrap`}>
                  {row.values[i]}
                </td>
              ))}
              <td className={`${td} num text-right font-semibold whitespace-nowrap ${TONE_TEXT[row.changeTone]}`}>
                {row.change}
              </td>
              <td className={td} data-testid="summary-status">
                <Mark className={`text-[9px] ${STATUS_MARK[row.status]}`}>{STATUS_TEXT[row.status]}</Mark>{' '}
                <span className="text-slate-700">{row.reason}</span>
                {significanceLine(row) && <span className="block text-slate-600">{significanceLine(row)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {runs.length > cols.length && (
        <p className="mt-1 text-[10px] text-slate-600">
          The other {runs.length - cols.length} runs are in the full report.
        </p>
      )}
    </SummarySection>
  );
}

export function MeetingSummary({ model }: { model: CompareModel }) {
  const { runs } = model;
  const title = model.stepped
    ? `Load steps of ${model.stepped.runName}`
    : runs.length <= 3
      ? runs.map((r) => r.name).join(' vs ')
      : `${runs.length} runs compared`;
  return (
    <div data-meeting-summary className="hidden text-[11px] leading-snug text-slate-900 print:block">
      <header className="mb-2 border-b-2 border-slate-800 pb-1">
        <p className="text-[10px] font-semibold tracking-wide text-slate-600 uppercase">Meeting summary</p>
        <h2 className="text-[17px] leading-tight font-semibold">{title}</h2>
        <p className="text-[10px] text-slate-600">
          {runs.map((r) => `${r.name}${r.role === 'other' ? '' : ` (${r.role})`}`).join(' · ')} ·{' '}
          {model.window === 'steady' ? 'steady state' : 'whole runs'}
          {model.plan ? ` · project ${model.plan.project.name}` : ''}
        </p>
      </header>
      <div className="space-y-3">
        <SummaryVerdict model={model} />
        <SummaryHeadline model={model} />
        <SummaryEndpoints model={model} />
        <SummaryFailures model={model} />
        <SummaryScaling model={model} />
        <SummaryNextSteps model={model} />
      </div>
      <h2
        className="mt-0 break-before-page border-b-2 border-slate-800 pb-1 text-[17px] font-semibold"
        data-full-report
      >
        Full report
      </h2>
    </div>
  );
}
