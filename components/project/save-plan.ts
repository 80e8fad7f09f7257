// Saving a planned retest, in order: the criteria set, then (when items are checked) the phase, then
// each item linked to the saved criterion that verifies it. Nothing after a step that failed; the
// progress is kept so that saving again resumes where it stopped (no second set, no duplicate item).
import type { RoadmapItemDraft } from '@/lib/roadmap/types';
import type { Criterion, StoredCriteriaSet } from '@/lib/criteria/types';
import { responseProblem, type ApiProblem } from '@/lib/criteria-view/api-errors';
import { itemLinks } from '@/lib/criteria-view/plan';
import { saveCriteriaSet } from '@/components/criteria/save-criteria-set';
import type { CriteriaSetBody } from '@/components/criteria/use-criteria-form';

export interface PlanProgress {
  set: StoredCriteriaSet | null;
  phaseId: string | null;
  /** Keys of the items created so far. */
  createdItems: string[];
}

export const NO_PROGRESS: PlanProgress = { set: null, phaseId: null, createdItems: [] };

export interface PlannedItem {
  key: string;
  item: RoadmapItemDraft;
  /** The criterion that verifies it, as proposed. */
  criterion: Criterion;
}

export type PhaseChoice = { id: string } | { title: string };

async function postJson(url: string, body: unknown): Promise<{ ok: true; json: unknown } | { ok: false; problem: ApiProblem }> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return { ok: false, problem: await responseProblem(response, 'title') };
    return { ok: true, json: await response.json() };
  } catch (e) {
    return { ok: false, problem: { message: `Could not reach the server: ${e instanceof Error ? e.message : String(e)}`, fields: {} } };
  }
}

/** Runs the remaining steps; `problem` says what failed (fields of the set form, when it was the set). */
export async function savePlan(projectId: string, body: CriteriaSetBody, items: PlannedItem[], phase: PhaseChoice, from: PlanProgress): Promise<{ progress: PlanProgress; problem: ApiProblem | null; step: 'set' | 'phase' | 'items' | null }> {
  const progress = { ...from, createdItems: [...from.createdItems] };
  if (!progress.set) {
    const saved = await saveCriteriaSet(projectId, null, body);
    if (!saved.ok) return { progress, problem: saved.problem, step: 'set' };
    progress.set = saved.set;
  }
  const set = progress.set;
  const remaining = items.filter((i) => !progress.createdItems.includes(i.key));
  if (remaining.length === 0) return { progress, problem: null, step: null };
  if (!progress.phaseId) {
    if ('id' in phase) progress.phaseId = phase.id;
    else {
      const created = await postJson(`/api/projects/${encodeURIComponent(projectId)}/roadmap/phases`, { title: phase.title });
      if (!created.ok) return { progress, problem: created.problem, step: 'phase' };
      progress.phaseId = (created.json as { id: string }).id;
    }
  }
  for (const planned of remaining) {
    const body = { ...planned.item, ...itemLinks(set.criteria, set.id, planned.criterion) };
    const created = await postJson(`/api/roadmap/phases/${encodeURIComponent(progress.phaseId)}/items`, body);
    if (!created.ok) return { progress, problem: { ...created.problem, message: `“${planned.item.title}”: ${created.problem.message}` }, step: 'items' };
    progress.createdItems.push(planned.key);
  }
  return { progress, problem: null, step: null };
}
