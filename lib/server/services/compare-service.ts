// Comparisons of stored runs: GET /api/compare.
import 'server-only';
import { loadOrder, targetOf as targetIndexOf } from '../../domain/analysis/compare-order';
import { compareSteps, NotSteppedError } from '../../domain/analysis/compare-steps';
import { comparisonMarkdown } from '../../domain/report/markdown';
import type { Comparison } from '../../domain/analysis/types';
import { badRequest } from './errors';
import { runHistoryColumns } from '../../domain/charts/series-columns';
import type { UserGroup } from '../../domain/analysis/endpoint-groups';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../domain/analysis/thresholds';
import { userGroupSchema } from '../schemas/compare';
import type { StoredRun } from '../../domain/shapes/stored-run';
import { comparisonKey } from '../../domain/analysis/comparison-key';
import { notesMarkdown } from '../../domain/report/markdown-notes';
import { database } from '../db/stores';
import type { ComparisonNote } from '../../domain/shapes/comparison-note';
import { compareWithCriteria, criteriaOutOfScope, criteriaVerdicts } from '../../domain/criteria/compare';
import { getProjectIdOfRun, getRunCriteriaSets, getRunPlanContext, planMarkdown } from './project-service';
import { cachedRead } from './read-cache';
import { withWindowNote, type RunWindow } from '../../domain/analysis/run-window';
import { latencyCeiling } from '../../domain/analysis/latency-ceiling';
import { rampWarning, steadyUnavailable } from '../../domain/analysis/steady-state';
import { getStoredRunOrThrow, getStoredRunWithAllSeries, runOverWindowOrThrow } from './runs-service';
import type { ComparisonView } from '../../domain/shapes/comparison-view';
import type { RunPlanContext } from '../../domain/shapes/run-plan';

/** User choices that shape a comparison: thresholds and endpoint groups (see lib/server/schemas/compare.ts). */
export interface CompareOptions {
  thresholds?: Thresholds;
  groups?: UserGroup[];
  /** `steady`: every run over its steady-state window (422 naming a run without one). Default whole. */
  window?: RunWindow;
  /** The run judged against the baseline: one of the compared runs other than the baseline (else 400).
   *  Absent: the last run given that is not the baseline. */
  target?: string;
}

/** The runs a comparison reads: its own and the baseline (the revisions of their projects date its view). */
const withBaseline = (ids: readonly string[], baselineId: string | undefined) =>
  baselineId === undefined ? ids : [...ids, baselineId];

/** With the target run's project criteria sets judged (`criteria`, [] without sets; load steps: their run's).
 *  Cached per data revision (criteria edits raise it): read-only. */
export async function compareStoredRuns(
  ids: string[],
  baselineId?: string,
  steps = false,
  options: CompareOptions = {},
): Promise<Comparison> {
  const key = `comparison:${JSON.stringify([ids, baselineId ?? null, steps, options])}`;
  return cachedRead(key, { runs: withBaseline(ids, baselineId) }, async () =>
    compareLoaded(await loadRuns(ids, baselineId, steps, options.window, options.target), steps, options, true),
  );
}

/** The comparison report: the meeting's decisions and notes, the analysis, then the target run's
 *  success criteria verdicts and its project's roadmap, and each run's own notes. */
/** `runUrlPrefix` + a run id links a run ("https://host/runs/"). Cached per data revision. */
export async function compareStoredRunsMarkdown(
  ids: string[],
  baselineId?: string,
  steps = false,
  options: CompareOptions = {},
  runUrlPrefix?: string,
): Promise<string> {
  return cachedRead(
    `comparison-md:${JSON.stringify([ids, baselineId ?? null, steps, options, runUrlPrefix ?? null])}`,
    { runs: withBaseline(ids, baselineId) },
    () =>
      comparisonReport(
        ids,
        baselineId,
        steps,
        options,
        runUrlPrefix === undefined ? undefined : (id) => `${runUrlPrefix}${id}`,
      ),
  );
}

async function comparisonReport(
  ids: string[],
  baselineId: string | undefined,
  steps: boolean,
  options: CompareOptions,
  runUrl?: (runId: string) => string,
): Promise<string> {
  const { stored } = await loadRuns(ids, baselineId, steps, options.window, options.target);
  const comparison = await compareStoredRuns(ids, baselineId, steps, options);
  const target = targetOf(comparison);
  const [plan, meeting] = await Promise.all([
    target ? getRunPlanContext(target.id) : null,
    readNote(ids, baselineId, steps),
  ]);
  return reportMarkdown(comparison, plan, meeting, stored, runUrl);
}

function targetOf(c: Comparison): { id: string; label: string } | null {
  const run = c.steps ? { id: c.steps.runId, label: c.runs[0]?.label ?? null } : c.runs[c.targetIndex];
  return run?.id ? { id: run.id, label: run.label ?? run.id } : null;
}

