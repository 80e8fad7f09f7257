import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SignOffList } from '@/components/criteria/sign-off-list';
import { CriteriaSetCard } from '@/components/project/criteria-set-card';
import { NewSetButton } from '@/components/project/new-set-button';
import { ProjectHeader } from '@/components/project/project-header';
import { VerdictsOverTime } from '@/components/project/verdicts-over-time';
import { RoadmapPanel } from '@/components/roadmap/roadmap-panel';
import { Card } from '@/components/ui/card';
import { WebhooksPanel } from '@/components/webhooks/webhooks-panel';
import { BaselineRulesPanel } from '@/components/baseline-rules/baseline-rules-panel';
import { setCardRuns } from '@/lib/view/criteria/verdict-matrix';
import { loadBaselineRules, loadEndpointNames, loadProjectPage, loadWebhooks } from './project-page-data';

type Query = string | string[] | undefined;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ run?: Query; page?: Query }> };

const first = (value: Query) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const asked = await searchParams;
  // The same call as the page's: loaded once per request.
  return { title: (await loadProjectPage((await params).id, first(asked.page), first(asked.run))).project.name };
}

/** /projects/ID[?page=N][&run=RUNID]: verdicts of one page of runs (default: the newest; with only
 *  `run`, its page), the criteria sets judged on the selected run (default: the page's newest),
 *  sign-offs and the roadmap. */
export default async function ProjectPage({ params, searchParams }: Props) {
  await connection();
  const asked = await searchParams;
  const data = await loadProjectPage((await params).id, first(asked.page), first(asked.run));
  const { project, sets, runs, window, evaluation, selectedRunId, signOffs } = data;
  const [endpoints, webhooks, baselineRules] = await Promise.all([
    loadEndpointNames(runs.at(-1)?.id ?? null),
    loadWebhooks(project.id),
    loadBaselineRules(project.id),
  ]);
  // Runs offered as a baseline: those of the page shown (one array: the page sends it once), and a
  // set's own baseline from another page. Not all 1,000: pick an older one from its page.
  const runOptions = evaluation.runs.map((r) => ({ id: r.id, label: r.label }));
  const labelOf = new Map(runs.map((r) => [r.id, r.label]));
  const baselineChoices = (baselineRunId: string | null) => {
    const label = baselineRunId ? labelOf.get(baselineRunId) : undefined;
    return label === undefined || runOptions.some((r) => r.id === baselineRunId)
      ? runOptions
      : [...runOptions, { id: baselineRunId!, label }];
  };
  return (
    <div className="space-y-8">
      <ProjectHeader project={project} runCount={runs.length} setCount={sets.length} />
      <VerdictsOverTime
        projectId={project.id}
        evaluation={evaluation}
        sets={sets}
        selectedRunId={selectedRunId}
        pager={{ window, runCount: runs.length }}
      />
      <section aria-labelledby="sets-title" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="sets-title" className="text-lg font-semibold text-slate-900">
            Criteria sets
          </h2>
          <NewSetButton projectId={project.id} runs={runOptions} endpoints={endpoints} />
        </div>
        {sets.map((set) => {
          // A run the set's scope leaves out: the card says why instead of a verdict.
          const { runs: shown, outOfScope } = setCardRuns(evaluation, set.id, selectedRunId);
          return (
            <CriteriaSetCard
              key={set.id}
              projectId={project.id}
              set={set}
              runs={shown}
              allRuns={baselineChoices(set.baselineRunId)}
              selectedRunId={selectedRunId}
              outOfScope={outOfScope}
              endpoints={endpoints}
            />
          );
        })}
      </section>
      <Card title="Sign-offs">
        <SignOffList records={signOffs} />
      </Card>
      <RoadmapPanel projectId={project.id} view={data.roadmap} runs={runOptions} editable />
      <BaselineRulesPanel
        projectId={project.id}
        rules={baselineRules}
        choices={{ runs: [...runOptions].reverse(), sets: sets.map((s) => s.name) }}
      />
      <WebhooksPanel projectId={project.id} hooks={webhooks} />
    </div>
  );
}
