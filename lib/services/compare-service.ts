// Comparisons of stored runs: GET /api/compare.
import 'server-only';
import { compareRuns } from '../analysis/compare-runs';
import { compareSteps, NotSteppedError } from '../analysis/compare-steps';
import { comparisonMarkdown } from '../analysis/markdown';
import type { Comparison } from '../analysis/types';
import { badRequest } from '../http/errors';
import { columnValues } from '../locust/numbers';
import type { UserGroup } from '../analysis/endpoint-groups';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../analysis/thresholds';
import { userGroupSchema } from '../schemas/compare';
import { getStoredRunOrThrow, getStoredRunWithAllSeries } from './runs-service';

/** User choices that shape a comparison: thresholds and endpoint groups (see lib/schemas/compare.ts). */
export interface CompareOptions {
  thresholds?: Thresholds;
  groups?: UserGroup[];
}

export async function compareStoredRuns(ids: string[], baselineId?: string, steps = false, options: CompareOptions = {}): Promise<Comparison> {
  if (steps) return compareStoredSteps(ids, options);
  if (ids.length < 2) throw badRequest('give at least two run ids: ?runs=ID,ID');
  if (new Set(ids).size !== ids.length) throw badRequest('a run appears twice in ?runs=');
  const baseline = baselineId === undefined ? 0 : ids.indexOf(baselineId);
  if (baseline < 0) throw badRequest('baseline must be one of the compared runs');
  const stored = await Promise.all(ids.map(getStoredRunOrThrow));
  const runs = stored.map((s) => ({ id: s.summary.id, run: { ...s.run, meta: { ...s.run.meta, label: s.summary.label } } }));
  return compareRuns(runs, baseline, options.thresholds ?? DEFAULT_THRESHOLDS, options.groups ?? []);
}

export async function compareStoredRunsMarkdown(ids: string[], baselineId?: string, steps = false, options: CompareOptions = {}): Promise<string> {
  return comparisonMarkdown(await compareStoredRuns(ids, baselineId, steps, options));
}

/** The load steps of one stored run (?runs=ID&steps=1). */
async function compareStoredSteps(ids: string[], options: CompareOptions): Promise<Comparison> {
  if (ids.length !== 1) throw badRequest('with steps=1 give exactly one run: ?runs=ID&steps=1');
  // Per-endpoint step figures need every endpoint's series, not only the Aggregated one.
  const stored = await getStoredRunWithAllSeries(ids[0]!);
  try {
    return compareSteps({ id: stored.summary.id, run: stored.run }, 0, options.thresholds ?? DEFAULT_THRESHOLDS, options.groups ?? []);
  } catch (e) {
    if (e instanceof NotSteppedError) throw badRequest(e.message);
    throw e;
  }
}

/** Everything the compare page shows: the comparison, each run's percentiles and time series, the report. */
export interface ComparisonView {
  comparison: Comparison;
  /** The user-defined groups as given ("NAME=PREFIX"), to keep them in links. */
  groups: string[];
  runs: {
    id: string;
    label: string;
    userCount: number | null;
    durationS: number | null;
    startTime: string | null;
    /** Aggregated percentiles (label -> ms) and max, for the percentile overlay. */
    percentiles: Record<string, number | null>;
    maxMs: number | null;
    /** Aggregated history as plain arrays (null = unknown), or null without history. */
    history: {
      percentileWindow: 'current-window' | 'cumulative';
      semantics: string;
      columns: Record<string, (number | null)[]>;
    } | null;
  }[];
  markdown: string;
}

/** With `steps`, the comparison is of the load steps of one stored run, and `runs` holds that one run. */
export async function getComparisonView(ids: string[], baselineId?: string, steps = false, groups: string[] = []): Promise<ComparisonView> {
  const parsed = groups.map((g) => userGroupSchema.safeParse(g));
  const bad = parsed.findIndex((p) => !p.success);
  if (bad >= 0) throw badRequest(`group "${groups[bad]}" is not NAME=PREFIX, e.g. Auth=/accounts/`);
  const comparison = await compareStoredRuns(ids, baselineId, steps, { groups: parsed.map((p) => p.data as UserGroup) });
  const stored = await Promise.all(ids.map(getStoredRunOrThrow));
  return {
    comparison,
    groups,
    runs: stored.map((s) => {
      const h = s.run.history;
      const columns: Record<string, (number | null)[]> = {};
      if (h) {
        for (const [key, value] of Object.entries(h.aggregated)) if (value instanceof Float64Array) columns[key] = columnValues(value);
        for (const [key, value] of Object.entries(h.aggregated.percentiles)) columns[`p${key}`] = columnValues(value);
      }
      return {
        id: s.summary.id,
        label: s.summary.label,
        userCount: s.summary.userCount,
        durationS: s.summary.durationS,
        startTime: s.summary.startTime,
        percentiles: s.run.aggregated.percentiles,
        maxMs: s.run.aggregated.maxMs,
        history: h ? { percentileWindow: h.percentileWindow, semantics: h.semanticsNote, columns } : null,
      };
    }),
    markdown: comparisonMarkdown(comparison),
  };
}
