import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SignOffList } from '@/components/criteria/sign-off-list';
import { CriteriaSetCard } from '@/components/project/criteria-set-card';
import { NewSetButton } from '@/components/project/new-set-button';
import { ProjectHeader } from '@/components/project/project-header';
import { VerdictsOverTime } from '@/components/project/verdicts-over-time';
import { RoadmapPanel } from '@/components/roadmap/roadmap-panel';
import { Card } from '@/components/ui/card';
import { selectedRunId } from '@/lib/criteria-view/verdict-matrix';
import { loadEndpointNames, loadProject } from './project-page-data';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ run?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { project } = await loadProject((await params).id);
  return { title: project.name };
}

/** /projects/ID[?run=RUNID]: verdicts of every run, the criteria sets judged on the selected run
 *  (default: the latest), sign-offs and the roadmap. */
export default async function ProjectPage({ params, searchParams }: Props) {
  await connection();
  const overview = await loadProject((await params).id);
  const { project, sets, evaluation, signOffs } = overview;
  const asked = (await searchParams).run;
  const runId = selectedRunId(evaluation, Array.isArray(asked) ? asked[0] : asked);
  const endpoints = await loadEndpointNames(evaluation.runs.at(-1)?.id ?? null);
  const runOptions = evaluation.runs.map((r) => ({ id: r.id, label: r.label }));
  return (
    <div className="space-y-8">
      <ProjectHeader project={project} runCount={evaluation.runs.length} />
      <VerdictsOverTime projectId={project.id} evaluation={evaluation} sets={sets} selectedRunId={runId} />
      <section aria-labelledby="sets-title" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="sets-title" className="text-lg font-semibold text-slate-900">Criteria sets</h2>
          <NewSetButton projectId={project.id} runs={runOptions} endpoints={endpoints} />
        </div>
        {sets.map((set) => {
          const verdicts = evaluation.sets.find((s) => s.setId === set.id)?.verdicts ?? [];
          const runs = evaluation.runs.flatMap((r, i) => (verdicts[i] ? [{ id: r.id, label: r.label, verdict: verdicts[i] }] : []));
          return <CriteriaSetCard key={set.id} projectId={project.id} set={set} runs={runs} selectedRunId={runId} endpoints={endpoints} />;
        })}
      </section>
      <Card title="Sign-offs">
        <SignOffList records={signOffs} />
      </Card>
      <RoadmapPanel projectId={project.id} view={overview.roadmap} runs={runOptions} editable />
    </div>
  );
}
