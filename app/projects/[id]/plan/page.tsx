import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import Link from 'next/link';
import { connection } from 'next/server';
import { BarToggle } from '@/components/project/bar-toggle';
import { PlanRetest } from '@/components/project/plan-retest';
import { LINK_BUTTON } from '@/components/ui/button';
import type { SearchParams } from '@/lib/view/compare/query';
import { compareHref } from '@/lib/view/compare/query';
import { defaultSetName, planDescription, withRole } from '@/lib/view/criteria/plan';
import { loadPlan } from './plan-data';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: 'Plan a retest' };

/** /projects/ID/plan?runs=A,B&baseline=A[&bar=production]: criteria and roadmap items proposed from
 *  the comparison (the target run's project), edited, then saved together. */
export default async function PlanPage({ params, searchParams }: Props) {
  await connection();
  const result = await loadPlan((await params).id, await searchParams);
  if (!result.ok) return <PlanBadRequest message={result.message} />;
  const { basics, bar, ids, baselineId, groups, baseline, target, criteria, items, endpoints } = result.plan;
  const { project, sets, phases } = basics;
  const runs = basics.runs.map((r) => ({ id: r.id, label: r.label }));
  if (!runs.some((r) => r.id === baseline.id))
    runs.unshift({ id: baseline.id, label: `${baseline.label} (another project)` });
  const name = defaultSetName(
    bar,
    target.label,
    sets.map((s) => s.name),
  );
  const description = planDescription(bar, baseline.label, target.label);
  const baselineName = withRole(baseline.label, 'baseline');
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Breadcrumb
          trail={[
            { href: '/projects', label: 'Projects' },
            { href: `/projects/${encodeURIComponent(project.id)}`, label: project.name },
          ]}
          current="Plan a retest"
        />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Plan a retest</h1>
        <p className="text-sm text-slate-600">
          Success criteria and roadmap items proposed from the comparison of {baselineName} with {target.label} (
          <Link
            href={compareHref(ids, baselineId, false, groups)}
            className="hover:text-brand-800 text-brand-700 underline"
          >
            open it
          </Link>
          ). Edit them, then save.
        </p>
        <BarToggle projectId={project.id} ids={ids} baselineId={baselineId} groups={groups} bar={bar} />
      </header>
      {criteria.length === 0 && (
        <p className="rounded-xl border border-green-200 bg-green-50 px-5 py-3 text-sm text-green-950">
          Nothing got worse between these runs — no retest criteria to propose. You can still write criteria by hand
          below.
        </p>
      )}
      <PlanRetest
        key={`${bar} ${ids.join(',')} ${baselineId} ${groups.join(' ')}`}
        projectId={project.id}
        initial={{ name, description, baselineRunId: baseline.id, criteria: criteria.map((p) => p.criterion) }}
        whys={criteria.map((p) => p.why)}
        items={items.map((p) => ({ key: p.finding, item: p.item, criterion: p.criterion }))}
        phases={phases}
        defaultPhaseTitle={`Fixes for ${target.label}`}
        runs={runs}
        endpoints={endpoints}
      />
    </div>
  );
}

function PlanBadRequest({ message }: { message: string }) {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">Cannot plan a retest from this link</h1>
      <p className="mt-2 text-sm text-slate-600">
        {message.charAt(0).toUpperCase() + message.slice(1)}. Open a comparison of two runs, then “Plan a retest”.
      </p>
      <Link href="/runs" className={`mt-6 ${LINK_BUTTON.primary}`}>
        Pick runs to compare
      </Link>
    </div>
  );
}
