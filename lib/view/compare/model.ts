// Everything the compare page renders, prepared on the server from the comparison view: plain,
// serializable data (no Float64Array, histories already reduced to one shared grid, endpoints packed).
import { describeDistribution } from '../../domain/analysis/distribution-words';
import {
  failureAttributionView,
  latencyAttributionView,
  type FailureAttributionView,
  type LatencyAttributionView,
} from './attribution';
import {
  criteriaLines,
  outOfScopeLines,
  type CriteriaLine,
  type OutOfScopeLine,
} from '../../domain/report/criteria-lines';
import { concentrationRows, failureDiffRows, type ConcentrationRow, type FailureDiffRow } from './failure-messages';
import { groupRows, type GroupRow } from './groups';
import { scalingCurveView, type ScalingCurveView } from './scaling-curve';
import { stepsView, type StepsView } from './steps';
import { prepareTimeline, type Timeline } from '../../domain/charts/prepare-timeline';
import type { ComparisonView } from '../../domain/shapes/comparison-view';
import { packEndpoints, type ComparisonHead, type PackedEndpoint } from './endpoints';
import { headlineRows, type HeadlineRow } from './headline';
import { mergeTimelines, type Overlay } from './overlay';
import { percentileOverlay, type PercentileOverlayRow } from './percentiles';
import { formatUsers } from '../../domain/report/metric-format';
import { planHref } from '../criteria/plan';
import type { RunPlanContext } from '../../domain/shapes/run-plan';
import { compareApiHref, compareHref, compareRowsHref, markdownFileName } from './query';
import { runColors, runNames } from '../../domain/report/runs';
import { scalingBars, type ScalingBar } from './scaling';
import { comparisonMeetingVerdict, type MeetingVerdict } from '../../domain/report/meeting-verdict';
import { verdictOf, type Verdict } from '../../domain/report/verdict';
import { provenanceLine } from '../../domain/locust/provenance';
import type { Comparison } from '../../domain/analysis/types';

export interface RunInfo {
  id: string;
  name: string;
  userCount: number | null;
  durationS: number | null;
  startTime: string | null;
  /** The build of the system under test; null when none was given. */
  build: string | null;
  /** "main @ 3f78685 · staging" (provenanceLine); null when no uploader said any of it. */
  provenance: string | null;
  color: string;
  role: 'baseline' | 'target' | 'other';
  history: { window: 'current-window' | 'cumulative'; semantics: string } | null;
}

export interface CompareModel {
  /** The run ids in the order the URL gave them (the defaults depend on it); `runs` are in load order. */
  ids: string[];
  baselineId: string;
  /** The run judged against the baseline, and whether the URL chose it (`?target=`, kept in links). */
  targetId: string;
  targetParam: string | null;
  /** User-defined groups as in the URL ("NAME=PREFIX"), kept when the baseline changes. */
  userGroups: string[];
  runs: RunInfo[];
  head: ComparisonHead;
  endpoints: PackedEndpoint[];
  verdict: Verdict;
  headline: HeadlineRow[];
  percentiles: PercentileOverlayRow[];
  /** The response-time distribution in words, target then baseline, runs by name
   *  (lib/domain/analysis/distribution-words). */
  distribution: string[];
  overlay: Overlay;
  /** The runs the overlay's series belong to: `runs`, or for load steps the one stepped run. */
  timelineRuns: RunInfo[];
  scaling: ScalingBar[] | null;
  /** Set on `/compare?runs=ID&steps=1`: the compared "runs" are the load steps of this stored run. */
  stepped: { runId: string; runName: string } | null;
  steps: StepsView | null;
  groups: GroupRow[];
  failureDiffs: FailureDiffRow[];
  concentration: ConcentrationRow[];
  latencyAttribution: LatencyAttributionView | null;
  failureAttribution: FailureAttributionView | null;
  scalingCurve: ScalingCurveView | null;
  markdown: string;
  /** `rows`: where the browser fetches `CompareRows` (lib/view/compare/rows.ts); a share link has its own. */
  hrefs: { page: string; json: string; markdown: string; rows: string };
  /** Figures over the whole runs or their steady states (`?window=steady`), and the switch's links. */
  window: 'whole' | 'steady';
  windowHrefs: { whole: string; steady: string };
  /** Ramp warnings, one sentence per run ("NAME: …"); ceilings are in the comparison's headline notes. */
  loadNotes: string[];
  /** Why the steady window is not offered ("NAME: no steady state: …"), or null. */
  steadyUnavailable: string | null;
  markdownFileName: string;
  /** The target run's project: criteria verdicts on the target run and the roadmap. */
  plan: RunPlanContext | null;
  /** Each criteria set's verdict on the target run in one line (the comparison's criteria, else the project's). */
  criteria: CriteriaLine[];
  /** The criteria sets that do not judge the target run (their appliesTo), with why. */
  criteriaOutOfScope: OutOfScopeLine[];
  /** The meeting's answer: the sets' verdicts with the criteria missed and their endpoints, the change beside it. */
  meetingVerdict: MeetingVerdict;
  /** "Plan a retest" from this comparison (null for load steps: no second run to aim between). */
  planHref: string | null;
  /** Notes and decisions from the review meeting, and what identifies the comparison to save them. */
  meeting: ComparisonView['meeting'];
  noteKey: ComparisonView['key'];
}

