// What the trend page offers beside the trend itself (issue 19): the values its filters can take (branches,
// environments, profiles, tags and user counts of the project's runs), and the user count of each run the other
// filters keep, oldest first (the page's default user count is the newest run's when runs mix counts).
import 'server-only';
import type { TrendFilters } from '../db/trend-store';
import { database } from '../db/stores';

export interface TrendFilterOptions {
  branches: string[];
  environments: string[];
  profiles: string[];
  tags: string[];
  /** Runs of the project. */
  runCount: number;
  /** User count of each run kept by branch, environment and profile (not tag), oldest first. */
  runUsers: (number | null)[];
}

const distinct = (values: readonly (string | null)[]) =>
  [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b));

export async function trendFilterOptions(
  projectId: string,
  f: Pick<TrendFilters, 'branch' | 'environment' | 'profile'>,
): Promise<TrendFilterOptions> {
  const db = await database();
  const [runs, tags] = await Promise.all([
    db.trends.loadTrendRuns(projectId, {}),
    db.trends.listProjectTags(projectId),
  ]);
  const kept = runs.filter(
    (r) =>
      (f.branch === undefined || r.branch === f.branch) &&
      (f.environment === undefined || r.environment === f.environment) &&
      (f.profile === undefined || r.profile === f.profile),
  );
  return {
    branches: distinct(runs.map((r) => r.branch)),
    environments: distinct(runs.map((r) => r.environment)),
    profiles: distinct(runs.map((r) => r.profile)),
    tags,
    runCount: runs.length,
    runUsers: kept.map((r) => r.userCount),
  };
}
