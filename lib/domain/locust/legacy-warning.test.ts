// Issue 15: the legacy HTML table warning (whole-number averages, RPS to 0.1, no median column) is
// about the report's statistics tables: shown when they are the statistics used, not when the CSV's are.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LEGACY_TABLES_WARNING } from './html/index';
import { parseRunFiles, type InputFile } from './index';

const root = new URL('../../../fixtures/', import.meta.url);
const folder = (dir: string, keep: (name: string) => boolean): InputFile[] =>
  readdirSync(new URL(dir, root))
    .filter((n) => /\.(csv|html)$/.test(n) && keep(n))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`${dir}/${name}`, root))) }));

// smallpool-20u.html is a Locust 2.12 report (legacy tables); its CSVs are of the same run.
test.each([
  ['the HTML report alone', true, (n: string) => n.endsWith('.html')],
  ['the HTML report with the CSV files', false, () => true],
  ['the HTML report with _stats.csv only', false, (n: string) => n.endsWith('.html') || n.endsWith('_stats.csv')],
  ['the CSV files alone', false, (n: string) => n.endsWith('.csv')],
])('%s: warned %s', (_what, warned, keep) => {
  const run = parseRunFiles(folder('locust-2.12-generated/smallpool-20u', keep));
  expect(run.warnings.includes(LEGACY_TABLES_WARNING)).toBe(warned);
  expect(run.aggregated.medianMs).toBe(160);
});
