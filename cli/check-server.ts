// `swarmlens check RUN_ID --server URL (--set NAME | --criteria FILE) [--baseline id:|latest:|rule:]`:
// a stored run judged by the server. --set NAME: the run's project's stored set of that name (GET
// /api/criteria-sets/:id?run=, with the set's own baseline run); --criteria FILE, or a --baseline given: POST
// /api/runs/:id/check with the set and the baseline the server resolves (GET /api/runs/:id/baseline?spec=).
import type { OutOfScopeVerdict } from '../lib/domain/criteria/check';
import type { CriteriaSet, StoredCriteriaSet, Verdict } from '../lib/domain/criteria/types';
import { UsageError } from './read-run-input';
import { ServerClient } from './server-client';

export interface ServerCheck {
  runId: string;
  server: string;
  token: string | null;
  /** A stored set of the run's project, by name; else `set`. */
  setName: string | null;
  set: CriteriaSet | null;
  /** id:RUN_ID, latest:... or rule:NAME; null: none (the stored set's own baseline run, if any). */
  baseline: string | null;
}

export interface ServerVerdict {
  set: CriteriaSet;
  verdict: Verdict | OutOfScopeVerdict;
  runName: string;
  runId: string;
}

interface RunAnswer {
  id: string;
  meta?: { label?: string | null };
  project?: { id: string; name: string };
}

export async function checkOnServer(o: ServerCheck): Promise<ServerVerdict> {
  if (o.server.trim() === '') throw new UsageError('check: --server needs a URL');
  const client = new ServerClient({ server: o.server, token: o.token });
  const runPath = `/api/runs/${encodeURIComponent(o.runId)}`;
  const run = await client.getJson<RunAnswer>(runPath, 'check: run');
  const runName = run.meta?.label ?? run.id;
  const baselineId =
    o.baseline === null
      ? null
      : (
          await client.getJson<{ runId: string }>(
            `${runPath}/baseline?spec=${encodeURIComponent(o.baseline)}`,
            'check: baseline',
          )
        ).runId;
  let set: CriteriaSet;
  if (o.setName !== null) {
    const projectId = run.project?.id;
    if (!projectId) throw new UsageError(`check: the server did not say the project of run ${run.id}`);
    const { sets } = await client.getJson<{ sets: StoredCriteriaSet[] }>(
      `/api/projects/${encodeURIComponent(projectId)}/criteria-sets`,
      'check: criteria sets',
    );
    const stored = sets.find((s) => s.name === o.setName);
    if (!stored) {
      const names = sets.map((s) => `"${s.name}"`).join(', ') || 'none';
      throw new UsageError(`check: project ${run.project?.name} has no criteria set "${o.setName}" (sets: ${names})`);
    }
    if (baselineId === null) {
      const answer = await client.getJson<{ verdict: Verdict | OutOfScopeVerdict }>(
        `/api/criteria-sets/${encodeURIComponent(stored.id)}?run=${encodeURIComponent(run.id)}`,
        'check',
      );
      return { set: stored, verdict: answer.verdict, runName, runId: run.id };
    }
    set = {
      name: stored.name,
      criteria: stored.criteria.map(({ id: _id, ...c }) => c),
      ...(stored.appliesTo ? { appliesTo: stored.appliesTo } : {}),
    };
  } else set = o.set!;
  const body = { ...set, ...(baselineId !== null ? { baseline: baselineId } : {}) };
  const verdict = await client.postJson<Verdict | OutOfScopeVerdict>(`${runPath}/check`, body, 'check');
  return { set, verdict, runName, runId: run.id };
}
