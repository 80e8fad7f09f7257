// A project: its page (one page of its runs evaluated against every criteria set, sign-offs and the verified
// roadmap), also answered by GET /api/projects/:id and shown by its deck and shared links, and what the compare
// page shows of a run's project. Nothing here evaluates every run of a project.
import 'server-only';
import { cachedRead } from './read-cache';
import { database } from '../db/stores';
import { outOfScopeReason } from '../../domain/criteria/applies-to';
import type { ProjectRunRef } from '../db/project-store';
import type { ProjectInfo } from '../../domain/shapes/project';
import type { DeletedProject } from '../db/project-write';
import type { ProjectEvaluation } from '../../domain/criteria/project-evaluation';
import type { ComparedSet } from '../../domain/criteria/compare';
import type { SignOffRecord, StoredCriteriaSet } from '../../domain/criteria/types';
import { parsePage, pickWindow, type RunWindow } from '../../view/criteria/run-window';
import { endpointLabel } from '../../domain/report/metric-format';
import { roadmapToMarkdown } from '../../domain/roadmap/markdown';
import { badRequest, notFound } from './errors';
import { getProjectOrThrow } from './criteria-service';
import { evaluateRuns, loadBaselines, roadmapWithVerification } from './evaluation-reads';
import type { RoadmapView } from '../../domain/shapes/roadmap-view';
import type { RunPlanContext } from '../../domain/shapes/run-plan';

export interface ProjectPage {
  project: ProjectInfo;
  sets: StoredCriteriaSet[];
  /** Every run of the project, oldest first, without figures (run count, pickers, paging). */
  runs: ProjectRunRef[];
  /** The page of runs shown: runs[window.start, window.end). */
  window: RunWindow;
  /** The window's runs, oldest first, against every set. */
  evaluation: ProjectEvaluation;
  /** Always one of the window's runs (null without runs). */
  selectedRunId: string | null;
  signOffs: SignOffRecord[];
  roadmap: RoadmapView;
}

/** The project page: `asked` is the URL's `page` and `run` (lib/view/criteria/run-window.ts). */
export async function getProjectPage(idOrName: string, asked: { page?: string; run?: string }): Promise<ProjectPage> {
  const key = `project-page:${JSON.stringify([idOrName, asked.page ?? null, asked.run ?? null])}`;
  return cachedRead(key, { project: idOrName }, () => readProjectPage(idOrName, asked));
}

/** The project page for the API: a `page` that is not a whole number from 1, or a `run` not of the project, is a
 *  400 (the page itself falls back to the newest runs). */
export async function getProjectApiPage(
  idOrName: string,
  asked: { page?: string; run?: string },
): Promise<ProjectPage> {
  if (asked.page !== undefined && parsePage(asked.page) === null)
    throw badRequest(`page must be a whole number from 1, not "${asked.page}"`);
  const page = await getProjectPage(idOrName, asked);
  if (asked.run !== undefined && !page.runs.some((r) => r.id === asked.run))
    throw badRequest(`run ${asked.run} is not a run of project ${page.project.name}`);
  return page;
}

async function readProjectPage(idOrName: string, asked: { page?: string; run?: string }): Promise<ProjectPage> {
  const project = await getProjectOrThrow(idOrName);
  const db = await database();
  const [sets, runs, signOffs, plan] = await Promise.all([
    db.criteria.listCriteriaSets(project.id),
    db.projects.listProjectRuns(project.id),
    db.signOffs.listSignOffs(project.id),
    db.roadmap.getRoadmap(project.id),
  ]);
  const { window, selectedRunId } = pickWindow(
    runs.map((r) => r.id),
    asked,
  );
  const baselines = await loadBaselines(db, sets);
  const shown = { ids: runs.slice(window.start, window.end).map((r) => r.id) };
  const evaluation = await evaluateRuns(db, project.id, shown, sets, baselines);
  const roadmap = await roadmapWithVerification(db, project.id, { sets, runs, roadmap: plan }, baselines, evaluation);
  return { project, sets, runs, window, evaluation, selectedRunId, signOffs, roadmap };
}

/** The id of the project of that name, created without runs (with `description`) when there is none. */
export async function ensureProjectNamed(name: string, description: string | null): Promise<string> {
  const db = await database();
  return db.projects.ensureProject(name, description);
}

/** Deletes a project (id or name) with its runs, criteria sets, sign-offs, roadmap and share links; 404 if unknown. */
export async function removeProject(idOrName: string): Promise<DeletedProject> {
  const project = await getProjectOrThrow(idOrName);
  const db = await database();
  const deleted = await db.projects.deleteProject(project.id);
  if (!deleted) throw notFound(`project ${idOrName}`);
  return deleted;
}

