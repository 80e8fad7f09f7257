// Server-side: the trend page's data (issue 19) — the project, the filters' values, the trend of the chosen
// metric and scope, the endpoint matrix, the open change points (the headline) and the headroom, loaded once
// per request from the services (figures stored per run: no run is read whole). An unknown project is a 404.
import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { toSixDigits } from '@/lib/domain/format/format';
import type { ProjectInfo } from '@/lib/domain/shapes/project';
import { getHistorySettings, listProjectChangePoints } from '@/lib/server/services/change-point-service';
import { getProjectOrThrow } from '@/lib/server/services/criteria-service';
import { AppError } from '@/lib/server/services/errors';
import { projectHeadroom, type SetHeadroom } from '@/lib/server/services/headroom-service';
import { trendFilterOptions, type TrendFilterOptions } from '@/lib/server/services/trend-page-service';
import { projectTrend, trendMatrix, type MatrixJson, type TrendJson } from '@/lib/server/services/trend-service';
import { trendHeadline, type TrendHeadline } from '@/lib/view/history/headline';
import { chooseUsers, parseTrendQuery, type SearchParams, type TrendPageQuery } from '@/lib/view/history/trend-query';
import type { UsersChoice } from '@/lib/view/history/trend-query';
import { decodeSegment } from '../segment';

/** Runs the matrix shows (the newest). */
export const MATRIX_RUNS = 30;

export interface TrendPageData {
  project: ProjectInfo;
  query: TrendPageQuery;
  options: TrendFilterOptions;
  users: UsersChoice;
  headline: TrendHeadline;
  trend: TrendJson;
  matrix: MatrixJson;
  headroom: SetHeadroom[];
  /** The branch change points are searched on (the project's history settings). */
  historyBranch: string;
}

async function projectOr404(segment: string): Promise<ProjectInfo> {
  try {
    return await getProjectOrThrow(decodeSegment(segment));
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

/** The project (by id or name, as typed in the URL), for the page's title. */
export const loadTrendProject = cache(projectOr404);

export async function loadTrendPage(segment: string, params: SearchParams): Promise<TrendPageData> {
  const project = await loadTrendProject(segment);
  const query = parseTrendQuery(params);
  const { metric, scope, basis, branch, environment, profile, tag } = query;
  const options = await trendFilterOptions(project.id, { branch, environment, profile });
  const users = chooseUsers(query.users, options.runUsers);
  const filters = { branch, environment, profile, tag, users: users.users };
  const [trend, matrix, headroom, open, settings] = await Promise.all([
    projectTrend(project.id, { metric, scope, basis, filters }),
    trendMatrix(project.id, { metric, basis, filters, runs: MATRIX_RUNS }),
    projectHeadroom(project.id),
    listProjectChangePoints(project.id, { status: 'open', limit: 5000 }),
    getHistorySettings(project.id),
  ]);
  // Six digits are plenty for a sparkline and halve the matrix's trip to the browser.
  const rows = matrix.rows.map((r) => ({ ...r, values: r.values.map(toSixDigits) }));
  return {
    project,
    query,
    options,
    users,
    headline: trendHeadline(open, trend.series, metric, options.runCount),
    trend,
    matrix: { ...matrix, rows },
    headroom,
    historyBranch: settings.branch,
  };
}
