// Criteria and roadmap slides, shared by the comparison deck and the project deck: a criteria set's
// verdict on one run (large mark, then the compare page's criteria table), and roadmap progress
// (overall and per phase, then the items still open: the whole checklist does not fit a slide).
import { CriteriaVerdicts } from '@/components/compare/criteria-verdicts';
import type { StoredCriteriaSet, Verdict } from '@/lib/criteria/types';
import { openItems, phaseProgress } from '@/lib/present/roadmap';
import { PRIORITY_LABELS } from '@/lib/roadmap-view/labels';
import { progressText, roadmapProgress } from '@/lib/roadmap-view/progress';
import type { RoadmapView } from '@/lib/services/roadmap-service';
import { VerdictMark } from './slide-parts';

function metCount(verdict: Verdict): string {
  const met = verdict.results.filter((r) => r.met === true).length;
  return `${met} of ${verdict.results.length} ${verdict.results.length === 1 ? 'criterion' : 'criteria'} met`;
}

export function CriteriaSlide({ set, verdict, runName, projectHref }: { set: StoredCriteriaSet; verdict: Verdict; runName: string; projectHref: string | null }) {
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-5" data-verdict={verdict.verdict}>
        <VerdictMark verdict={verdict.verdict} large />
        <p className="text-3xl text-slate-900">
          <span className="font-semibold">{metCount(verdict)}</span> on {runName}
        </p>
      </div>
      {set.description && <p className="max-w-[70ch] text-xl text-slate-700">{set.description}</p>}
      <div className="[&_[data-testid=criteria-verdict]>div:first-child]:hidden [&_.font-mono]:text-base [&_table]:text-xl [&_td]:py-2 [&_td]:align-middle [&_thead]:text-base">
        <CriteriaVerdicts verdicts={[{ set, verdict }]} projectHref={projectHref} />
      </div>
    </div>
  );
}

function Bar({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total > 0 ? (done / total) * 100 : 0;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-4 text-lg">
        <span className="truncate font-medium text-slate-900" title={label}>{label}</span>
        <span className="num shrink-0 text-slate-700">{done} / {total}</span>
      </div>
      <div className="mt-1 h-3 rounded-full bg-slate-200" role="meter" aria-label={`${label}: ${done} of ${total} done`} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <div className="h-full rounded-full bg-ok" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

const PRIORITY_MARK = { critical: 'bg-bad text-white', high: 'bg-warn text-white', medium: 'bg-slate-200 text-slate-800', low: 'bg-slate-100 text-slate-700' } as const;

/** Progress overall and per phase, and the items still open (`runs` name the runs that verify items). */
export function RoadmapSlide({ view, runs }: { view: RoadmapView; runs: { id: string; label: string }[] }) {
  const progress = roadmapProgress(view.roadmap, view.verification);
  const { items, total } = openItems(view, Object.fromEntries(runs.map((r) => [r.id, r.label])));
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="space-y-4">
        <p className="num text-3xl font-semibold text-slate-950" data-testid="roadmap-progress">{progressText(progress)}</p>
        {phaseProgress(view).map((p) => (
          <Bar key={p.id} label={p.title} done={p.done} total={p.total} />
        ))}
      </div>
      <div>
        <h2 className="text-2xl font-semibold text-slate-900">{total === 0 ? 'Nothing left open' : `Still open (${total})`}</h2>
        <ul className="mt-3 divide-y divide-slate-200" aria-label="Open roadmap items">
          {items.map((item) => (
            <li key={item.id} className="flex items-start gap-3 py-2">
              <span className={`mt-1 shrink-0 rounded px-2 py-0.5 text-sm font-bold uppercase ${PRIORITY_MARK[item.priority]}`}>{PRIORITY_LABELS[item.priority]}</span>
              <span className="min-w-0">
                <span className="block text-xl text-slate-950">{item.title}</span>
                <span className="block text-base text-slate-600">
                  {item.phase}
                  {item.verification && <span className={item.regressed ? 'font-semibold text-bad' : 'text-warn'}> · {item.verification}</span>}
                </span>
              </span>
            </li>
          ))}
        </ul>
        {total > items.length && <p className="mt-2 text-lg text-slate-600">and {total - items.length} more on the roadmap</p>}
      </div>
    </div>
  );
}
