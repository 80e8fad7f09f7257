// Saving a planned retest: one request, one transaction on the server (the criteria set, the phase
// and the items linked to the set's criteria), so a failure leaves nothing half-saved.
import type { RoadmapItemDraft } from '@/lib/roadmap/types';
import type { Criterion, StoredCriteriaSet } from '@/lib/criteria/types';
import { responseProblem, type ApiProblem } from '@/lib/criteria-view/api-errors';
import type { CriteriaSetBody } from '@/components/criteria/use-criteria-form';

export interface PlannedItem {
  key: string;
  item: RoadmapItemDraft;
  /** The criterion that verifies it, as proposed. */
  criterion: Criterion;
}

export type PhaseChoice = { id: string } | { title: string };

/** Field errors come back keyed as in the set form ("criteria.2.target"), the `set.` prefix removed. */
function unprefixed(problem: ApiProblem): ApiProblem {
  const fields = Object.fromEntries(Object.entries(problem.fields).map(([path, message]) => [path.replace(/^set\./, ''), message]));
  return { ...problem, fields };
}

export async function savePlan(projectId: string, set: CriteriaSetBody, items: PlannedItem[], phase: PhaseChoice): Promise<{ ok: true; set: StoredCriteriaSet } | { ok: false; problem: ApiProblem }> {
  const body = { set, phase: items.length > 0 ? phase : null, items: items.map((p) => ({ ...p.item, criterion: p.criterion })) };
  try {
    const response = await fetch(`/api/projects/${encodeURIComponent(projectId)}/retest-plans`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return { ok: false, problem: unprefixed(await responseProblem(response)) };
    return { ok: true, set: ((await response.json()) as { set: StoredCriteriaSet }).set };
  } catch (e) {
    return { ok: false, problem: { message: `Could not reach the server: ${e instanceof Error ? e.message : String(e)}`, fields: {} } };
  }
}
