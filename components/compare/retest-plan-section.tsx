import Link from 'next/link';
import { RoadmapPanel } from '@/components/roadmap/roadmap-panel';
import { WithoutRunLinks } from '@/components/roadmap/run-links';
import { LINK_BUTTON } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { CompareModel } from '@/lib/view/compare/model';
import { CriteriaVerdicts } from './criteria-verdicts';
import { OutOfScopeNote } from '@/components/criteria/scope-note';

/** Success criteria of the target run's project on the target run, "Plan a retest", and the roadmap.
 *  `readOnly` (shared link): no "Plan a retest", the project and the runs that verify items named without links. */
export function RetestPlanSection({ model, readOnly = false }: { model: CompareModel; readOnly?: boolean }) {
  const { plan } = model;
  if (!plan) return null;
  const planHref = readOnly ? null : model.planHref;
  const target = model.runs[model.head.targetIndex];
  const projectHref = readOnly ? null : `/projects/${encodeURIComponent(plan.project.id)}`;
  const projectName = projectHref ? (
    <Link href={projectHref} className="hover:underline">
      {plan.project.name}
    </Link>
  ) : (
    plan.project.name
  );
  const runs = model.runs.map((r) => ({ id: r.id, label: r.name }));
  const action = planHref && (
    <Link href={planHref} data-print-hide className={LINK_BUTTON.primary}>
      Plan a retest
    </Link>
  );
  return (
    <div className="space-y-6" id="retest-plan">
      <Card title={`Success criteria on ${target?.name ?? 'the target run'}`} actions={action}>
        {(plan.outOfScope ?? []).map((o) => (
          <OutOfScopeNote key={o.set.id} reason={o.reason} className="mb-4" />
        ))}
        {plan.verdicts.length > 0 ? (
          <CriteriaVerdicts verdicts={plan.verdicts} projectHref={projectHref} />
        ) : (plan.outOfScope ?? []).length > 0 ? null : (
          <p className="text-sm text-slate-600">
            <span className={['font-medium', projectHref ? 'text-brand-700' : 'text-slate-800'].join(' ')}>
              {projectName}
            </span>{' '}
            has no success criteria yet.
            {planHref ? ' Plan a retest to propose criteria from what got worse here.' : ''}
          </p>
        )}
      </Card>
      {plan.roadmap.roadmap.phases.length > 0 && (
        <Card title={<>Roadmap of {projectName}</>}>
          {readOnly ? (
            <WithoutRunLinks>
              <RoadmapPanel projectId={plan.project.id} view={plan.roadmap} runs={runs} editable={false} />
            </WithoutRunLinks>
          ) : (
            <RoadmapPanel projectId={plan.project.id} view={plan.roadmap} runs={runs} editable={false} />
          )}
        </Card>
      )}
    </div>
  );
}
