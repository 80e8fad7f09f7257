// Baseline rules of a project (baseline_rule; lib/domain/ci/baseline-rule.ts), and what the median rule reads: the
// runs of the target's history part with their labels and aggregate P95 (run_figure position 0, written at upload;
// the run's own P95 for runs not backfilled yet). The project's history settings: history-store.ts.
import { ruleInWords, type BaselineRuleView, type RuleKind } from '../../domain/ci/baseline-rule';
import type { MedianCandidate } from '../../domain/history/median-baseline';
import { newId } from '../../domain/ids';
import type { Db } from './client';
import { readChoice } from './text-columns';

export interface NewBaselineRule {
  projectId: string;
  name: string;
  kind: RuleKind;
  runId: string | null;
  spec: string | null;
  lastN: number | null;
  createdBy: string;
}

type RuleRow = Omit<NewBaselineRule, 'kind'> & { id: string; kind: string; createdAt: Date };

async function viewsOf(db: Db, rows: RuleRow[]): Promise<BaselineRuleView[]> {
  const runIds = rows.flatMap((r) => (r.runId === null ? [] : [r.runId]));
  const runs = runIds.length === 0 ? [] : await db.run.findMany({ where: { id: { in: runIds } }, select: LABEL });
  const labelOf = new Map(runs.map((r) => [r.id, r.label]));
  return rows
    .map((r) => {
      const fields = {
        kind: readChoice('baseline_rule.kind', r.id, r.kind),
        runId: r.runId,
        runLabel: r.runId === null ? null : (labelOf.get(r.runId) ?? null),
        spec: r.spec,
        lastN: r.lastN,
      };
      const { id, projectId, name, createdBy } = r;
      return { id, projectId, name, ...fields, createdBy, createdAt: r.createdAt.toISOString(), description: '' };
    })
    .map((v) => ({ ...v, description: ruleInWords(v) }));
}

const LABEL = { id: true, label: true } as const;

/** The project's rules by name. */
export async function listBaselineRules(db: Db, projectId: string): Promise<BaselineRuleView[]> {
  return viewsOf(db, await db.baselineRule.findMany({ where: { projectId }, orderBy: { name: 'asc' } }));
}

export async function findBaselineRule(db: Db, projectId: string, name: string): Promise<BaselineRuleView | null> {
  const row = await db.baselineRule.findUnique({ where: { projectId_name: { projectId, name } } });
  return row ? (await viewsOf(db, [row]))[0]! : null;
}

export async function createBaselineRule(db: Db, input: NewBaselineRule): Promise<BaselineRuleView> {
  const row = await db.baselineRule.create({ data: { id: newId('blr'), ...input } });
  return (await viewsOf(db, [row]))[0]!;
}

/** False when there was no such rule. */
export async function deleteBaselineRule(db: Db, id: string): Promise<boolean> {
  return (await db.baselineRule.deleteMany({ where: { id } })).count > 0;
}

/** The run `runId` of project `projectId`, or null. */
export async function runOfProject(db: Db, projectId: string, runId: string) {
  return db.run.findFirst({ where: { id: runId, projectId }, select: { ...LABEL, createdAt: true } });
}

export interface PartRun extends MedianCandidate {
  /** ISO-8601 as read, else null; and the upload time: history order is the start time, else the upload's. */
  startTime: string | null;
  createdAt: Date;
}

/** Every run of the project with `userCount` (null: none) on `historyBranch` or no branch, but `exceptId`. */
export async function historyPartRuns(
  db: Db,
  projectId: string,
  userCount: number | null,
  historyBranch: string,
  exceptId: string,
): Promise<PartRun[]> {
  const rows = await db.run.findMany({
    where: {
      projectId,
      userCount,
      id: { not: exceptId },
      OR: [{ branch: null }, { branch: historyBranch }],
    },
    select: {
      ...LABEL,
      startTime: true,
      createdAt: true,
      locustfileSha256: true,
      profile: true,
      userCount: true,
      host: true,
      locustVersion: true,
      p95Ms: true,
      figures: { where: { position: 0 }, select: { p95Ms: true, steadyP95Ms: true } },
    },
  });
  return rows.map(({ id, figures, p95Ms, ...r }) => ({
    ...r,
    runId: id,
    p95Ms: figures[0]?.p95Ms ?? p95Ms,
    steadyP95Ms: figures[0]?.steadyP95Ms ?? null,
  }));
}
