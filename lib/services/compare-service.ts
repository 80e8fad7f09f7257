// Comparisons of stored runs: GET /api/compare.
import 'server-only';
import { compareRuns } from '../analysis/compare-runs';
import { comparisonMarkdown } from '../analysis/markdown';
import type { Comparison } from '../analysis/types';
import { badRequest } from '../http/errors';
import { getStoredRunOrThrow } from './runs-service';

export async function compareStoredRuns(ids: string[], baselineId?: string): Promise<Comparison> {
  if (ids.length < 2) throw badRequest('give at least two run ids: ?runs=ID,ID');
  if (new Set(ids).size !== ids.length) throw badRequest('a run appears twice in ?runs=');
  const baseline = baselineId === undefined ? 0 : ids.indexOf(baselineId);
  if (baseline < 0) throw badRequest('baseline must be one of the compared runs');
  const stored = await Promise.all(ids.map(getStoredRunOrThrow));
  const runs = stored.map((s) => ({ id: s.summary.id, run: { ...s.run, meta: { ...s.run.meta, label: s.summary.label } } }));
  return compareRuns(runs, baseline);
}

export async function compareStoredRunsMarkdown(ids: string[], baselineId?: string): Promise<string> {
  return comparisonMarkdown(await compareStoredRuns(ids, baselineId));
}