/** What "Plan a retest" needs of a project: its sets, runs (no figures) and roadmap phases; nothing evaluated. */
export interface ProjectBasics {
  project: ProjectInfo;
  sets: StoredCriteriaSet[];
  runs: ProjectRunRef[];
  phases: { id: string; title: string }[];
}

export async function getProjectBasics(idOrName: string): Promise<ProjectBasics> {
  const project = await getProjectOrThrow(idOrName);
  const db = await database();
  const [sets, runs, roadmap] = await Promise.all([
    db.criteria.listCriteriaSets(project.id),
    db.projects.listProjectRuns(project.id),
    db.roadmap.getRoadmap(project.id),
  ]);
  return { project, sets, runs, phases: roadmap.phases.map((p) => ({ id: p.id, title: p.title })) };
}

/** A run's endpoint names ("GET /login"), sorted, without loading the run ([] for an unknown run). */
export async function getEndpointNamesOfRun(runId: string): Promise<string[]> {
  const db = await database();
  return [...new Set((await db.projects.endpointNamesOfRun(runId)).map((e) => endpointLabel(e.method, e.name)))].sort();
}

export async function getProjectIdOfRun(runId: string): Promise<string> {
  const db = await database();
  const id = await db.projects.projectOfRun(runId);
  if (!id) throw notFound(`run ${runId}`);
  return id;
}

/** Cached per data revision: read-only. */
export async function getRunPlanContext(runId: string): Promise<RunPlanContext> {
  return cachedRead(`run-plan:${runId}`, { runs: [runId] }, () => readRunPlanContext(runId));
}

async function readRunPlanContext(runId: string): Promise<RunPlanContext> {
  const project = await getProjectOrThrow(await getProjectIdOfRun(runId));
  const db = await database();
  const [sets, runs, plan] = await Promise.all([
    db.criteria.listCriteriaSets(project.id),
    db.projects.listProjectRuns(project.id),
    db.roadmap.getRoadmap(project.id),
  ]);
  const baselines = await loadBaselines(db, sets);
  const [evaluation, roadmap] = await Promise.all([
    evaluateRuns(db, project.id, { ids: [runId] }, sets, baselines),
    roadmapWithVerification(db, project.id, { sets, runs, roadmap: plan }, baselines),
  ]);
  const verdicts = sets.flatMap((set, i) => {
    const verdict = evaluation.sets[i]!.verdicts[0];
    return verdict ? [{ set, verdict }] : [];
  });
  const outOfScope = sets.flatMap((set, i) => {
    const reason = evaluation.sets[i]!.outOfScope[0];
    return reason ? [{ set, reason }] : [];
  });
  return { project: { id: project.id, name: project.name }, verdicts, outOfScope, roadmap };
}

/**
 * The criteria sets of a run's project, to judge a comparison whose target is that run
 * (lib/domain/criteria/compare.ts): a set that names a baseline run carries it (null when that run is gone),
 * as the project page and sign-offs evaluate it, so both verdicts agree. [] when the run has none.
 */
export async function getRunCriteriaSets(runId: string): Promise<ComparedSet[]> {
  const db = await database();
  const subject = await db.runs.loadRunSubject(runId);
  if (!subject) return [];
  const sets = await db.criteria.listCriteriaSets(subject.projectId);
  if (sets.length === 0) return [];
  const baselines = await loadBaselines(db, sets);
  // Whether each set applies to the run is decided here, where its tags are known (appliesTo).
  return sets.map((set): ComparedSet => {
    const scoped = { ...set, outOfScope: outOfScopeReason(set, subject) };
    return set.baselineRunId === null ? scoped : { ...scoped, baselineRun: baselines.get(set.baselineRunId) ?? null };
  });
}

/**
 * The Markdown section of a run's project in the comparison report: the roadmap checklist. The
 * criteria verdicts are the comparison's own (`comparison.criteria`, the same sets on the same run),
 * written once by the report, not repeated here.
 */
export function planMarkdown(plan: RunPlanContext, runUrl?: (runId: string) => string): string {
  if (plan.roadmap.roadmap.phases.length === 0) return '';
  const verification = new Map(Object.entries(plan.roadmap.verification));
  return (
    `## Roadmap (${plan.project.name})\n` +
    `\n${roadmapToMarkdown(plan.roadmap.roadmap, { verification, headingLevel: 3, ...(runUrl ? { runUrl } : {}) })}`
  );
}
