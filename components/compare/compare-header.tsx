import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import type { ReactNode } from 'react';
import { PresentLink, PrintButton } from '@/components/present/page-controls';
import { ShareButton } from '@/components/share/share-button';
import { formatDuration } from '@/lib/domain/format/format';
import type { CompareModel, RunInfo } from '@/lib/view/compare/model';
import { presentHref } from '@/lib/view/present/slides';
import { comparisonShare } from '@/lib/view/share/request';
import { buildsMixed, pickOptions } from '@/lib/view/compare/builds';
import { BaselinePicker, type PickState } from './baseline-picker';
import type { CompareRules } from '@/lib/view/compare/rules';
import { RuleNote, RulePicker } from './rule-picker';
import { TargetPicker } from './target-picker';
import { ReportActions } from './report-actions';
import { RunSwatch } from './run-swatch';

/** A compared run's chip, outlined by its role, and the label of its role. */
const CHIP = 'inline-flex max-w-full flex-wrap items-center gap-x-1.5 gap-y-0.5 rounded-2xl border px-2.5 py-1';
const CHIP_BORDER: Record<RunInfo['role'], string> = {
  baseline: 'border-slate-400 bg-white',
  target: 'border-brand-500/50 bg-brand-50/60',
  other: 'border-slate-200 bg-slate-50',
};
const roleLabelClass = (role: RunInfo['role']) =>
  `text-[11px] font-semibold tracking-wide uppercase ${role === 'baseline' ? 'text-slate-600' : 'text-brand-700'}`;

/** A run chip's tooltip: name, build, where it came from, duration, and a note when it has no time series. */
function chipTitle(run: RunInfo): string {
  const build = run.build !== null ? ` · build ${run.build}` : '';
  const origin = run.provenance !== null ? ` · ${run.provenance}` : '';
  const duration = run.durationS !== null ? ` · ${formatDuration(run.durationS)}` : '';
  return `${run.name}${build}${origin}${duration}${run.history ? '' : ' · no time series'}`;
}

/** The build is the commit the origin chip shows already (CI's default build): one chip says it. */
const buildInOrigin = (run: RunInfo) =>
  run.build !== null && run.provenance !== null && run.provenance.split(' ').includes(run.build);

const TAG = 'max-w-40 truncate rounded bg-slate-100 px-1 text-[11px] text-slate-600';

/** Title, the compared runs in load order (each links to its page, with its build when builds are mixed),
 *  the baseline, baseline rule and target choices, and the report actions.
 *  `readOnly` (shared link): no breadcrumb, run links, baseline or target choice, API links or Share. */
export function CompareHeader({
  model,
  readOnly = false,
  rules,
}: {
  model: CompareModel;
  readOnly?: boolean;
  rules?: CompareRules;
}) {
  const { runs, stepped } = model;
  if (stepped) return <StepsHeader model={model} stepped={stepped} readOnly={readOnly} />;
  const title = runs.length <= 3 ? runs.map((r) => r.name).join(' vs ') : `${runs.length} runs compared`;
  const mixed = buildsMixed(runs);
  // Branch @ commit · environment on each chip when they differ between the runs (the tooltip always has it).
  const origins = new Set(runs.map((r) => r.provenance)).size > 1;
  const options = pickOptions(runs);
  const pick: PickState = {
    ids: model.ids,
    baseline: model.baselineId,
    target: model.targetParam ?? undefined,
    groups: model.userGroups,
    window: model.window,
  };
  return (
    <header className="space-y-4">
      {!readOnly && <Breadcrumb trail={[{ href: '/runs', label: 'Runs' }]} current="Comparison" />}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words text-slate-900">{title}</h1>
        <Actions model={model} readOnly={readOnly} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ol className="flex flex-wrap items-center gap-1.5 text-sm" aria-label="Compared runs, in load order">
          {runs.map((run) => (
            <li key={run.id}>
              <RunChip
                href={readOnly ? null : `/runs/${encodeURIComponent(run.id)}`}
                className={`${CHIP} ${readOnly ? '' : 'hover:bg-white'} ${CHIP_BORDER[run.role]}`}
                title={chipTitle(run)}
              >
                <RunSwatch color={run.color} />
                <span className="max-w-52 truncate font-medium text-slate-800">{run.name}</span>
                {run.userCount !== null && !run.name.includes(`${run.userCount} user`) && (
                  <span className="text-xs text-slate-500">{run.userCount.toLocaleString('en-US')} u</span>
                )}
                {mixed && !(origins && buildInOrigin(run)) && (
                  <span className={TAG} data-testid="run-build">
                    {run.build ?? 'no build'}
                  </span>
                )}
                {origins && (
                  <span className={TAG} data-testid="run-provenance">
                    {run.provenance ?? 'origin unknown'}
                  </span>
                )}
                {run.role !== 'other' && <span className={roleLabelClass(run.role)}>{run.role}</span>}
              </RunChip>
            </li>
          ))}
        </ol>
        {!readOnly && (
          <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2">
            <BaselinePicker options={options} state={pick} />
            {rules && <RulePicker rules={rules} state={pick} targetId={model.targetId} />}
            <TargetPicker options={options} state={pick} targetId={model.targetId} />
          </div>
        )}
      </div>
      {!readOnly && rules?.chosen && <RuleNote chosen={rules.chosen} />}
    </header>
  );
}

function RunChip({
  href,
  className,
  title,
  children,
}: {
  href: string | null;
  className: string;
  title: string;
  children: ReactNode;
}) {
  if (href === null)
    return (
      <span className={className} title={title}>
        {children}
      </span>
    );
  return (
    <Link href={href} className={className} title={title}>
      {children}
    </Link>
  );
}

function Actions({ model, readOnly }: { model: CompareModel; readOnly: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!readOnly && (
        <ShareButton request={comparisonShare(model)} what={model.stepped ? 'these load steps' : 'this comparison'} />
      )}
      {!readOnly && <PresentLink href={presentHref(model.hrefs.page)} />}
      <PrintButton />
      <ReportActions
        markdown={model.markdown}
        fileName={model.markdownFileName}
        jsonHref={model.hrefs.json}
        markdownHref={model.hrefs.markdown}
        readOnly={readOnly}
      />
    </div>
  );
}

/** One stepped run: its name (a link to it), its steps in order, no baseline choice (step 1 is the reference). */
function StepsHeader({
  model,
  stepped,
  readOnly,
}: {
  model: CompareModel;
  stepped: NonNullable<CompareModel['stepped']>;
  readOnly: boolean;
}) {
  return (
    <header className="space-y-4">
      {!readOnly && (
        <Breadcrumb
          trail={[
            { href: '/runs', label: 'Runs' },
            { href: `/runs/${encodeURIComponent(stepped.runId)}`, label: stepped.runName },
          ]}
          current="Load steps"
        />
      )}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words text-slate-900">
          Load steps of {stepped.runName}
        </h1>
        <Actions model={model} readOnly={readOnly} />
      </div>
      <ol className="flex flex-wrap items-center gap-1.5 text-sm" aria-label="Load steps, in order">
        {model.runs.map((run) => (
          <li key={run.id} className={`${CHIP} ${CHIP_BORDER[run.role]}`}>
            <RunSwatch color={run.color} />
            <span className="font-medium text-slate-800">{run.name}</span>
            {run.durationS !== null && <span className="text-xs text-slate-500">{formatDuration(run.durationS)}</span>}
            {run.role !== 'other' && <span className={roleLabelClass(run.role)}>{run.role}</span>}
          </li>
        ))}
      </ol>
    </header>
  );
}
