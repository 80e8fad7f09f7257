// Saves a criteria set through the API: POST for a new set, PUT for an existing one.
import type { StoredCriteriaSet } from '@/lib/domain/criteria/types';
import { apiSend } from '@/components/api/client';
import { formProblem, type FormProblem } from '@/components/api/errors';
import type { CriteriaSetBody } from './use-criteria-form';

export type SaveResult = { ok: true; set: StoredCriteriaSet } | { ok: false; problem: FormProblem };

export async function saveCriteriaSet(
  projectId: string,
  setId: string | null,
  body: CriteriaSetBody,
): Promise<SaveResult> {
  const url = setId
    ? `/api/criteria-sets/${encodeURIComponent(setId)}`
    : `/api/projects/${encodeURIComponent(projectId)}/criteria-sets`;
  try {
    return { ok: true, set: await apiSend<StoredCriteriaSet>(setId ? 'PUT' : 'POST', url, body) };
  } catch (e) {
    return { ok: false, problem: formProblem(e) };
  }
}
