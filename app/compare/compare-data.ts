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

export type CompareResult = { ok: true; model: CompareModel } | { ok: false; message: string };

/** `ids` joined with commas: React's cache compares arguments by identity, so a string, not an array. */
/** `groups`: the URL's `group=NAME=PREFIX` values joined with newlines (a string, for the cache key). */
/** `withPlan`: the target's project criteria and roadmap (shared links too: they show what the owner sees). */
/** `window`: as in the URL (`whole` | `steady`); another value is a bad request, a run without a steady state too. */
/** `target`: the URL's `target` (a run other than the baseline, else a bad request); absent: the default. */
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
    try {
      const view = await getComparisonView(
        ids ? ids.split(',') : [],
        baseline,
        steps,
        groups ? groups.split('\n') : [],
        withPlan,
        runWindow,
        target,
      );
      return { ok: true, model: buildCompareModel(view) };
    } catch (error) {
      if (error instanceof AppError && error.status === 404) notFound();
      if (error instanceof AppError && (error.status === 400 || error.status === 422))
        return { ok: false, message: error.message };
      throw error;
    }
  },
);
