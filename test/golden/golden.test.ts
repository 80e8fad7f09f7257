// Golden test: every fixture folder with an expected.json (or <name>.expected.json) is parsed as
// each of its views says and checked against the figures written there (read from the files by
// hand, never from swarmlens). A new real run is a new folder plus its expected.json; see README.md.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunFiles, parseUpload } from '@/lib/domain/locust';
import type { ParsedRun } from '@/lib/domain/locust/types';
import { GROUPS, checkRun } from './checks';
import { findExpectedFiles, type Input, type View } from './expected';
import { fixtureDir, loadAll, loadCsvRun, loadFiles, type FixtureFile } from './load';

function load(folder: string, input: Input): FixtureFile[] {
  if ('folders' in input) return input.folders.flatMap((f) => loadAll(join(folder, f)));
  const dir = input.folder === undefined ? folder : join(folder, input.folder);
  if ('csvPrefix' in input) return loadCsvRun(dir, input.csvPrefix);
  if ('files' in input) return loadFiles(dir, input.files);
  return loadAll(dir);
}

/** Parses once per view, on first use. */
function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

function uploadTest(folder: string, view: View): void {
  it('upload runs', () => {
    const { runs } = parseUpload(load(folder, view.input));
    const outcome = view.outcomes?.find((o) => o.runCount === runs.length);
    expect(outcome, `${runs.length} run(s): keys ${JSON.stringify(runs.map((x) => x.key))}`).toBeDefined();
    if (outcome?.distinctKeys) expect(new Set(runs.map((x) => x.key)).size, 'distinct keys').toBe(runs.length);
    for (const exp of outcome?.runs ?? []) {
      const { key, keyPattern, requests } = exp.select;
      const hits = runs.filter(
        (x) =>
          (key === undefined || x.key === key) &&
          (keyPattern === undefined || new RegExp(keyPattern).test(x.key)) &&
          (requests === undefined || x.run.aggregated.requests === requests),
      );
      expect(hits, `run selected by ${JSON.stringify(exp.select)}`).toHaveLength(1);
      checkRun(hits[0]?.run as ParsedRun, exp);
    }
  });
}

const files = findExpectedFiles();

describe('golden fixtures', () => {
  it('every real run under fixtures/locust-real has its <folder>.expected.json beside it', () => {
    const entries = readdirSync(fixtureDir('locust-real'), { withFileTypes: true });
    const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    for (const d of entries.filter((e) => e.isDirectory())) {
      expect(names.has(`${d.name}.expected.json`), `locust-real/${d.name}.expected.json`).toBe(true);
    }
    expect(files.length).toBeGreaterThan(0);
  });
});

describe.each(files.map((f) => [`${f.folder}/${f.name}`, f] as const))('golden: %s', (_, file) => {
  describe.each(file.doc.views.map((v) => [v.name, v] as const))('%s', (__, view) => {
    if (view.parser === 'upload') {
      uploadTest(file.folder, view);
      return;
    }
    const run = lazy(() => parseRunFiles(load(file.folder, view.input)));
    for (const [name, has, check] of GROUPS) if (has(view)) it(name, () => check(run(), view));
  });
});
