// The rows a compare page fetches once it is interactive (lib/view/compare/rows.ts): the comparison asked exactly as
// the page asked it, so a worker that has just rendered the page reads the view from its cache.
import 'server-only';
import { parseRunWindow } from '../../domain/analysis/run-window';
import type { CompareQuery } from '../../view/compare/query';
import { compareRowsOf, type CompareRows } from '../../view/compare/rows';
import { getComparisonView } from './compare-service';
import { badRequest } from './errors';

/** 400 for a query no page could have asked (no runs, an unknown window); 404 for unknown runs. */
export async function comparisonRows(q: CompareQuery): Promise<CompareRows> {
  if (q.ids.length === 0) throw badRequest('runs is required');
  const window = parseRunWindow(q.window);
  if (window === null) throw badRequest('window must be whole or steady');
  return compareRowsOf(await getComparisonView(q.ids, q.baseline, q.steps, q.groups, true, window, q.target));
}
