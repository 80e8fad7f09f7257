// The webhook events of an upload: judged before its transaction (the criteria sets of the project that
// apply to each new run: NO-GO makes a verdict.nogo event), planned and enqueued inside it (runs-write.ts),
// so the deliveries exist exactly when the runs do. Only a project with a webhook listening to verdict.nogo
// pays for the judging.
import 'server-only';
import { newId } from '../../domain/ids';
import { checkRun } from '../../domain/criteria/check';
import type { StoredCriteriaSet } from '../../domain/criteria/types';
import { webhookVerdict } from '../../domain/webhooks/event-data';
import { plannedDeliveries } from '../../domain/webhooks/outbox';
import type { WebhookVerdict } from '../../domain/webhooks/types';
import type { NewRun, UploadOutbox } from '../db/runs-write';
import type { Stores } from '../db/stores';

/** The NO-GO verdicts of the project's sets that judge each run ([] each when nobody listens). */
async function nogoVerdicts(db: Stores, projectName: string, runs: readonly NewRun[]): Promise<WebhookVerdict[][]> {
  const projectId = await db.webhooks.projectListensTo(projectName, 'verdict.nogo');
  const sets: StoredCriteriaSet[] = projectId ? await db.criteria.listCriteriaSets(projectId) : [];
  if (sets.length === 0) return runs.map(() => []);
  // The sets' baseline runs, whole (as evaluation-reads.ts loadBaselines, which this module cannot import: a cycle).
  const ids = [...new Set(sets.flatMap((s) => (s.baselineRunId ? [s.baselineRunId] : [])))];
  const loaded = await Promise.all(ids.map((id) => db.projects.loadRunForCriteria(id)));
  const baselines = new Map(loaded.flatMap((r) => (r ? [[r.id, r.run] as const] : [])));
  return runs.map(({ run, label, tags }) =>
    sets.flatMap((set) => {
      const baseline = set.baselineRunId ? (baselines.get(set.baselineRunId) ?? null) : null;
      const verdict = checkRun(set, run, baseline, { label, userCount: run.meta.userCount, tags });
      return verdict.verdict === 'NO-GO' ? [webhookVerdict(set.criteria, verdict)] : [];
    }),
  );
}

/** `baseUrl`: the external origin run links start with (SWARMLENS_PUBLIC_URL, else the upload's), or null. */
export async function uploadOutbox(
  db: Stores,
  projectName: string,
  runs: readonly NewRun[],
  baseUrl: string | null,
): Promise<UploadOutbox> {
  const nogo = await nogoVerdicts(db, projectName, runs);
  return ({ projectId, runIds, webhooks }) =>
    plannedDeliveries({
      project: { id: projectId, name: projectName },
      runs: runIds.map((id, i) => ({
        id,
        label: runs[i]!.label,
        tags: runs[i]!.tags,
        run: runs[i]!.run,
        nogo: nogo[i]!,
      })),
      webhooks,
      baseUrl,
      occurredAt: new Date().toISOString(),
      newId: () => newId('whd'),
    });
}
