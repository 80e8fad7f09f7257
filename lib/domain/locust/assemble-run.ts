// Merges the files of one run into a ParsedRun. CSV statistics win over the HTML report's
// (more percentiles, a median); the report adds host, locustfile and times. A report and CSVs
// that disagree come from different runs and are returned as two runs, never mixed.
import { minDurationS } from './duration';
import { unreadable } from './errors';
import type { FileGroup } from './group-files';
import { LEGACY_TABLES_WARNING } from './html/index';
import { mergeDistribution } from './merge-distribution';
import { lagNote, sameRunCheck } from './same-run-check';
import type { EndpointStats, FileResult, ParsedRun, RunMeta } from './types';
import { formatRange, intersectRanges } from './versions';

const STATS_PRIORITY = ['stats', 'requests', 'html', 'json', 'stats-requests-json'] as const;

export function assembleRuns(group: FileGroup): { key: string; run: ParsedRun }[] {
  const html = group.files.find((f) => f.info.kind === 'html');
  const csvLike = group.files.filter((f) => f.info.kind !== 'html');
  if (html && csvLike.some((f) => f.stats || f.history)) {
    const mismatch = sameRunCheck(csvLike, html);
    if (mismatch !== null) {
      const note = `${html.info.name} and the CSV files come from different runs (${mismatch}); shown as two runs`;
      const htmlLabel = `${html.info.name.replace(/\.html?$/i, '')} (HTML report)`;
      return [
        { key: group.key, run: assembleRun(group.key, csvLike, [note]) },
        { key: html.info.name, run: assembleRun(htmlLabel, [html], [note]) },
      ];
    }
    const lag = lagNote(csvLike, html);
    if (lag !== null) return [{ key: group.key, run: assembleRun(group.key, group.files, [lag]) }];
  }
  return [{ key: group.key, run: assembleRun(group.key, group.files, []) }];
}

export function assembleRun(label: string, files: FileResult[], notes: string[]): ParsedRun {
  const byKind = (kind: string) => files.find((f) => f.info.kind === kind);
  const statsFile = STATS_PRIORITY.map(byKind).find((f) => f?.stats);
  // The legacy report's table rounding matters only when its tables are the statistics used.
  const fileWarnings = files.flatMap((f) =>
    f === statsFile ? f.warnings : f.warnings.filter((w) => w !== LEGACY_TABLES_WARNING),
  );
  const warnings = [...notes, ...fileWarnings];
  if (!statsFile?.stats) {
    const names = files.map((f) => f.info.name).join(', ');
    throw unreadable(
      files[0]?.info.name ?? label,
      null,
      `no statistics in this run (${names}): add its _stats.csv or HTML report`,
    );
  }
  let stats = statsFile.stats;
  const distribution = byKind('distribution');
  if (statsFile.info.kind === 'requests' && distribution?.stats) {
    stats = mergeDistribution(stats, distribution.stats, warnings);
  } else if (distribution) {
    warnings.push(`${distribution.info.name}: a _distribution.csv needs its _requests.csv; ignored`);
  }
  if (!stats.aggregated) throw unreadable(statsFile.info.name, null, 'no Aggregated row');
  const firstWith = <K extends keyof FileResult>(key: K, order: string[]) =>
    order.map(byKind).find((f) => f?.[key] !== undefined)?.[key];
  const versions = intersectRanges(files.map((f) => f.info.versions));
  if (versions === null) warnings.push('the files look like outputs of different Locust versions');
  return {
    meta: withMinDuration(buildMeta(label, files, versions ? formatRange(versions) : null), stats.aggregated),
    files: files.map((f) => f.info),
    aggregated: stats.aggregated,
    endpoints: stats.endpoints,
    failures: firstWith('failures', ['failures', 'html', 'stats-requests-json']) ?? [],
    exceptions: firstWith('exceptions', ['exceptions', 'html']) ?? [],
    history: firstWith('history', ['history', 'html']) ?? null,
    transactions: firstWith('transactions', ['transactions-summary']) ?? [],
    warnings,
  };
}

/**
 * A history (or report) span shorter than requests / rps (see duration.ts) stopped before the last
 * request: the run lasted at least requests / rps. `endTime` stays as read (the last history row).
 */
function withMinDuration(meta: RunMeta, aggregated: EndpointStats): RunMeta {
  const atLeast = minDurationS(aggregated);
  if (meta.durationS === null || atLeast === null || atLeast <= meta.durationS) return meta;
  return { ...meta, durationS: atLeast };
}

/** Meta fields: history (CSV) first, then the report, then JSON snapshots. */
function buildMeta(label: string, files: FileResult[], versionRange: string | null): RunMeta {
  const order = ['history', 'html', 'json', 'stats-requests-json'];
  const metas = order.flatMap((k) => files.filter((f) => f.info.kind === k).map((f) => f.meta ?? {}));
  const pick = <K extends keyof RunMeta>(key: K): RunMeta[K] | null => {
    for (const m of metas) if (m[key] !== undefined && m[key] !== null) return m[key] as RunMeta[K];
    return null;
  };
  const slash = label.lastIndexOf('/');
  return {
    label: label.slice(slash + 1) || null,
    userCount: pick('userCount'),
    spawnRate: null,
    startTime: pick('startTime'),
    endTime: pick('endTime'),
    durationS: pick('durationS'),
    host: pick('host'),
    locustfile: pick('locustfile'),
    locustVersion: pick('locustVersion') ?? versionRange,
  };
}
