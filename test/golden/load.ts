// Reads Locust output fixtures from /fixtures into the parser's input shape.
// Structurally identical to `InputFile` from '@/lib/domain/locust' (kept local so this helper
// does not depend on the module under test).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FixtureFile {
  name: string;
  bytes: Uint8Array;
}

const ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Absolute path of a fixture folder, e.g. fixtureDir('locust-real/parkietje-locust1.0'). */
export function fixtureDir(folder: string): string {
  return join(ROOT, folder);
}

/** Reads named files of one fixture folder, byte-for-byte. */
export function loadFiles(folder: string, names: readonly string[]): FixtureFile[] {
  return names.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(fixtureDir(folder), name))),
  }));
}

/** Reads one file of a fixture folder. */
export function loadFile(folder: string, name: string): FixtureFile {
  return loadFiles(folder, [name])[0] as FixtureFile;
}

/** Every Locust output file (csv/html) of a fixture folder, sorted by name. */
export function loadAll(folder: string): FixtureFile[] {
  const names = readdirSync(fixtureDir(folder))
    .filter((n) => /\.(csv|html)$/i.test(n))
    .sort();
  return loadFiles(folder, names);
}

const CSV_SUFFIXES = [
  '_stats.csv',
  '_stats_history.csv',
  '_failures.csv',
  '_exceptions.csv',
  '_requests.csv',
  '_distribution.csv',
] as const;

/**
 * The CSV files of one run: exactly `<prefix>_stats.csv`, `<prefix>_stats_history.csv`, ...
 * (exact suffix match, so prefix "3500mcpu" does not pick up "3500mcpu_10_clients_stats.csv").
 * Throws if the folder has none.
 */
export function loadCsvRun(folder: string, prefix: string): FixtureFile[] {
  const present = new Set(readdirSync(fixtureDir(folder)));
  const names = CSV_SUFFIXES.map((s) => prefix + s).filter((n) => present.has(n));
  if (names.length === 0) throw new Error(`no CSV files with prefix ${prefix} in ${folder}`);
  return loadFiles(folder, names);
}
