// The evidence of the printed meeting summary (meeting-summary.tsx): the endpoints that changed most,
// the failure messages with their whole error texts, scaling, and the next steps (decisions, roadmap).
import type { ReactNode } from 'react';
import type { CompareModel } from '@/lib/view/compare/model';
import { VERDICT_WORDS } from '@/lib/view/compare/scaling';
import { formatCount, NONE } from '@/lib/domain/format/format';
import { openItems } from '@/lib/view/present/roadmap';
import { headRunNames } from '@/lib/view/present/endpoint-changes';
import { summaryEndpointTable, summaryFailures, SUMMARY_OPEN_ITEMS } from '@/lib/view/present/summary';
import { PRIORITY_LABELS } from '@/lib/view/roadmap/labels';
import { progressText, roadmapProgress } from '@/lib/view/roadmap/progress';
import { GROWTH_TEXT } from './status-badge';

const SECTION_TITLE = [
  'mb-1 flex flex-wrap items-baseline justify-between gap-x-3',
  'border-b border-slate-300 pb-0.5 text-[13px] font-semibold',
].join(' ');

export function SummarySection({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h3 className={SECTION_TITLE}>
        {title}
        {note && <span className="text-[10px] font-normal text-slate-600">{note}</span>}
      </h3>
      {children}
    </section>
  );
}

/** Header and body cells of the summary's tables (print sizes). */
export const SUMMARY_TH =
  'border-b border-slate-400 px-1.5 py-1 align-bottom text-[9px] font-semibold uppercase tracking-wide ' +
  'text-slate-600';
export const SUMMARY_TD = 'border-b border-slate-200 px-1.5 py-1 align-top';
const TH = SUMMARY_TH;
const TD = SUMMARY_TD;