function reportMarkdown(
  c: Comparison,
  plan: RunPlanContext | null,
  meeting: ComparisonNote | null,
  stored: StoredRun[],
  runUrl?: (runId: string) => string,
): string {
  const target = targetOf(c);
  const runNotes = stored.map((s) => ({ label: s.summary.label, notes: s.notes }));
  // The criteria section: the verdicts of comparison.criteria (for load steps, of their whole run).
  const analysis = comparisonMarkdown(c);
  const parts = [analysis, plan && target ? planMarkdown(plan, runUrl) : '', notesMarkdown(meeting, runNotes)];
  return (
    parts
      .filter((p) => p.trim() !== '')
      .map((p) => p.trimEnd())
      .join('\n\n') + '\n'
  );
}

async function readNote(ids: string[], baselineId: string | undefined, steps: boolean): Promise<ComparisonNote | null> {
  const db = await database();
  return db.notes.getComparisonNote(comparisonKey(ids, baselineId, steps));
}

/** Saves the meeting's notes and decisions about a comparison (its runs must exist). */
export async function saveComparisonNotes(
  ids: string[],
  baselineId: string | undefined,
  steps: boolean,
  text: { notes: string | null; decisions: string | null },
  by: string,
): Promise<ComparisonNote> {
  if (ids.length === 0 || (!steps && ids.length < 2)) throw badRequest('give the compared runs: ?runs=ID,ID');
  if (baselineId !== undefined && !ids.includes(baselineId))
    throw badRequest('baseline must be one of the compared runs');
  await Promise.all(ids.map(getProjectIdOfRun));
  const db = await database();
  return db.notes.saveComparisonNote(
    comparisonKey(ids, baselineId, steps),
    ids,
    baselineId ?? ids[0] ?? null,
    text,
    by,
  );
}

export async function comparisonNotes(
  ids: string[],
  baselineId: string | undefined,
  steps: boolean,
): Promise<ComparisonNote | null> {
  return readNote(ids, baselineId, steps);
}

/** The compared runs in load order (user count, then start time; unknown user count last), and the
 *  baseline's and target's indexes among them. For load steps: the one stored run (indexes 0). */
interface LoadedRuns {
  stored: StoredRun[];
  baseline: number;
  target: number;
}

/** The runs a comparison names, validated and loaded once. With `steps`, the one run with every
 *  endpoint's series (per-endpoint step figures need them, not only the Aggregated one). The baseline
 *  defaults to the first run given, the target to the last run given that is not the baseline. */
async function loadRuns(
  ids: string[],
  baselineId: string | undefined,
  steps: boolean,
  window: RunWindow = 'whole',
  targetId?: string,
): Promise<LoadedRuns> {
  if (steps && window === 'steady')
    throw badRequest('window=steady does not apply with steps=1: each step is a plateau already');
  if (steps && targetId !== undefined)
    throw badRequest('target does not apply with steps=1: the last step is the target');
  if (steps) {
    if (ids.length !== 1) throw badRequest('with steps=1 give exactly one run: ?runs=ID&steps=1');
    return { stored: [await getStoredRunWithAllSeries(ids[0]!)], baseline: 0, target: 0 };
  }
  if (ids.length < 2) throw badRequest('give at least two run ids: ?runs=ID,ID');
  if (new Set(ids).size !== ids.length) throw badRequest('a run appears twice in ?runs=');
  if (baselineId !== undefined && !ids.includes(baselineId))
    throw badRequest('baseline must be one of the compared runs');
  const baseline = baselineId === undefined ? 0 : ids.indexOf(baselineId);
  if (targetId !== undefined && !ids.includes(targetId)) throw badRequest('target must be one of the compared runs');
  if (targetId !== undefined && targetId === ids[baseline])
    throw badRequest('target must be another run than the baseline');
  const target = targetId === undefined ? targetIndexOf(ids.length, baseline) : ids.indexOf(targetId);
  // Per-endpoint figures over the steady window need every endpoint's series.
  const given =
    window === 'whole'
      ? await Promise.all(ids.map(getStoredRunOrThrow))
      : (await Promise.all(ids.map(getStoredRunWithAllSeries))).map(steadyStored);
  const order = loadOrder(given.map((s) => ({ userCount: s.run.meta.userCount, startTime: s.run.meta.startTime })));
  return { stored: order.map((i) => given[i]!), baseline: order.indexOf(baseline), target: order.indexOf(target) };
}

/** The first run without a steady state, named, with the reason; null when every run has one. */
function firstUnavailable(stored: StoredRun[]): string | null {
  for (const s of stored) {
    const reason = steadyUnavailable(s.run);
    if (reason !== null) return `${s.summary.label}: ${reason}`;
  }
  return null;
}

