// Server-side: a share link's token -> what it shows, opened once per request (generateMetadata and
// the page share the load, so one visit counts one view). Unknown, expired and revoked links, and
// links whose run, runs or project are gone, all answer the same 404.
import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { TimelineHistory } from '@/components/charts/timeline-types';
import type { CompareModel } from '@/lib/view/compare/model';
import type { ShareRecord } from '@/lib/domain/shapes/share';
import type { StoredRun } from '@/lib/domain/shapes/stored-run';
import { clientAddress } from '@/lib/server/http/client-address';
import { AppError } from '@/lib/server/services/errors';
import type { ProjectOverview } from '@/lib/domain/shapes/project';
import type { RunWindow } from '@/lib/view/criteria/run-window';
import { openShareLink } from '@/lib/server/services/share-service';
import type { MeetingVerdict } from '@/lib/domain/report/meeting-verdict';
import { comparisonDescription, projectDescription, runDescription, withVerdict } from '@/lib/view/share/describe';
import { loadComparison } from '../../compare/compare-data';
import { loadProjectPage } from '../../projects/[id]/project-page-data';
import { loadHistory, loadRun, loadRunVerdict } from '../../runs/[id]/run-page-data';

export type SharedContent =
  | { kind: 'run'; stored: StoredRun; history: TimelineHistory | null; meeting: MeetingVerdict }
  | { kind: 'comparison'; model: CompareModel }
  | {
      kind: 'project';
      /** One page of the project's runs evaluated, as on the owner's page (`page`, `run` of the link's URL). */
      overview: ProjectOverview;
      pager: { window: RunWindow; runCount: number };
      selectedRunId: string | null;
    };

export interface OpenedShare {
  share: ShareRecord;
  content: SharedContent;
  /** The Open Graph description: verdict and headline numbers. */
  description: string;
}

async function open(token: string): Promise<ShareRecord> {
  try {
    return await openShareLink(token, clientAddress(await headers()));
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

/** What a project link's URL asks: `page` of runs and the `run` its sets judge (as on the project page). */
export interface SharedProjectAsk {
  page?: string;
  run?: string;
}

async function contentOf(share: ShareRecord, asked: SharedProjectAsk): Promise<SharedContent> {
  if (share.kind === 'project') {
    if (!share.projectId) notFound();
    const page = await loadProjectPage(encodeURIComponent(share.projectId), asked.page, asked.run);
    const { project, sets, evaluation, signOffs, roadmap, window, runs, selectedRunId } = page;
    const overview = { project, sets, evaluation, signOffs, roadmap };
    return { kind: 'project', overview, pager: { window, runCount: runs.length }, selectedRunId };
  }
  if (share.kind === 'run') {
    const id = share.runIds[0];
    if (!id) notFound();
    const stored = await loadRun(id);
    const [history, meeting] = await Promise.all([loadHistory(id, stored), loadRunVerdict(stored)]);
    // Per-endpoint series come from /api/runs/:id/series, which needs sign-in: the aggregate only.
    return { kind: 'run', stored, history: history && { ...history, endpointSeries: [] }, meeting };
  }
  // What the owner's page shows: the target's project criteria (statuses included) and its roadmap.
  const { runIds, baselineRunId, settings } = share;
  const groups = settings.groups.join('\n');
  const result = await loadComparison(runIds.join(','), baselineRunId ?? undefined, settings.steps, groups, true);
  if (!result.ok) notFound();
  return { kind: 'comparison', model: result.model };
}

function describe(content: SharedContent): string {
  if (content.kind === 'run') return withVerdict(content.meeting, runDescription(content.stored.summary));
  if (content.kind === 'comparison') {
    return withVerdict(content.model.meetingVerdict, comparisonDescription(content.model.verdict));
  }
  const { window, runCount } = content.pager;
  return projectDescription(content.overview.evaluation, runCount, window.page === 1);
}

export const loadShare = cache(async (token: string, page?: string, run?: string): Promise<OpenedShare> => {
  const share = await open(token);
  const content = await contentOf(share, { page, run });
  return { share, content, description: describe(content) };
});