export function SummaryEndpoints({ model }: { model: CompareModel }) {
  const { rows, headers, endpointCount } = summaryEndpointTable(model);
  if (rows.length === 0) return null;
  return (
    <SummarySection
      title="Endpoints that changed most"
      note={`${rows.length} of ${endpointCount}: worse first (P95, or failure rate: 1 point counts as +10% P95)`}
    >
      <table
        className="w-full table-fixed border-collapse text-left text-[10px]"
        data-print-fixed
        aria-label="Endpoints that changed most"
      >
        <colgroup>
          <col />
          <col className="w-[8%]" />
          <col className="w-[12%]" />
          <col className="w-[12%]" />
          <col className="w-[9%]" />
          <col className="w-[19%]" />
          <col className="w-[9%]" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              Endpoint
            </th>
            <th scope="col" className={TH}>
              Got
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {headers.p95Baseline}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {headers.p95Target}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Change
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Failure rate
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Change
            </th>
          </tr>
        </thead>
        <tbody className="num">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={`${TD} font-normal [overflow-wrap:anywhere]`}>
                {row.label}
              </th>
              <td className={`${TD} font-semibold ${row.direction === 'worse' ? 'text-bad' : 'text-ok'}`}>
                {row.direction}
              </td>
              <td className={`${TD} text-right whitespace-nowrap`}>{row.p95Baseline}</td>
              <td className={`${TD} text-right font-semibold whitespace-nowrap`}>{row.p95Target}</td>
              <td className={`${TD} text-right font-semibold whitespace-nowrap ${GROWTH_TEXT[row.p95Change.tone]}`}>
                {row.p95Change.text}
              </td>
              <td className={`${TD} text-right`}>
                {row.failureRates}
                {row.newFailures && <span className="ml-1 font-bold text-bad">new</span>}
              </td>
              <td className={`${TD} text-right whitespace-nowrap ${GROWTH_TEXT[row.failureRateChange.tone]}`}>
                {row.failureRateChange.text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SummarySection>
  );
}

/** Each message as Locust wrote it, whole and wrapped (never cut), under its endpoint and counts. */
export function SummaryFailures({ model }: { model: CompareModel }) {
  const { baselineIndex: b, targetIndex: t } = model.head;
  const { ids, total } = summaryFailures(model);
  const rows = ids.flatMap((id) => model.failureDiffs.filter((r) => r.id === id));
  const failures = model.headline.find((r) => r.metric === 'failures');
  const concentration = model.concentration.filter((c) => c.run === t && c.verdict !== 'none');
  if (rows.length === 0 && !concentration.length) return null;
  const { baseline: base, target } = headRunNames(model);
  return (
    <SummarySection
      title="Failures"
      note={
        total > rows.length
          ? `${rows.length} of ${total} messages: new and grown first; all in the full report`
          : undefined
      }
    >
      {failures && (
        <p className="mb-1">
          {failures.values[b]} failures in {base}, {failures.values[t]} in {target} ({failures.change} in count;{' '}
          {failures.reason}).
        </p>
      )}
      <ol className="space-y-1" aria-label="Failure messages (summary)">
        {rows.map((r) => (
          <li key={r.id} className="break-inside-avoid border-l-2 border-slate-300 pl-2" data-testid="summary-failure">
            <p>
              <span className="font-bold uppercase">{r.status ?? 'other run'}</span> ·{' '}
              <span className="font-medium">{r.label}</span> · {r.kind} ·{' '}
              <span className="num">
                {formatCount(r.occurrences[b])} in {base} → {formatCount(r.occurrences[t])} in {target}
              </span>
              {r.status !== null && <span className="num"> ({r.changeText})</span>}
            </p>
            <p className="font-mono text-[10px] [overflow-wrap:anywhere] whitespace-pre-wrap text-bad">{r.example}</p>
          </li>
        ))}
      </ol>
      {concentration.map((c) => (
        <p key={c.run} className="mt-1">
          <span className="font-semibold">{c.label}</span> in {target}: {c.evidence}
          {c.meaning && ` (${c.meaning})`}
        </p>
      ))}
    </SummarySection>
  );
}

export function SummaryScaling({ model }: { model: CompareModel }) {
  const curve = model.scalingCurve;
  const pair = model.head.scaling;
  if (!curve && !pair) return null;
  return (
    <SummarySection title="Scaling" note="goodput = successful requests per second">
      {curve ? (
        <>
          <p className="font-semibold">
            <span className="uppercase">{curve.verdict}</span>
            {curve.saturationUsers !== null && ` from ${curve.saturationUsers.toLocaleString('en-US')} users`}
            {(curve.peak || curve.ceiling) && ` · ${curve.peak?.text ?? curve.ceiling?.text}`}
          </p>
          <p className="text-slate-800">{curve.evidence}</p>
          <table
            className="mt-1 w-auto border-collapse text-left text-[10px]"
            data-print-fixed
            aria-label="Goodput per load (summary)"
          >
            <thead>
              <tr>
                {['Users', 'Run', 'Goodput', 'All req/s', 'Efficiency'].map((h) => (
                  <th key={h} scope="col" className={TH}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="num">
              {curve.points.map((p, i) => (
                <tr key={i}>
                  <td className={`${TD} text-right`}>{p.users}</td>
                  <td className={TD}>{p.label ?? NONE}</td>
                  <td className={`${TD} text-right font-semibold`}>{p.goodput}</td>
                  <td className={`${TD} text-right`}>{p.rps}</td>
                  <td className={`${TD} text-right font-semibold`}>{p.efficiency}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        pair && (
          <p>
            <span className="font-semibold uppercase">{pair.verdict}</span> from {pair.fromUsers} to {pair.toUsers}{' '}
            users: {VERDICT_WORDS[pair.verdict]}
          </p>
        )
      )}
    </SummarySection>
  );
}

/** The meeting's decisions, then the roadmap's progress and the items still open. */
export function SummaryNextSteps({ model }: { model: CompareModel }) {
  const decisions = model.meeting?.decisions ?? null;
  const roadmap = model.plan?.roadmap ?? null;
  const hasRoadmap = roadmap !== null && roadmap.roadmap.phases.length > 0;
  const labels = Object.fromEntries(model.runs.map((r) => [r.id, r.name]));
  const open = hasRoadmap ? openItems(roadmap, labels, SUMMARY_OPEN_ITEMS) : null;
  return (
    <SummarySection title="Next steps">
      {decisions && (
        <p className="mb-1 whitespace-pre-wrap">
          <span className="font-semibold">Decisions: </span>
          {decisions}
        </p>
      )}
      {hasRoadmap && open ? (
        <>
          <p className="font-semibold">
            Roadmap of {model.plan!.project.name}:{' '}
            {progressText(roadmapProgress(roadmap.roadmap, roadmap.verification))}
          </p>
          {open.items.length > 0 && (
            <ul className="mt-0.5 list-disc pl-4" aria-label="Open roadmap items">
              {open.items.map((item) => (
                <li key={item.id}>
                  <span className="font-semibold">{PRIORITY_LABELS[item.priority]}</span> · {item.title}{' '}
                  <span className="text-slate-600">
                    ({item.phase}
                    {item.verification ? ` · ${item.verification}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          )}
          {open.total > open.items.length && (
            <p className="text-slate-600">and {open.total - open.items.length} more open items on the roadmap</p>
          )}
        </>
      ) : (
        <p className="text-slate-700">
          {model.plan ? `No roadmap on ${model.plan.project.name} yet` : 'No project roadmap'}
          {model.planHref
            ? ': “Plan a retest” on the compare page proposes criteria and roadmap items from what got worse.'
            : '.'}
        </p>
      )}
    </SummarySection>
  );
}
