// Saves a criteria set through the API: POST for a new set, PUT for an existing one.
import type { StoredCriteriaSet } from '@/lib/criteria/types';
import { responseProblem, type ApiProblem } from '@/lib/criteria-view/api-errors';
import type { CriteriaSetBody } from './use-criteria-form';

export type SaveResult = { ok: true; set: StoredCriteriaSet } | { ok: false; problem: ApiProblem };

export async function saveCriteriaSet(projectId: string, setId: string | null, body: CriteriaSetBody): Promise<SaveResult> {
  const url = setId ? `/api/criteria-sets/${encodeURIComponent(setId)}` : `/api/projects/${encodeURIComponent(projectId)}/criteria-sets`;
  try {
    const response = await fetch(url, { method: setId ? 'PUT' : 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return { ok: false, problem: await responseProblem(response) };
    return { ok: true, set: (await response.json()) as StoredCriteriaSet };
  } catch (e) {
    return { ok: false, problem: { message: `Could not reach the server: ${e instanceof Error ? e.message : String(e)}`, fields: {} } };
  }
}