/** A stored run over its steady window; the summary's duration and start follow the window. */
function steadyStored(s: StoredRun): StoredRun {
  const run = runOverWindowOrThrow(s.run, 'steady', `run ${s.summary.id} (${s.summary.label})`);
  return { ...s, run, summary: { ...s.summary, durationS: run.meta.durationS, startTime: run.meta.startTime } };
}

/** `withCriteria`: judge the target run against its project's criteria sets (not for shared links).
 *  Load steps are parts of one run: the sets judge that whole run, and no step is held to their limits. */
async function compareLoaded(
  { stored, baseline, target }: LoadedRuns,
  steps: boolean,
  options: CompareOptions,
  withCriteria: boolean,
): Promise<Comparison> {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const groups = options.groups ?? [];
  if (steps) {
    const only = stored[0]!;
    try {
      const comparison = compareSteps({ id: only.summary.id, run: only.run }, 0, thresholds, groups);
      const sets = withCriteria ? await getRunCriteriaSets(only.summary.id) : [];
      if (sets.length === 0) return comparison;
      const judged = criteriaVerdicts(sets, only.run, null).map((v) => ({ ...v, judgedRun: only.summary.label }));
      return { ...comparison, criteria: judged, criteriaOutOfScope: criteriaOutOfScope(sets, only.run) };
    } catch (e) {
      if (e instanceof NotSteppedError) throw badRequest(e.message);
      throw e;
    }
  }
  const runs = stored.map((s) => ({
    id: s.summary.id,
    run: { ...s.run, meta: { ...s.run.meta, label: s.summary.label } },
    fileHashes: s.files.map((f) => f.sha256),
  }));
  const sets = withCriteria ? await getRunCriteriaSets(runs[target]!.id) : [];
  return withWindowNote(
    compareWithCriteria(runs, baseline, thresholds, groups, sets, target),
    options.window ?? 'whole',
  );
}

/** With `steps`, the comparison is of the load steps of one stored run, and `runs` holds that one run. */
/** `withPlan` false (Plan a retest only: it needs the project's sets and phases, not their verdicts; shared
 *  links pass true and show what the owner sees): no project criteria (`comparison.criteria` is [] and no
 *  criterion limits the statuses) and no roadmap (`plan` is null). */
/** Cached per data revision: read-only. */
/** `window`: 'steady' compares every run over its steady state (422 naming a run without one). */
/** `targetId`: the run judged against the baseline (400 unless another of the runs); absent: the default. */
/** `view.runs` and the comparison's runs are in load order (user count, start time; unknown user count last). */
export async function getComparisonView(
  ids: string[],
  baselineId?: string,
  steps = false,
  groups: string[] = [],
  withPlan = true,
  window: RunWindow = 'whole',
  targetId?: string,
): Promise<ComparisonView> {
  const key = JSON.stringify([ids, baselineId ?? null, steps, groups, withPlan, window, targetId ?? null]);
  return cachedRead(`comparison-view:${key}`, { runs: withBaseline(ids, baselineId) }, () =>
    readComparisonView(ids, baselineId, steps, groups, withPlan, window, targetId),
  );
}

async function readComparisonView(
  ids: string[],
  baselineId: string | undefined,
  steps: boolean,
  groups: string[],
  withPlan: boolean,
  window: RunWindow,
  targetId: string | undefined,
): Promise<ComparisonView> {
  const parsed = groups.map((g) => userGroupSchema.safeParse(g));
  const bad = parsed.findIndex((p) => !p.success);
  if (bad >= 0) throw badRequest(`group "${groups[bad]}" is not NAME=PREFIX, e.g. Auth=/accounts/`);
  const loaded = await loadRuns(ids, baselineId, steps, window, targetId);
  const { stored } = loaded;
  const userGroups = parsed.map((p) => p.data as UserGroup);
  const comparison = await compareLoaded(loaded, steps, { groups: userGroups, window }, withPlan);
  const target = targetOf(comparison);
  const [plan, meeting] = await Promise.all([
    target && withPlan ? getRunPlanContext(target.id) : null,
    readNote(ids, baselineId, steps),
  ]);
  return {
    comparison,
    groups,
    runs: stored.map((s) => ({
      id: s.summary.id,
      label: s.summary.label,
      userCount: s.summary.userCount,
      durationS: s.summary.durationS,
      startTime: s.summary.startTime,
      percentiles: s.run.aggregated.percentiles,
      maxMs: s.run.aggregated.maxMs,
      history: runHistoryColumns(s.run.history),
      rampWarning: window === 'whole' ? rampWarning(s.run) : null,
      ceiling: window === 'whole' ? (latencyCeiling(s.run)?.evidence ?? null) : null,
    })),
    window,
    steadyUnavailable: window === 'steady' || steps ? null : firstUnavailable(stored),
    markdown: reportMarkdown(comparison, plan, meeting, stored),
    plan,
    meeting,
    key: { runs: ids, baseline: baselineId ?? null, steps },
    targetParam: targetId ?? null,
  };
}
