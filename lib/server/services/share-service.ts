// Share links: a run, a comparison (runs, baseline and settings frozen) or a project, readable by
// anyone with the link until it expires or is revoked (or the API token that made it is). The token is
// returned once, at creation. A link that could never open is refused when it is made.
import 'server-only';
import { hashToken, isTokenShaped, newToken } from '../auth/tokens';
import { database } from '../db/stores';
import type { ShareKind, ShareRecord } from '../../domain/shapes/share';
import { AppError, badRequest, notFound } from './errors';
import { runReportMarkdown } from '../../domain/report/markdown-run';
import { buildCompareModel } from '../../view/compare/model';
import type { ComparisonView } from '../../domain/shapes/comparison-view';
import { compareRowsOf, type CompareRows } from '../../view/compare/rows';
import { runMeetingVerdict } from '../../domain/report/run-verdict';
import { splitIntoSteps } from '../../domain/analysis/load-steps';
import { userGroupSchema } from '../schemas/compare';
import { getComparisonView } from './compare-service';
import { getProjectOrThrow } from './criteria-service';
import { getRunPlanContext } from './project-service';
import { getStoredRunOrThrow } from './runs-service';
import { recordUnknownToken } from './token-guesses';

export interface ShareInput {
  kind: ShareKind;
  runs: string[];
  project?: string;
  baseline?: string;
  groups?: string[];
  steps?: boolean;
  expiresAt?: Date;
}

export const shareUrl = (token: string) => `/s/${token}`;

async function titleOf(input: ShareInput): Promise<{ title: string; projectId: string | null }> {
  if (input.kind === 'project') {
    if (!input.project) throw badRequest('a project share needs "project": its id');
    const project = await getProjectOrThrow(input.project);
    return { title: project.name, projectId: project.id };
  }
  const stored = await Promise.all(input.runs.map(getStoredRunOrThrow));
  const labels = stored.map((s) => s.summary.label);
  if (input.kind === 'run') {
    if (input.runs.length !== 1) throw badRequest('a run share names exactly one run');
    return { title: labels[0]!, projectId: null };
  }
  if (input.steps ? input.runs.length !== 1 : input.runs.length < 2)
    throw badRequest(input.steps ? 'load steps are of exactly one run' : 'a comparison shares at least two runs');
  if (input.baseline !== undefined && !input.runs.includes(input.baseline))
    throw badRequest('baseline must be one of the shared runs');
  if (input.steps && splitIntoSteps(stored[0]!.run).length === 0)
    throw badRequest(
      `run ${input.runs[0]} has no two load steps to share: its history shows fewer than two plateaus of ` +
        'users lasting 30 s or more',
    );
  return { title: input.steps ? `Load steps of ${labels[0]}` : labels.join(' vs '), projectId: null };
}

/** The comparison page opens only groups written NAME=PREFIX (lib/server/schemas/compare.ts). */
function checkGroups(groups: string[]): void {
  const bad = groups.find((g) => !userGroupSchema.safeParse(g).success);
  if (bad !== undefined) throw badRequest(`group "${bad}" is not NAME=PREFIX, e.g. Auth=/accounts/`);
}

/** `createdByTokenId`: the API token of the caller, if it is one (the link is revoked with it). */
export async function createShareLink(
  input: ShareInput,
  createdBy: string,
  createdByTokenId: string | null = null,
): Promise<{ id: string; url: string; expiresAt: string | null; title: string }> {
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badRequest('expiresAt is in the past');
  checkGroups(input.groups ?? []);
  const { title, projectId } = await titleOf(input);
  const token = newToken('share');
  const db = await database();
  const share = await db.shares.createShare({
    tokenHash: hashToken(token),
    kind: input.kind,
    runIds: input.kind === 'project' ? [] : input.runs,
    baselineRunId: input.baseline ?? null,
    projectId,
    settings: { groups: input.groups ?? [], steps: input.steps ?? false },
    title,
    createdBy,
    createdByTokenId,
    expiresAt: input.expiresAt ?? null,
  });
  return { id: share.id, url: shareUrl(token), expiresAt: share.expiresAt, title };
}

/** The active share of a link's token (counting the view when `countView`); 404 alike for unknown, expired and
 *  revoked links. An unknown one (malformed, or no such hash) counts as a guess from `address`. */
async function activeShare(token: string, address: string, countView: boolean): Promise<ShareRecord> {
  const db = await database();
  const hash = isTokenShaped('share', token) ? hashToken(token) : null;
  const now = new Date();
  const find = countView ? db.shares.openShare : db.shares.findActiveShare;
  const share = hash === null ? null : await find(hash, now);
  if (share) return share;
  if (hash === null || !(await db.shares.shareExists(hash))) await recordUnknownToken(address);
  throw notFound('share link');
}

/** The share a link's token opens, counting the view. */
export const openShareLink = (token: string, address: string) => activeShare(token, address, true);

/** The rows a shared comparison's page fetches once open (lib/view/compare/rows.ts), without counting another
 *  view; 404 alike for every failure, and for run and project links. */
export async function shareRows(token: string, address: string): Promise<CompareRows> {
  const share = await activeShare(token, address, false);
  if (share.kind !== 'comparison') throw notFound('share link');
  return compareRowsOf(await sharedComparisonView(share));
}

/** A comparison link's view, as its owner's page reads it; 404 when it cannot be read any more. */
async function sharedComparisonView(share: ShareRecord): Promise<ComparisonView> {
  const { runIds, baselineRunId, settings } = share;
  try {
    return await getComparisonView(runIds, baselineRunId ?? undefined, settings.steps, settings.groups, true);
  } catch (error) {
    if (error instanceof AppError && [400, 404, 422].includes(error.status)) throw notFound('share link');
    throw error;
  }
}

export async function shareLinks(): Promise<ShareRecord[]> {
  const db = await database();
  return db.shares.listShares();
}

export async function revokeShareLink(id: string): Promise<void> {
  const db = await database();
  if (!(await db.shares.revokeShare(id, new Date()))) throw notFound(`share ${id}`);
}

/** What a share link downloads as Markdown: the comparison's report as its owner downloads it from the page
 *  (verdict first, criteria, roadmap, notes; no links to pages that need sign-in), or a run's verdict, figures
 *  and criteria tables. Nothing for a project share. The view counts like a visit; 404 alike for every failure. */
export async function shareReport(token: string, address: string): Promise<{ fileName: string; markdown: string }> {
  const share = await openShareLink(token, address);
  if (share.kind === 'comparison') {
    const model = buildCompareModel(await sharedComparisonView(share));
    return { fileName: model.markdownFileName, markdown: model.markdown };
  }
  try {
    if (share.kind === 'run' && share.runIds[0]) return await runReport(share.runIds[0]);
  } catch (error) {
    if (error instanceof AppError && [400, 404, 422].includes(error.status)) throw notFound('share link');
    throw error;
  }
  throw notFound('share link');
}

async function runReport(runId: string): Promise<{ fileName: string; markdown: string }> {
  const stored = await getStoredRunOrThrow(runId);
  const plan = await getRunPlanContext(runId);
  const verdict = runMeetingVerdict({
    runLabel: stored.summary.label,
    endpoints: stored.run.endpoints,
    verdicts: plan.verdicts,
    projectId: null,
  });
  const sets = plan.verdicts.map((v) => ({ criteria: v.set.criteria, verdict: v.verdict }));
  const slug = stored.summary.label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') // runs of `-` were just made one
    .slice(0, 80);
  return { fileName: `run-${slug || 'run'}.md`, markdown: runReportMarkdown(stored.summary, verdict, sets) };
}
