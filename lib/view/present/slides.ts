// Presentation mode: a comparison or a project as an ordered list of slides, one finding each, in the
// order a review needs. Pure: descriptors name their data (indices, ids) in the model they came from;
// a slide with nothing to show is left out, so every deck is as long as its findings.
import type { FailureDiffStatus } from '../../domain/analysis/failure-analysis';
import { unpackEndpoints, type EndpointView } from '../compare/endpoints';
import type { FailureDiffRow } from '../compare/failure-messages';
import type { CompareModel } from '../compare/model';
import type { CriterionResult } from '../../domain/criteria/types';
import type { ProjectOverview } from '../../domain/shapes/project';
import { pageSuffix, paginate } from './pagination';
import { verdictRowPages, verdictRunsShown, type MatrixPageSet } from './verdict-pages';

export { pageSuffix, paginate } from './pagination';

export type CompareSlide =
  | { kind: 'verdict'; title: string }
  | { kind: 'headline'; title: string }
  | { kind: 'steps'; title: string }
  | { kind: 'percentiles'; title: string }
  /** `endpoints`: indices into CompareModel.endpoints, worst first. */
  | { kind: 'endpoints'; title: string; endpoints: number[] }
  /** `rows`: FailureDiffRow ids, most telling first (may be empty: then only where the failures are). */
  | { kind: 'failures'; title: string; rows: string[] }
  | { kind: 'scaling'; title: string }
  | { kind: 'scaling-curve'; title: string }
  /** `rows`: indices into the set's criteria shown on this slide (a long set spans several slides). */
  | { kind: 'criteria'; title: string; setId: string; rows: number[] }
  | { kind: 'roadmap'; title: string };

export type ProjectSlide =
  /** `sets`: the sets (and which of their criteria, by index) on this slide; `firstRun`: the first run column
   *  shown (evaluation.runs index; the latest VERDICT_RUNS_PER_SLIDE runs). */
  | { kind: 'project-verdicts'; title: string; sets: MatrixPageSet[]; firstRun: number }
  | { kind: 'project-set'; title: string; setId: string; runId: string; rows: number[] }
  | { kind: 'project-roadmap'; title: string }
  | { kind: 'project-empty'; title: string };

export const WORST_ENDPOINTS = 8;
export const FAILURE_ROWS = 5;
/** One percentage point more failures ranks like +10% P95: failing requests weigh more than slow ones. */
export const FAILURE_WEIGHT = 10;
/** Table rows one slide holds at projector size (1920×1080 and any 16:9: the type scales with the
 *  viewport); a longer table continues on the next slide, "(1/2)", "(2/2)". */
export const CRITERIA_PER_SLIDE = 8;
export const ENDPOINTS_PER_SLIDE = 8;
export const FAILURES_PER_SLIDE = 5;

