// The project page: its runs evaluated against every criteria set, sign-offs and the roadmap.
import 'server-only';
import { getDatabase } from '../db/client';
import type { ProjectInfo } from '../db/project-store';
import { projectOfRun } from '../db/project-store';
import { listSignOffs } from '../db/signoff-store';
import type { ProjectEvaluation } from '../criteria/project-evaluation';
import { verdictsMarkdown } from '../criteria/markdown';
import type { SignOffRecord, StoredCriteriaSet, Verdict } from '../criteria/types';
import { roadmapToMarkdown } from '../roadmap/markdown';
import { notFound } from '../http/errors';
import { evaluateProjectNow, getProjectOrThrow } from './criteria-service';
import { getRoadmapView, type RoadmapView } from './roadmap-service';

export interface ProjectOverview {
  project: ProjectInfo;
  sets: StoredCriteriaSet[];
  evaluation: ProjectEvaluation;
  signOffs: SignOffRecord[];
  roadmap: RoadmapView;
}

export async function getProjectOverview(idOrName: string): Promise<ProjectOverview> {
  const project = await getProjectOrThrow(idOrName);
  const { prisma } = await getDatabase();
  const [evaluated, signOffs] = await Promise.all([evaluateProjectNow(project.id), listSignOffs(prisma, project.id)]);
  const roadmap = await getRoadmapView(project.id, evaluated);
  const { sets, evaluation } = evaluated;
  return { project, sets, evaluation, signOffs, roadmap };
}

export async function getProjectIdOfRun(runId: string): Promise<string> {
  const { prisma } = await getDatabase();
  const id = await projectOfRun(prisma, runId);
  if (!id) throw notFound(`run ${runId}`);
  return id;
}

/** What the compare page and report show of a run's project: each set's verdict on the run, and the roadmap. */
export interface RunPlanContext {
  project: { id: string; name: string };
  verdicts: { set: StoredCriteriaSet; verdict: Verdict }[];
  roadmap: RoadmapView;
}

export async function getRunPlanContext(runId: string): Promise<RunPlanContext> {
  const project = await getProjectOrThrow(await getProjectIdOfRun(runId));
  const evaluated = await evaluateProjectNow(project.id);
  const column = evaluated.evaluation.runs.findIndex((r) => r.id === runId);
  const verdicts = evaluated.sets.map((set, i) => ({ set, verdict: evaluated.evaluation.sets[i]!.verdicts[column]! }));
  return { project: { id: project.id, name: project.name }, verdicts, roadmap: await getRoadmapView(project.id, evaluated) };
}

/** The Markdown sections of a run's project: success criteria verdicts and the roadmap checklist. */
export function planMarkdown(runLabel: string, plan: RunPlanContext, runUrl?: (runId: string) => string): string {
  const parts = [verdictsMarkdown(runLabel, plan.verdicts.map(({ set, verdict }) => ({ criteria: set.criteria, verdict })))];
  if (plan.roadmap.roadmap.phases.length > 0) {
    const verification = new Map(Object.entries(plan.roadmap.verification));
    parts.push(`## Roadmap (${plan.project.name})\n\n${roadmapToMarkdown(plan.roadmap.roadmap, { verification, headingLevel: 3, ...(runUrl ? { runUrl } : {}) })}`);
  }
  return parts.filter(Boolean).join('\n');
}
