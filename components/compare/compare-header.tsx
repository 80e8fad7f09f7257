import Link from 'next/link';
import { formatDuration } from '@/lib/format/format';
import type { CompareModel } from '@/lib/compare-view/model';
import { BaselinePicker } from './baseline-picker';
import { ReportActions } from './report-actions';
import { RunSwatch } from './run-swatch';

/** Title, the compared runs (each links to its page), the baseline choice and the report actions. */
export function CompareHeader({ model }: { model: CompareModel }) {
  const { runs, stepped } = model;
  if (stepped) return <StepsHeader model={model} stepped={stepped} />;
  const title = runs.length <= 3 ? runs.map((r) => r.name).join(' vs ') : `${runs.length} runs compared`;
  return (
    <header className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/runs" className="hover:text-slate-800">Runs</Link>
        <span aria-hidden className="mx-2">/</span>
        <span aria-current="page" className="text-slate-700">Comparison</span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="min-w-0 break-words text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        <ReportActions markdown={model.markdown} fileName={model.markdownFileName} jsonHref={model.hrefs.json} markdownHref={model.hrefs.markdown} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ol className="flex flex-wrap items-center gap-1.5 text-sm" aria-label="Compared runs, in order">
          {runs.map((run) => (
            <li key={run.id}>
              <Link
                href={`/runs/${encodeURIComponent(run.id)}`}
                className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 hover:bg-white ${run.role === 'baseline' ? 'border-slate-400 bg-white' : run.role === 'target' ? 'border-brand-500/50 bg-brand-50/60' : 'border-slate-200 bg-slate-50'}`}
                title={`${run.name}${run.durationS !== null ? ` · ${formatDuration(run.durationS)}` : ''}${run.history ? '' : ' · no time series'}`}
              >
                <RunSwatch color={run.color} />
                <span className="max-w-52 truncate font-medium text-slate-800">{run.name}</span>
                {run.userCount !== null && !run.name.includes(`${run.userCount} user`) && <span className="text-xs text-slate-500">{run.userCount.toLocaleString('en-US')} u</span>}
                {run.role !== 'other' && <span className={`text-[11px] font-semibold uppercase tracking-wide ${run.role === 'baseline' ? 'text-slate-600' : 'text-brand-700'}`}>{run.role}</span>}
              </Link>
            </li>
          ))}
        </ol>
        <BaselinePicker ids={model.ids} names={runs.map((r) => r.name)} baselineId={model.baselineId} groups={model.userGroups} />
      </div>
    </header>
  );
}

/** One stepped run: its name (a link to it), its steps in order, no baseline choice (step 1 is the reference). */
function StepsHeader({ model, stepped }: { model: CompareModel; stepped: NonNullable<CompareModel['stepped']> }) {
  return (
    <header className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/runs" className="hover:text-slate-800">Runs</Link>
        <span aria-hidden className="mx-2">/</span>
        <Link href={`/runs/${encodeURIComponent(stepped.runId)}`} className="hover:text-slate-800">{stepped.runName}</Link>
        <span aria-hidden className="mx-2">/</span>
        <span aria-current="page" className="text-slate-700">Load steps</span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="min-w-0 break-words text-2xl font-semibold tracking-tight text-slate-900">Load steps of {stepped.runName}</h1>
        <ReportActions markdown={model.markdown} fileName={model.markdownFileName} jsonHref={model.hrefs.json} markdownHref={model.hrefs.markdown} />
      </div>
      <ol className="flex flex-wrap items-center gap-1.5 text-sm" aria-label="Load steps, in order">
        {model.runs.map((run) => (
          <li key={run.id} className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 ${run.role === 'baseline' ? 'border-slate-400 bg-white' : run.role === 'target' ? 'border-brand-500/50 bg-brand-50/60' : 'border-slate-200 bg-slate-50'}`}>
            <RunSwatch color={run.color} />
            <span className="font-medium text-slate-800">{run.name}</span>
            {run.durationS !== null && <span className="text-xs text-slate-500">{formatDuration(run.durationS)}</span>}
            {run.role !== 'other' && <span className={`text-[11px] font-semibold uppercase tracking-wide ${run.role === 'baseline' ? 'text-slate-600' : 'text-brand-700'}`}>{run.role}</span>}
          </li>
        ))}
      </ol>
    </header>
  );
}