/** A set's criteria in the order a meeting reads them: not met, then not evaluable, then met; set order within. */
export function criteriaRowOrder(results: readonly Pick<CriterionResult, 'met'>[]): number[] {
  const rank = (met: boolean | null) => (met === false ? 0 : met === null ? 1 : 2);
  return results
    .map((r, i) => ({ i, rank: rank(r.met) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.i);
}

/**
 * How much worse an endpoint got in the target than in the baseline: the larger of its P95 growth
 * (relative) and its failure-rate growth (points × FAILURE_WEIGHT); 0 when neither grew. Endpoints
 * with too few requests to test (insufficientData) score 0: their figures are noise.
 */
export function endpointScore(e: Pick<EndpointView, 'p95Change' | 'failureRateChange' | 'insufficientData'>): number {
  if (e.insufficientData) return 0;
  return Math.max(0, e.p95Change ?? 0, (e.failureRateChange ?? 0) * FAILURE_WEIGHT);
}

/** Indices of the endpoints that got worse, the worst first (ties: more target requests first), at most `count`. */
export function worstEndpoints(model: Pick<CompareModel, 'endpoints' | 'head'>, count = WORST_ENDPOINTS): number[] {
  const { baselineIndex: b, targetIndex: t } = model.head;
  return unpackEndpoints(model.endpoints, b, t)
    .map((e, i) => ({ i, score: endpointScore(e), requests: e.runs[t]?.requests ?? 0 }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || y.requests - x.requests || x.i - y.i)
    .slice(0, count)
    .map((x) => x.i);
}

const STATUS_ORDER: Record<FailureDiffStatus, number> = {
  new: 0,
  grown: 1,
  same: 2,
  shrunk: 3,
  resolved: 4,
  'not-comparable': 5,
};

/** Failure messages for the slide: new, grown, same, shrunk, resolved (then other runs only); more target
 *  occurrences first. */
export function topFailureRows(
  rows: readonly FailureDiffRow[],
  target: number,
  baseline: number,
  count = FAILURE_ROWS,
): string[] {
  const rank = (r: FailureDiffRow) => (r.status === null ? 5 : STATUS_ORDER[r.status]);
  const occ = (r: FailureDiffRow, i: number) => r.occurrences[i] ?? 0;
  return [...rows]
    .sort((x, y) => rank(x) - rank(y) || occ(y, target) - occ(x, target) || occ(y, baseline) - occ(x, baseline))
    .slice(0, count)
    .map((r) => r.id);
}

/** The first slide's title: the meeting verdict ("NO-GO on retest") when criteria sets judge the run, else the
 *  change verdict. */
export function verdictSlideTitle(model: Pick<CompareModel, 'meetingVerdict' | 'verdict'>): string {
  const { overall, judgedRun } = model.meetingVerdict;
  return overall ? `${overall} on ${judgedRun}` : model.verdict.title;
}

/** Slides of a comparison: verdict, headline, steps, percentiles, worst endpoints, failures, scaling, criteria,
 *  roadmap. */
export function compareSlides(model: CompareModel): CompareSlide[] {
  const { head } = model;
  const slides: CompareSlide[] = [{ kind: 'verdict', title: verdictSlideTitle(model) }];
  if (model.headline.length > 0) slides.push({ kind: 'headline', title: 'Headline figures' });
  if (model.steps && model.steps.rows.length > 0) slides.push({ kind: 'steps', title: 'Load steps' });
  if (model.percentiles.length > 0) slides.push({ kind: 'percentiles', title: 'Response-time percentiles' });
  const worst = paginate(worstEndpoints(model), ENDPOINTS_PER_SLIDE);
  worst.forEach((endpoints, i) =>
    slides.push({ kind: 'endpoints', title: `Worst endpoints${pageSuffix(i, worst.length)}`, endpoints }),
  );
  const anyFailures = model.failureDiffs.length > 0 || model.concentration.some((c) => c.failures > 0);
  const failures = paginate(
    topFailureRows(model.failureDiffs, head.targetIndex, head.baselineIndex),
    FAILURES_PER_SLIDE,
  );
  if (anyFailures && failures.length === 0) slides.push({ kind: 'failures', title: 'Failures', rows: [] });
  failures.forEach((rows, i) =>
    slides.push({ kind: 'failures', title: `Failures${pageSuffix(i, failures.length)}`, rows }),
  );
  if (head.scaling || model.scaling) slides.push({ kind: 'scaling', title: 'Scaling' });
  if (model.scalingCurve) slides.push({ kind: 'scaling-curve', title: 'Scaling across loads' });
  const target = model.runs[head.targetIndex]?.name ?? model.verdict.targetName;
  for (const { set, verdict } of model.plan?.verdicts ?? []) {
    const pages = paginate(criteriaRowOrder(verdict.results), CRITERIA_PER_SLIDE);
    pages.forEach((rows, i) =>
      slides.push({
        kind: 'criteria',
        title: `${set.name} on ${target}${pageSuffix(i, pages.length)}`,
        setId: set.id,
        rows,
      }),
    );
  }
  if (model.plan && model.plan.roadmap.roadmap.phases.length > 0)
    slides.push({ kind: 'roadmap', title: `Roadmap of ${model.plan.project.name}` });
  return slides;
}

export type ProjectDeckData = Pick<ProjectOverview, 'project' | 'sets' | 'evaluation' | 'roadmap'>;

/** Slides of a project: verdicts over time, each set on the latest run, roadmap progress; one "nothing yet" slide
 *  when all are empty. */
export function projectSlides(overview: ProjectDeckData): ProjectSlide[] {
  const { sets, evaluation, roadmap } = overview;
  const latest = evaluation.runs.at(-1);
  const slides: ProjectSlide[] = [];
  if (latest && sets.length > 0) {
    const firstRun = verdictRunsShown(evaluation.runs.length).start;
    const pages = verdictRowPages(sets.map((s) => ({ id: s.id, criteria: s.criteria.length })));
    pages.forEach((page, i) =>
      slides.push({
        kind: 'project-verdicts',
        title: `Verdicts over time${pageSuffix(i, pages.length)}`,
        sets: page,
        firstRun,
      }),
    );
    for (const set of sets) {
      const verdict = evaluation.sets.find((s) => s.setId === set.id)?.verdicts.at(-1);
      if (!verdict) continue;
      const pages = paginate(criteriaRowOrder(verdict.results), CRITERIA_PER_SLIDE);
      pages.forEach((rows, i) =>
        slides.push({
          kind: 'project-set',
          title: `${set.name} on ${latest.label}${pageSuffix(i, pages.length)}`,
          setId: set.id,
          runId: latest.id,
          rows,
        }),
      );
    }
  }
  if (roadmap.roadmap.phases.length > 0) slides.push({ kind: 'project-roadmap', title: 'Roadmap progress' });
  if (slides.length === 0) slides.push({ kind: 'project-empty', title: overview.project.name });
  return slides;
}

/** A page's presentation: /compare?runs=a,b -> /compare/present?runs=a,b; /projects/ID -> /projects/ID/present. */
export function presentHref(pageHref: string): string {
  const q = pageHref.indexOf('?');
  const [path, query] = q < 0 ? [pageHref, ''] : [pageHref.slice(0, q), pageHref.slice(q)];
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return `${path.slice(0, end)}/present${query}`;
}

/** The slide a URL hash names ("#3" = the third), clamped to the deck; 0 for anything else. */
export function slideFromHash(hash: string, count: number): number {
  const m = /^#?(\d+)$/.exec(hash.trim());
  if (!m || count === 0) return 0;
  return Math.min(Math.max(Number(m[1]), 1), count) - 1;
}

export type DeckKey = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'fullscreen';

/** The deck's keys (no modifier but Shift): →/PageDown/Space next, ←/PageUp/Shift+Space back, Home/End, Esc, F. */
export function deckKey(e: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): DeckKey | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      return e.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}
