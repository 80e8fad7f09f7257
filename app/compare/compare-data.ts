// Server-side: the URL's runs -> the compare page's data, loaded once per request (shared by
// generateMetadata and the page). Unknown runs answer 404; a URL that names no valid comparison
// comes back as its message, for the page to explain.
import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { buildCompareModel, type CompareModel } from '@/lib/view/compare/model';
import { parseRunWindow } from '@/lib/domain/analysis/run-window';
import { AppError } from '@/lib/server/services/errors';
import { getComparisonView } from '@/lib/server/services/compare-service';
import { ruleBaselineOfComparison } from '@/lib/server/services/baseline-service';
import { baselineRulesOfRun } from '@/lib/server/services/baseline-rule-service';
import type { CompareRules } from '@/lib/view/compare/rules';

export type CompareResult = { ok: true; model: CompareModel; rules: CompareRules } | { ok: false; message: string };

/** `ids` joined with commas: React's cache compares arguments by identity, so a string, not an array. */
/** `groups`: the URL's `group=NAME=PREFIX` values joined with newlines (a string, for the cache key). */
/** `withPlan`: the target's project criteria and roadmap (shared links too: they show what the owner sees). */
/** `window`: as in the URL (`whole` | `steady`); another value is a bad request, a run without a steady state too. */
/** `target`: the URL's `target` (a run other than the baseline, else a bad request); absent: the default. */
/** `baseline=rule:NAME`: the project's baseline rule, resolved against the target; its run joins the runs. A rule
 *  that does not resolve (unknown, no run in the era...) comes back as its message, not a 404 page. */
export const loadComparison = cache(
  async (
    ids: string,
    baseline: string | undefined,
    steps = false,
    groups = '',
    withPlan = true,
    window = 'whole',
    target?: string,
  ): Promise<CompareResult> => {
    const runWindow = parseRunWindow(window);
    if (runWindow === null) return { ok: false, message: 'window must be whole or steady' };
    const given = ids ? ids.split(',') : [];
    let runs = { ids: given, baseline, chosen: null as CompareRules['chosen'] };
    if (baseline?.startsWith('rule:') && !steps) {
      try {
        const r = await ruleBaselineOfComparison(given, baseline, target);
        const { runId, label, reason = '', rule } = r.chosen;
        runs = { ids: r.ids, baseline: r.baseline, chosen: { name: rule?.name ?? baseline, runId, label, reason } };
      } catch (error) {
        if (error instanceof AppError && error.status < 500) return { ok: false, message: error.message };
        throw error;
      }
    }
    try {
      const view = await getComparisonView(
        runs.ids,
        runs.baseline,
        steps,
        groups ? groups.split('\n') : [],
        withPlan,
        runWindow,
        target,
      );
      const model = buildCompareModel(view);
      const rules = steps ? [] : await baselineRulesOfRun(model.targetId);
      const options = rules.map(({ name, description }) => ({ name, description }));
      return { ok: true, model, rules: { rules: options, chosen: runs.chosen, ids: given } };
    } catch (error) {
      if (error instanceof AppError && error.status === 404) notFound();
      if (error instanceof AppError && (error.status === 400 || error.status === 422))
        return { ok: false, message: error.message };
      throw error;
    }
  },
);
