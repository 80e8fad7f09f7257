// Criteria and roadmap slides, shared by the comparison deck and the project deck: a criteria set's
// verdict on one run (large mark, then the compare page's criteria table), and roadmap progress
// (overall and per phase, then the items still open: the whole checklist does not fit a slide).
import { currentText, metricLabel, scopeLabel, targetText } from '@/lib/domain/criteria/describe';
import type { StoredCriteriaSet, Verdict } from '@/lib/domain/criteria/types';
import { openItems, phaseProgress } from '@/lib/view/present/roadmap';
import { criteriaRowOrder } from '@/lib/view/present/slides';
import { PRIORITY_LABELS } from '@/lib/view/roadmap/labels';
import { progressText, roadmapProgress } from '@/lib/view/roadmap/progress';
import type { RoadmapView } from '@/lib/domain/shapes/roadmap-view';
import { TD, TH, VerdictMark } from './slide-parts';

function metCount(verdict: Verdict): string {
  const met = verdict.results.filter((r) => r.met === true).length;
  return `${met} of ${verdict.results.length} ${verdict.results.length === 1 ? 'criterion' : 'criteria'} met`;
}

const MET = {
  true: ['✓ met', 'text-ok'],
  false: ['✗ not met', 'text-bad'],
  null: ['not evaluable', 'text-slate-600'],
} as const;

/**
 * A set's verdict on one run: the mark and count on every page, then `rows` of its criteria (indices
 * into set.criteria, lib/view/present/slides criteriaRowOrder: not met first); a long set spans several
 * slides, each one a page of the table.
 */
export function CriteriaSlide({
  set,
  verdict,
  runName,
  rows,
}: {
  set: StoredCriteriaSet;
  verdict: Verdict;
  runName: string;
  rows: number[];
}) {
  // The set's description once, on its first slide.
  const first = rows[0] === criteriaRowOrder(verdict.results)[0];
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-5" data-verdict={verdict.verdict}>
        <VerdictMark verdict={verdict.verdict} large />
        <p className="text-3xl text-slate-900">
          <span className="font-semibold">{metCount(verdict)}</span> on {runName}
        </p>
      </div>
      {first && set.description && <p className="max-w-[70ch] text-xl text-slate-700">{set.description}</p>}
      <table
        className="w-full border-collapse text-left text-xl sm:table-fixed"
        aria-label={`Criteria of ${set.name}`}
        data-testid="criteria-slide-table"
      >
        {/* Fixed widths (from `sm` on): a set's pages line up column by column. */}
        <colgroup>
          <col className="w-[22%]" />
          <col className="w-[28%]" />
          <col className="w-[15%]" />
          <col className="w-[15%]" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              Metric
            </th>
            <th scope="col" className={TH}>
              Scope
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Current
            </th>
            <th scope="col" className={TH}>
              Target
            </th>
            <th scope="col" className={TH}>
              Met
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => {
            const c = set.criteria[i];
            const r = verdict.results[i];
            if (!c || !r) return null;
            const [word, tone] = MET[String(r.met) as 'true' | 'false' | 'null'];
            return (
              <tr key={c.id} data-criterion={c.id} className="align-top">
                <th scope="row" className={`${TD} font-medium text-slate-950`}>
                  {metricLabel(c.metric)}
                  {c.severity === 'should' && <span className="ml-2 text-base text-slate-600">(should)</span>}
                </th>
                <td className={`${TD} font-mono text-lg [overflow-wrap:anywhere] text-slate-800`}>
                  {scopeLabel(c.scope)}
                </td>
                <td className={`${TD} num text-right font-semibold sm:whitespace-nowrap`}>
                  {currentText(c, r.current)}
                </td>
                <td className={`${TD} num text-slate-800 sm:whitespace-nowrap`}>{targetText(c)}</td>
                <td className={TD}>
                  <span className={`font-semibold sm:whitespace-nowrap ${tone}`}>{word}</span>
                  {r.reason && <span className="block text-base leading-snug text-slate-600">{r.reason}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Bar({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total > 0 ? (done / total) * 100 : 0;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-4 text-lg">
        <span className="truncate font-medium text-slate-900" title={label}>
          {label}
        </span>
        <span className="num shrink-0 text-slate-700">
          {done} / {total}
        </span>
      </div>
      <div
        className="mt-1 h-3 rounded-full bg-slate-200"
        role="meter"
        aria-label={`${label}: ${done} of ${total} done`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <div className="h-full rounded-full bg-ok" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

const PRIORITY_MARK = {
  critical: 'bg-bad text-white',
  high: 'bg-warn text-white',
  medium: 'bg-slate-200 text-slate-800',
  low: 'bg-slate-100 text-slate-700',
} as const;

/** Progress overall and per phase, and the items still open (`runs` name the runs that verify items). */
export function RoadmapSlide({ view, runs }: { view: RoadmapView; runs: { id: string; label: string }[] }) {
  const progress = roadmapProgress(view.roadmap, view.verification);
  const { items, total } = openItems(view, Object.fromEntries(runs.map((r) => [r.id, r.label])));
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="space-y-4">
        <p className="num text-3xl font-semibold text-slate-950" data-testid="roadmap-progress">
          {progressText(progress)}
        </p>
        {phaseProgress(view).map((p) => (
          <Bar key={p.id} label={p.title} done={p.done} total={p.total} />
        ))}
      </div>
      <div>
        <h2 className="text-2xl font-semibold text-slate-900">
          {total === 0 ? 'Nothing left open' : `Still open (${total})`}
        </h2>
        <ul className="mt-3 divide-y divide-slate-200" aria-label="Open roadmap items">
          {items.map((item) => (
            <li key={item.id} className="flex items-start gap-3 py-2">
              <span
                className={[
                  'mt-1 shrink-0 rounded px-2 py-0.5 text-sm font-bold uppercase',
                  PRIORITY_MARK[item.priority],
                ].join(' ')}
              >
                {PRIORITY_LABELS[item.priority]}
              </span>
              <span className="min-w-0">
                <span className="block text-xl text-slate-950">{item.title}</span>
                <span className="block text-base text-slate-600">
                  {item.phase}
                  {item.verification && (
                    <span className={item.regressed ? 'font-semibold text-bad' : 'text-warn'}>
                      {' '}
                      · {item.verification}
                    </span>
                  )}
                </span>
              </span>
            </li>
          ))}
        </ul>
        {total > items.length && (
          <p className="mt-2 text-lg text-slate-600">and {total - items.length} more on the roadmap</p>
        )}
      </div>
    </div>
  );
}
