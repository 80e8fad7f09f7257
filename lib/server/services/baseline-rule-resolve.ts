// rule:NAME for one target run: the rule of the target's project by that name, resolved by its kind
// (lib/domain/ci/baseline-rule.ts): pinned, its run; latest, its stored spec as `latest:` resolves it; median, the
// real run with the median P95 of the last N runs before the target in its era and history part
// (lib/domain/history/median-baseline.ts). Each answer says which run and why (`reason`).
import 'server-only';
import { DEFAULT_LAST_N, ruleFilters, type BaselineRuleView } from '../../domain/ci/baseline-rule';
import { beforeInHistory, chooseMedianRun, medianReason } from '../../domain/history/median-baseline';
import { DEFAULT_HISTORY_SETTINGS } from '../../domain/history/settings';
import type { TargetRef } from '../db/baseline-store';
import { database } from '../db/stores';
import { newestMatching } from './baseline-latest';
import { AppError, badRequest } from './errors';

export interface RuleAnswer {
  run: { id: string; label: string; createdAt: string };
  rule: Pick<BaselineRuleView, 'id' | 'name' | 'kind' | 'description'>;
  /** Which run the rule picked and why, in one sentence. */
  reason: string;
}

export async function resolveRule(target: TargetRef, name: string): Promise<RuleAnswer> {
  const db = await database();
  const rule = await db.baselineRules.findBaselineRule(target.projectId, name);
  if (rule === null) {
    const [project, rules] = await Promise.all([
      db.projects.getProject(target.projectId),
      db.baselineRules.listBaselineRules(target.projectId),
    ]);
    const names = rules.map((r) => r.name).join(', ');
    const which = `project ${project?.name ?? target.projectId}`;
    const known = names ? `its rules: ${names}` : 'it has none';
    throw new AppError(404, 'not_found', `${which} has no baseline rule "${name}" (${known})`);
  }
  const { id, kind, description } = rule;
  const about = { id, name, kind, description };
  if (rule.kind === 'pinned') return { ...(await pinned(target, rule)), rule: about };
  if (rule.kind === 'latest') {
    const { run, words } = await newestMatching(target, ruleFilters(rule.spec), `rule:${name}`);
    const reason = `the newest run${words ? ` ${words}` : ''} uploaded before run “${target.label}”: “${run.label}”`;
    return { run, rule: about, reason };
  }
  return { ...(await median(target, rule.lastN ?? DEFAULT_LAST_N, name)), rule: about };
}

async function pinned(target: TargetRef, rule: BaselineRuleView) {
  const db = await database();
  const run = rule.runId === null ? null : await db.runs.baselineTarget(rule.runId);
  if (run === null)
    throw new AppError(
      404,
      'no_baseline',
      `baseline rule "${rule.name}" pins run ${rule.runId}, which has been deleted`,
    );
  if (run.id === target.id) throw badRequest(`baseline rule "${rule.name}" pins run ${target.id} itself: no baseline`);
  const answer = { id: run.id, label: run.label, createdAt: run.createdAt.toISOString() };
  return { run: answer, reason: `rule "${rule.name}" pins run “${run.label}”` };
}

const placed = <T extends { createdAt: Date }>(r: T) => ({ ...r, createdAtMs: r.createdAt.getTime() });

async function median(target: TargetRef, lastN: number, name: string) {
  const db = await database();
  const settings = (await db.history.loadHistorySettings(target.projectId)) ?? DEFAULT_HISTORY_SETTINGS;
  const { branch: historyBranch, eraRules } = settings;
  const part = await db.baselineRules.historyPartRuns(target.projectId, target.userCount, historyBranch, target.id);
  const subject = { ...target, runId: target.id };
  const before = beforeInHistory(part.map(placed), placed(subject));
  const choice = chooseMedianRun(before, subject, lastN, eraRules);
  const users = target.userCount === null ? 'without a user count' : `with ${target.userCount} users`;
  if (choice.kind === 'none') {
    const own = choice.era.startRunId === target.id ? `: it starts an era of its own (${choice.era.reason})` : '';
    throw new AppError(
      404,
      'no_baseline',
      `no run with a P95 before run ${target.id} (${target.label}) in its era, among the runs ${users} on branch ` +
        `${historyBranch} or without a branch${own}`,
      { spec: `rule:${name}` },
    );
  }
  const pick = choice.pick;
  const chosen = part.find((r) => r.runId === pick.runId)!;
  const run = { id: pick.runId, label: pick.label, createdAt: chosen.createdAt.toISOString() };
  return { run, reason: medianReason(pick, target.label, lastN) };
}