/** A run's aggregated history as a prepared timeline (null without one or without points). */
export function runTimeline(history: ComparisonView['runs'][number]['history']): Timeline | null {
  if (!history) return null;
  const timeline = prepareTimeline(history.columns, { window: history.percentileWindow });
  return timeline.points.length > 0 ? timeline : null;
}

/** How a run is named in the distribution sentences: its name, with the users when the name does not say them
 *  (two runs at the same load stay apart: "at nightly-08 (15 users), 240 ms at 3500mcpu (1 user)"). */
export function distributionLabel(name: string, userCount: number | null): string {
  const users = formatUsers(userCount);
  return userCount === null || name === users ? name : `${name} (${users})`;
}

/** The meeting verdict of the comparison; stored sets named by id, "define one" on the target's project page. */
export function meetingOf(
  c: ComparisonView['comparison'],
  plan: RunPlanContext | null,
  verdict: Verdict,
): MeetingVerdict {
  const setIds = new Map((plan?.verdicts ?? []).map(({ set }) => [set.name, set.id]));
  const defineHref = plan ? `/projects/${encodeURIComponent(plan.project.id)}#sets-title` : null;
  const names = { target: verdict.targetName, baseline: verdict.baselineName };
  return comparisonMeetingVerdict(c, names, verdict.status, { defineHref, setIds });
}

/** The page's findings beyond the headline (the same in both modes). */
function findings(c: ComparisonView['comparison']) {
  return {
    groups: groupRows(c),
    failureDiffs: failureDiffRows(c),
    concentration: concentrationRows(c),
    latencyAttribution: latencyAttributionView(c),
    failureAttribution: failureAttributionView(c),
    scalingCurve: scalingCurveView(c),
    scaling: scalingBars(c),
  };
}

function runInfo(
  r: ComparisonView['runs'][number],
  name: string,
  color: string,
  role: RunInfo['role'],
  timeline: Timeline | null,
  compared: Comparison['runs'][number] | undefined = undefined,
): RunInfo {
  return {
    id: r.id,
    name,
    userCount: r.userCount,
    durationS: r.durationS,
    startTime: r.startTime,
    build: compared?.build ?? null,
    provenance: compared ? provenanceLine(compared) : null,
    color,
    role,
    history: r.history && timeline ? { window: r.history.percentileWindow, semantics: r.history.semantics } : null,
  };
}

/** The rows' URL, asked as the page asked (the same cached view). */
const rowsHref = (view: ComparisonView) =>
  compareRowsHref(view.key, view.groups, view.window ?? 'whole', view.targetParam ?? null);

