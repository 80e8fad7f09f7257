import { SignOffList } from '@/components/criteria/sign-off-list';
import { CriteriaSetCard } from '@/components/project/criteria-set-card';
import { ProjectHeader } from '@/components/project/project-header';
import { VerdictsOverTime } from '@/components/project/verdicts-over-time';
import { RoadmapPanel } from '@/components/roadmap/roadmap-panel';
import { WithoutRunLinks } from '@/components/roadmap/run-links';
import { Card } from '@/components/ui/card';
import { setCardRuns } from '@/lib/view/criteria/verdict-matrix';
import type { RunWindow } from '@/lib/view/criteria/run-window';
import type { ProjectOverview } from '@/lib/domain/shapes/project';

interface Props {
  /** One page of the project's runs evaluated (the link's `page`). */
  overview: ProjectOverview;
  pager: { window: RunWindow; runCount: number };
  /** A run of that page: the one the criteria set cards judge. */
  selectedRunId: string | null;
}

/** The project page read-only: verdicts over time (paged), criteria set cards on the picked run, sign-offs,
 *  roadmap. */
export function SharedProject({ overview, pager, selectedRunId: runId }: Props) {
  const { project, sets, evaluation, signOffs } = overview;
  const runOptions = evaluation.runs.map((r) => ({ id: r.id, label: r.label }));
  return (
    <div className="space-y-8">
      <ProjectHeader project={project} runCount={pager.runCount} readOnly />
      <VerdictsOverTime
        projectId={project.id}
        evaluation={evaluation}
        sets={sets}
        selectedRunId={runId}
        pager={pager}
        readOnly
      />
      {sets.length > 0 && (
        <section aria-labelledby="sets-title" className="space-y-4">
          <h2 id="sets-title" className="text-lg font-semibold text-slate-900">
            Criteria sets
          </h2>
          {sets.map((set) => {
            // As on the owner's page: a run the set's scope leaves out gets why instead of a verdict.
            const { runs, outOfScope } = setCardRuns(evaluation, set.id, runId);
            return (
              <CriteriaSetCard
                key={set.id}
                projectId={project.id}
                set={set}
                runs={runs}
                selectedRunId={runId}
                outOfScope={outOfScope}
                endpoints={[]}
                readOnly
              />
            );
          })}
        </section>
      )}
      <Card title="Sign-offs">
        <SignOffList records={signOffs} linkRuns={false} />
      </Card>
      <WithoutRunLinks>
        <RoadmapPanel projectId={project.id} view={overview.roadmap} runs={runOptions} editable={false} />
      </WithoutRunLinks>
    </div>
  );
}
