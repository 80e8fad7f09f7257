// Everything the compare page renders, prepared on the server from the comparison view: plain,
// serializable data (no Float64Array, histories already reduced to one shared grid, endpoints packed).
import { describeDistribution } from '../analysis/distribution-words';
import { prepareTimeline, type Timeline } from '../charts/prepare-timeline';
import { columnsFromApi } from '../charts/series-columns';
import type { ComparisonView } from '../services/compare-service';
import { packEndpoints, type ComparisonHead, type PackedEndpoint } from './endpoints';
import { headlineRows, type HeadlineRow } from './headline';
import { mergeTimelines, type Overlay } from './overlay';
import { percentileOverlay, type PercentileOverlayRow } from './percentiles';
import { formatUsers } from './format';
import { compareApiHref, compareHref, markdownFileName } from './query';
import { runColors, runNames } from './runs';
import { scalingBars, type ScalingBar } from './scaling';
import { verdictOf, type Verdict } from './verdict';

export interface RunInfo {
  id: string;
  name: string;
  userCount: number | null;
  durationS: number | null;
  startTime: string | null;
  color: string;
  role: 'baseline' | 'target' | 'other';
  history: { window: 'current-window' | 'cumulative'; semantics: string } | null;
}

export interface CompareModel {
  ids: string[];
  baselineId: string;
  runs: RunInfo[];
  head: ComparisonHead;
  endpoints: PackedEndpoint[];
  verdict: Verdict;
  headline: HeadlineRow[];
  percentiles: PercentileOverlayRow[];
  /** The response-time distribution in words, target then baseline, runs by name (lib/analysis/distribution-words). */
  distribution: string[];
  overlay: Overlay;
  scaling: ScalingBar[] | null;
  markdown: string;
  hrefs: { page: string; json: string; markdown: string };
  markdownFileName: string;
}

/** A run's aggregated history as a prepared timeline (null without one or without points). */
export function runTimeline(history: ComparisonView['runs'][number]['history']): Timeline | null {
  if (!history) return null;
  const timeline = prepareTimeline(columnsFromApi(history.columns), { window: history.percentileWindow });
  return timeline.points.length > 0 ? timeline : null;
}

/** How a run is named in the distribution sentences: its name, with the users when the name does not say them
 *  (two runs at the same load stay apart: "at nightly-08 (15 users), 240 ms at 3500mcpu (1 user)"). */
export function distributionLabel(name: string, userCount: number | null): string {
  const users = formatUsers(userCount);
  return userCount === null || name === users ? name : `${name} (${users})`;
}

export function buildCompareModel(view: ComparisonView): CompareModel {
  const { comparison: c } = view;
  const { endpoints, ...head } = c;
  const names = runNames(c);
  const colors = runColors(c.runs.length, c.baselineIndex);
  const ids = view.runs.map((r) => r.id);
  const baselineId = ids[c.baselineIndex] as string;
  const timelines = view.runs.map((r) => runTimeline(r.history));
  return {
    ids,
    baselineId,
    runs: view.runs.map((r, i) => ({
      id: r.id,
      name: names[i] as string,
      userCount: r.userCount,
      durationS: r.durationS,
      startTime: r.startTime,
      color: colors[i] as string,
      role: i === c.baselineIndex ? 'baseline' : i === c.targetIndex ? 'target' : 'other',
      history: r.history && timelines[i] ? { window: r.history.percentileWindow, semantics: r.history.semantics } : null,
    })),
    head,
    endpoints: packEndpoints(endpoints),
    verdict: verdictOf(c),
    headline: headlineRows(c),
    percentiles: percentileOverlay(view.runs),
    distribution: describeDistribution([c.targetIndex, c.baselineIndex].map((i) => ({ label: distributionLabel(names[i] as string, view.runs[i]?.userCount ?? null), percentiles: view.runs[i]?.percentiles ?? {} }))),
    overlay: mergeTimelines(timelines),
    scaling: scalingBars(c),
    markdown: view.markdown,
    hrefs: { page: compareHref(ids, baselineId), json: compareApiHref(ids, baselineId, 'json'), markdown: compareApiHref(ids, baselineId, 'md') },
    markdownFileName: markdownFileName(names),
  };
}