export function buildCompareModel(view: ComparisonView): CompareModel {
  if (view.comparison.steps) return buildStepsModel(view);
  const { comparison: c } = view;
  const { endpoints, ...head } = c;
  const names = runNames(c);
  const colors = runColors(c.runs.length, c.baselineIndex);
  // Links keep the order given: the default baseline and target depend on it.
  const ids = view.key?.runs ?? view.runs.map((r) => r.id);
  const baselineId = view.runs[c.baselineIndex]!.id;
  const targetId = view.runs[c.targetIndex]!.id;
  const target = view.targetParam ?? undefined;
  const timelines = view.runs.map((r) => runTimeline(r.history));
  const role = (i: number): RunInfo['role'] =>
    i === c.baselineIndex ? 'baseline' : i === c.targetIndex ? 'target' : 'other';
  const runs = view.runs.map((r, i) =>
    runInfo(r, names[i] as string, colors[i] as string, role(i), timelines[i] ?? null, c.runs[i]),
  );
  const window = view.window ?? 'whole';
  const page = (w: string) => compareHref(ids, baselineId, false, view.groups, w, target);
  const api = (format: 'json' | 'md') => compareApiHref(ids, baselineId, format, false, view.groups, window, target);
  // Ceilings are in the comparison's headline notes already: here only the ramp warnings.
  const loadNotes = view.runs.flatMap((r, i) => (r.rampWarning ? [`${names[i]}: ${r.rampWarning}`] : []));
  const verdict = verdictOf(c);
  return {
    ids,
    baselineId,
    targetId,
    targetParam: view.targetParam ?? null,
    userGroups: view.groups,
    runs,
    head,
    endpoints: packEndpoints(endpoints),
    verdict,
    headline: headlineRows(c),
    percentiles: percentileOverlay(view.runs),
    distribution: describeDistribution(
      [c.targetIndex, c.baselineIndex].map((i) => ({
        label: distributionLabel(names[i] as string, view.runs[i]?.userCount ?? null),
        percentiles: view.runs[i]?.percentiles ?? {},
      })),
    ),
    overlay: mergeTimelines(timelines),
    timelineRuns: runs,
    stepped: null,
    steps: null,
    ...findings(c),
    markdown: view.markdown,
    hrefs: { page: page(window), json: api('json'), markdown: api('md'), rows: rowsHref(view) },
    window,
    windowHrefs: { whole: page('whole'), steady: page('steady') },
    loadNotes,
    steadyUnavailable: view.steadyUnavailable ?? null,
    markdownFileName: markdownFileName(names),
    plan: view.plan,
    criteria: criteriaLines(c.criteria ?? [], view.plan),
    criteriaOutOfScope: outOfScopeLines(c.criteriaOutOfScope ?? [], view.plan),
    meetingVerdict: meetingOf(c, view.plan, verdict),
    planHref: view.plan ? planHref(view.plan.project.id, ids, baselineId, 'between', view.groups) : null,
    meeting: view.meeting,
    noteKey: view.key,
  };
}

/**
 * `/compare?runs=ID&steps=1`: the comparison's runs are the load steps of the one stored run in
 * `view.runs`. Steps carry no percentile table of their own (P50/P95/P99 are in the steps table),
 * and the time series is that run's, drawn once.
 */
function buildStepsModel(view: ComparisonView): CompareModel {
  const { comparison: c } = view;
  const { endpoints, ...head } = c;
  const stored = view.runs[0] as ComparisonView['runs'][number];
  const names = runNames(c);
  const colors = runColors(c.runs.length, c.baselineIndex);
  const steps = c.steps?.steps ?? [];
  const runs: RunInfo[] = c.runs.map((r, i) => ({
    id: r.id ?? `${stored.id}#step${i + 1}`,
    name: names[i] as string,
    userCount: r.userCount,
    durationS: steps[i]?.durationS ?? null,
    startTime: null,
    build: r.build ?? null,
    provenance: null, // the steps of one run share its provenance: the run page shows it
    color: colors[i] as string,
    role: i === c.baselineIndex ? 'baseline' : i === c.targetIndex ? 'target' : 'other',
    history: null,
  }));
  const timeline = runTimeline(stored.history);
  const runName = stored.label;
  const verdict = verdictOf(c);
  return {
    ids: runs.map((r) => r.id),
    baselineId: runs[c.baselineIndex]?.id as string,
    targetId: runs[c.targetIndex]?.id as string,
    targetParam: null,
    userGroups: view.groups,
    runs,
    head,
    endpoints: packEndpoints(endpoints),
    verdict,
    headline: headlineRows(c),
    percentiles: [],
    distribution: [],
    overlay: mergeTimelines([timeline]),
    timelineRuns: [runInfo(stored, runName, colors[c.targetIndex] ?? (colors[0] as string), 'other', timeline)],
    stepped: { runId: stored.id, runName },
    steps: stepsView(c),
    ...findings(c),
    markdown: view.markdown,
    hrefs: {
      page: compareHref([stored.id], undefined, true, view.groups),
      json: compareApiHref([stored.id], undefined, 'json', true, view.groups),
      markdown: compareApiHref([stored.id], undefined, 'md', true, view.groups),
      rows: rowsHref(view),
    },
    window: 'whole',
    windowHrefs: {
      whole: compareHref([stored.id], undefined, true, view.groups),
      steady: compareHref([stored.id], undefined, true, view.groups),
    },
    loadNotes: stored.ceiling ? [`${runName}: ${stored.ceiling}`] : [],
    steadyUnavailable: 'each step is a plateau already',
    markdownFileName: markdownFileName([runName, 'load steps']),
    plan: view.plan,
    criteria: criteriaLines(c.criteria ?? [], view.plan),
    criteriaOutOfScope: outOfScopeLines(c.criteriaOutOfScope ?? [], view.plan),
    meetingVerdict: meetingOf(c, view.plan, verdict),
    planHref: null,
    meeting: view.meeting,
    noteKey: view.key,
  };
}
