// Server-side: a stored run -> the serializable props of the run page (no Float64Array crosses
// to the client; the aggregated history is prepared and downsampled here).
import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { TimelineHistory } from '@/components/charts/timeline-types';
import { prepareTimeline } from '@/lib/domain/charts/prepare-timeline';
import { columnsFromHistory } from '@/lib/domain/charts/series-columns';
import type { RunSummary, StoredRun } from '@/lib/domain/shapes/stored-run';
import type { ParsedRun } from '@/lib/domain/locust/types';
import { latencyCeiling } from '@/lib/domain/analysis/latency-ceiling';
import type { RunWindow } from '@/lib/domain/analysis/run-window';
import { rampWarning, steadyUnavailable } from '@/lib/domain/analysis/steady-state';
import { capacityOf } from '@/lib/domain/analysis/capacity';
import { loadProfile } from '@/lib/domain/analysis/load-shape';
import { AppError } from '@/lib/server/services/errors';
import type { MeetingVerdict } from '@/lib/domain/report/meeting-verdict';
import { outOfScopeLines } from '@/lib/domain/report/criteria-lines';
import { runMeetingVerdict } from '@/lib/domain/report/run-verdict';
import { getRunPlanContext } from '@/lib/server/services/project-service';
import { capacityView, parseP95LimitParam, type CapacitySection, type LimitSource } from '@/lib/view/run/capacity';
import {
  getRunOverWindow,
  getStoredRunOrThrow,
  listEndpointSeries,
  projectP95LimitMs,
} from '@/lib/server/services/runs-service';

/** One load per request, shared by generateMetadata and the page; unknown ids become a 404. */
export const loadRun = cache(async (id: string): Promise<StoredRun> => {
  try {
    return await getStoredRunOrThrow(id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});

export async function loadHistory(id: string, stored: StoredRun): Promise<TimelineHistory | null> {
  const history = stored.run.history;
  if (!history) return null;
  const timeline = prepareTimeline(columnsFromHistory(history.aggregated), {
    window: history.percentileWindow,
    resetsAtS: history.resetsAtS,
  });
  if (timeline.points.length === 0) return null;
  const endpointSeries = history.fullHistory
    ? (await listEndpointSeries(id)).map(({ method, name }) => ({ method, name }))
    : [];
  return {
    timeline,
    window: history.percentileWindow,
    semanticsNote: history.semanticsNote,
    source: history.source,
    fullHistory: history.fullHistory,
    endpointSeries,
  };
}

/** The run page's figures over a window: the stored run itself, or over its steady state (with the headline
 *  summary recomputed); `unavailable` says why the steady window cannot be shown. */
export interface WindowedRun {
  stored: StoredRun;
  window: RunWindow;
  /** The ramp warning (whole window only) and the latency ceiling, as sentences. */
  notes: string[];
  /** Why the steady state cannot be shown (asked for or not), or null. */
  unavailable: string | null;
}

export async function loadWindowedRun(id: string, stored: StoredRun, window: RunWindow): Promise<WindowedRun> {
  const unavailable = steadyUnavailable(stored.run);
  // The ceiling is a whole-run property (whole-run maxima and percentiles), shown in both windows.
  const ceiling = latencyCeiling(stored.run)?.evidence ?? null;
  const notes = [rampWarning(stored.run), ceiling].filter((n) => n !== null);
  if (window === 'whole' || unavailable !== null) return { stored, window: 'whole', notes, unavailable };
  const { stored: full, run } = await getRunOverWindow(id, 'steady');
  const steady = { ...full, run, summary: summaryOver(full.summary, run) };
  return { stored: steady, window: 'steady', notes: ceiling === null ? [] : [ceiling], unavailable: null };
}

/** The headline summary of a run recomputed from its (windowed) Aggregated row, as stored runs' summaries are. */
export function summaryOver(summary: RunSummary, run: ParsedRun): RunSummary {
  const a = run.aggregated;
  return {
    ...summary,
    requests: a.requests,
    failures: a.failures,
    failureRate: a.requests > 0 ? a.failures / a.requests : null,
    rps: a.rps,
    medianMs: a.medianMs,
    p95Ms: a.percentiles['95'] ?? null,
    p99Ms: a.percentiles['99'] ?? null,
    maxMs: a.maxMs,
    userCount: run.meta.userCount,
    durationS: run.meta.durationS,
    startTime: run.meta.startTime,
  };
}

/** The Capacity section of a ramp or step run (null for other shapes): the curve of the WHOLE run with its
 *  P95 limit — `?p95LimitMs=` when given (as GET /api/runs/:id), else the project's P95 criterion, else none. */
export async function loadCapacity(
  whole: StoredRun,
  asked: string | string[] | undefined,
): Promise<CapacitySection | null> {
  const { shape, peakUsers } = loadProfile(whole.run);
  if ((shape !== 'ramp' && shape !== 'steps') || peakUsers === null) return null;
  const projectLimitMs = await projectP95LimitMs(whole.summary.projectId);
  const { limitMs: given, refused } = parseP95LimitParam(asked);
  const limitMs = given ?? projectLimitMs;
  const source: LimitSource | null = given !== null ? 'user' : projectLimitMs !== null ? 'project' : null;
  const capacity = capacityOf(whole.run, limitMs);
  if (capacity === null) return null;
  const view = capacityView(capacity, shape, peakUsers, source, latencyCeiling(whole.run)?.ceilingMs ?? null);
  return { view, shape, limitMs, source, projectLimitMs, refused };
}

/** The run's meeting verdict: its project's criteria sets on the whole run (as the project page judges it). */
export async function loadRunVerdict(whole: StoredRun): Promise<MeetingVerdict> {
  const plan = await getRunPlanContext(whole.summary.id);
  const meeting = runMeetingVerdict({
    runLabel: whole.summary.label,
    endpoints: whole.run.endpoints,
    verdicts: plan.verdicts,
    projectId: plan.project.id,
  });
  return { ...meeting, outOfScope: outOfScopeLines([], plan) };
}
