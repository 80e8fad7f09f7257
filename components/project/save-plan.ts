// Saving a planned retest: one request, one transaction on the server (the criteria set, the phase
// and the items linked to the set's criteria), so a failure leaves nothing half-saved.
import type { RoadmapItemDraft } from '@/lib/domain/roadmap/types';
import type { Criterion, StoredCriteriaSet } from '@/lib/domain/criteria/types';
import { apiSend } from '@/components/api/client';
import { formProblem, type FormProblem } from '@/components/api/errors';
import type { CriteriaSetBody } from '@/components/criteria/use-criteria-form';

export interface PlannedItem {
  key: string;
  item: RoadmapItemDraft;
  /** The criterion that verifies it, as proposed. */
  criterion: Criterion;
}

export type PhaseChoice = { id: string } | { title: string };

/** Field errors come back keyed as in the set form ("criteria.2.target"), the `set.` prefix removed. */
function unprefixed(problem: FormProblem): FormProblem {
  const fields = Object.fromEntries(
    Object.entries(problem.fields).map(([path, message]) => [path.replace(/^set\./, ''), message]),
  );
  return { ...problem, fields };
}

export type SavePlanResult = { ok: true; set: StoredCriteriaSet } | { ok: false; problem: FormProblem };

export async function savePlan(
  projectId: string,
  set: CriteriaSetBody,
  items: PlannedItem[],
  phase: PhaseChoice,
): Promise<SavePlanResult> {
  const body = {
    set,
    phase: items.length > 0 ? phase : null,
    items: items.map((p) => ({ ...p.item, criterion: p.criterion })),
  };
  const path = `/api/projects/${encodeURIComponent(projectId)}/retest-plans`;
  try {
    return { ok: true, set: (await apiSend<{ set: StoredCriteriaSet }>('POST', path, body)).set };
  } catch (e) {
    return { ok: false, problem: unprefixed(formProblem(e)) };
  }
}
