// Do an HTML report and CSV files describe the same run? Locust flushes CSVs every 5-10 s, so the
// CSV totals may trail the report a little; different runs differ in time, size or endpoints.
import type { FileResult } from './types';

/** Clock slack between the report's start/end and the history's first/last row, seconds. */
const TIME_SLACK_S = 120;

/** Null when the files agree; otherwise why they cannot be one run. */
export function sameRunCheck(csvFiles: FileResult[], html: FileResult): string | null {
  const csvStats = csvFiles.find((f) => f.stats)?.stats;
  const csvMeta = csvFiles.find((f) => f.info.kind === 'history')?.meta;
  const htmlStats = html.stats;
  const htmlMeta = html.meta ?? {};
  if (csvMeta?.startTime && csvMeta.endTime && htmlMeta.startTime && htmlMeta.endTime) {
    const a = [Date.parse(csvMeta.startTime) / 1000, Date.parse(csvMeta.endTime) / 1000] as const;
    const b = [Date.parse(htmlMeta.startTime) / 1000, Date.parse(htmlMeta.endTime) / 1000] as const;
    const zoned = /Z|[+-]\d\d:?\d\d$/.test(htmlMeta.startTime);
    if (zoned && (a[1] + TIME_SLACK_S < b[0] || b[1] + TIME_SLACK_S < a[0])) {
      return (
        `the report covers ${htmlMeta.startTime} to ${htmlMeta.endTime}, the CSV history ${csvMeta.startTime} to ` +
        `${csvMeta.endTime}`
      );
    }
    const durA = a[1] - a[0];
    const durB = b[1] - b[0];
    if (!zoned && Math.abs(durA - durB) > Math.max(TIME_SLACK_S, 0.5 * Math.max(durA, durB))) {
      return `the report lasts ${durB} s, the CSV history ${durA} s`;
    }
  }
  if (csvStats?.aggregated && htmlStats?.aggregated) {
    const x = csvStats.aggregated.requests;
    const y = htmlStats.aggregated.requests;
    if (Math.abs(x - y) > Math.max(100, 0.2 * Math.max(x, y))) {
      return `the report counts ${y} requests, the CSV ${x}`;
    }
    const names = (s: typeof csvStats) => new Set(s.endpoints.map((e) => `${e.method ?? ''} ${e.name}`));
    const p = names(csvStats);
    const q = names(htmlStats);
    const common = [...p].filter((n) => q.has(n)).length;
    const union = new Set([...p, ...q]).size;
    if (union > 0 && common / union < 0.5) return `only ${common} of ${union} endpoints appear in both`;
  }
  return null;
}

/** A same-run note when CSV totals trail the report (flushed before the end). */
export function lagNote(csvFiles: FileResult[], html: FileResult): string | null {
  const x = csvFiles.find((f) => f.stats)?.stats?.aggregated?.requests;
  const y = html.stats?.aggregated?.requests;
  if (x === undefined || y === undefined || x === y) return null;
  return (
    `the CSV statistics count ${x} requests, the HTML report ${y} (CSV files are flushed every few seconds, ` +
    'so they can trail the report); CSV figures are used'
  );
}
