// Test helper (reads the disk): real fixture runs parsed with parseUpload, compared with
// compareRuns, and shaped like the service's ComparisonView (lib/server/services/compare-service.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareRuns } from '../../domain/analysis/compare-runs';
import { comparisonMarkdown } from '../../domain/report/markdown';
import type { Comparison } from '../../domain/analysis/types';
import { parseUpload } from '../../domain/locust/index';
import { runHistoryColumns } from '../../domain/charts/series-columns';
import type { ParsedRun } from '../../domain/locust/types';
import type { ComparisonView } from '../../domain/shapes/comparison-view';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures');

export function loadRun(folder: string, label: string, prefix?: string): ParsedRun {
  const dir = join(FIXTURES, folder);
  const names = readdirSync(dir).filter(
    (n) =>
      /\.(csv|html)$/.test(n) &&
      (prefix === undefined || new RegExp(`^${prefix}_(stats|stats_history|failures|exceptions)\\.csv$`).test(n)),
  );
  const { runs } = parseUpload(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })));
  if (runs.length !== 1) throw new Error(`${folder}/${prefix ?? '*'}: expected one run, got ${runs.length}`);
  const run = (runs[0] as (typeof runs)[number]).run;
  return { ...run, meta: { ...run.meta, label } };
}

export const SMALLPOOL = 'locust-2.12-generated';
export const u20 = () => loadRun(`${SMALLPOOL}/smallpool-20u`, '20 users');
export const u40 = () => loadRun(`${SMALLPOOL}/smallpool-40u`, '40 users');

export const ONS = 'locust-real/ons-srb-0011-locust1.2.3';
export const ONS_PREFIXES = [
  '3500mcpu',
  '3500mcpu_10_clients',
  '3500mcpu_15_clients',
  '3500mcpu_80_clients_wait_time_min_1_max_2',
];
export const onsRuns = () => ONS_PREFIXES.map((p) => loadRun(ONS, p, p));

/** The view the compare page receives, built as the service builds it. */
export function viewOf(runs: { id: string; run: ParsedRun }[], baseline = 0): ComparisonView {
  const comparison: Comparison = compareRuns(runs, baseline);
  return {
    comparison,
    runs: runs.map(({ id, run }) => ({
      id,
      label: run.meta.label ?? id,
      userCount: run.meta.userCount,
      durationS: run.meta.durationS,
      startTime: run.meta.startTime,
      percentiles: run.aggregated.percentiles,
      maxMs: run.aggregated.maxMs,
      history: runHistoryColumns(run.history),
    })),
    markdown: comparisonMarkdown(comparison),
    plan: null,
    meeting: null,
    key: { runs: runs.map((r) => r.id), baseline: runs[baseline]?.id ?? null, steps: false },
    groups: [],
  };
}
