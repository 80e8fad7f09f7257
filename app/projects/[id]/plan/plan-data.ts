// Server-side: "Plan a retest" from a comparison — the comparison, the target run's project, and the
// proposed criteria and roadmap items. Unknown runs or project answer 404; a comparison the URL
// cannot name comes back as its message; any other project in the URL redirects to the target run's.
import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { endpointLabel } from '@/lib/domain/report/metric-format';
import { parseCompareQuery, type SearchParams } from '@/lib/view/compare/query';
import { proposeRetestCriteria, type ProposedCriterion } from '@/lib/domain/report/propose-criteria';
import { proposeRoadmapItems, type ProposedItem } from '@/lib/domain/report/propose-items';
import { parseBar, planHref, resolveBaseline, type RetestBar } from '@/lib/view/criteria/plan';
import { AppError } from '@/lib/server/services/errors';
import { getComparisonView } from '@/lib/server/services/compare-service';
import { getProjectBasics, getProjectIdOfRun, type ProjectBasics } from '@/lib/server/services/project-service';
import { decodeSegment } from '../segment';

export interface PlanData {
  /** The target run's project: sets, runs and roadmap phases (nothing evaluated). */
  basics: ProjectBasics;
  bar: RetestBar;
  ids: string[];
  baselineId: string;
  groups: string[];
  baseline: { id: string; label: string };
  target: { id: string; label: string };
  criteria: ProposedCriterion[];
  items: ProposedItem[];
  /** Endpoint names of the compared runs ("GET /login"), for endpoint scopes. */
  endpoints: string[];
}

export type PlanResult = { ok: true; plan: PlanData } | { ok: false; message: string; ids: string[] };

const rethrow404 = (error: unknown): never => {
  if (error instanceof AppError && error.status === 404) notFound();
  throw error;
};

/** `params`: the page's search params (runs, baseline, bar, group), as on the compare page plus `bar`. */
export async function loadPlan(segment: string, params: SearchParams): Promise<PlanResult> {
  const { ids, groups, baseline: asked } = parseCompareQuery(params);
  const bar = parseBar(params.bar);
  const baselineParam = resolveBaseline(ids, asked);
  let view;
  try {
    // withPlan false: the plan needs the project's sets and phases, not their verdicts.
    view = await getComparisonView(ids, baselineParam, false, groups, false);
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return { ok: false, message: error.message, ids };
    return rethrow404(error);
  }
  const c = view.comparison;
  const runOf = (i: number) => ({ id: view.runs[i]!.id, label: view.runs[i]!.label });
  const [baseline, target] = [runOf(c.baselineIndex), runOf(c.targetIndex)];
  const projectId = await getProjectIdOfRun(target.id).catch(rethrow404);
  const basics = await getProjectBasics(projectId).catch(rethrow404);
  const inUrl = decodeSegment(segment);
  if (inUrl !== basics.project.id && inUrl !== basics.project.name)
    redirect(planHref(projectId, ids, baselineParam, bar, groups));
  return {
    ok: true,
    plan: {
      basics,
      bar,
      ids,
      baselineId: baseline.id,
      groups,
      baseline,
      target,
      criteria: proposeRetestCriteria(c, { bar }),
      items: proposeRoadmapItems(c),
      endpoints: [...new Set(c.endpoints.map((e) => endpointLabel(e.method, e.name)))].sort(),
    },
  };
}
