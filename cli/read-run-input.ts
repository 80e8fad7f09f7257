// Turns a RUN argument (directory, file, .zip, or comma-joined files) into parsed file results,
// streaming each file from disk so a million-row history never sits in memory as text.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { LocustInputError, parseFile, runsFromResults, type FileResult, type UploadParseResult } from '../lib/locust/index';
import { isZip, unzipFiles } from '../lib/locust/zip';
import { chosenEncoding } from './encoding-option';
import { parseFromDisk } from './parse-from-disk';
import { runArgumentFiles, UsageError } from './run-argument';

export { UsageError } from './run-argument';

export async function readRunInput(arg: string): Promise<UploadParseResult & { skipped: string[] }> {
  const results: FileResult[] = [];
  const skipped: string[] = [];
  for (const file of runArgumentFiles(arg)) {
    try {
      results.push(...(await parsePath(file.path, file.name)));
    } catch (e) {
      // In a folder, files that are not Locust output (logs, notes) are skipped, not fatal.
      if (file.listed && e instanceof LocustInputError && e.code === 'not_locust') skipped.push(`${file.name}: ${e.reason}`);
      else throw e;
    }
  }
  if (results.length === 0) throw new UsageError(`${arg}: no Locust output files found`);
  return { ...runsFromResults(results), skipped };
}

/** Each file decoded with the encoding `--encoding` chose for it, else the one detected. */
async function parsePath(path: string, name: string): Promise<FileResult[]> {
  if (isZipFile(path)) return unzipFiles(name, readFileSync(path)).map((f) => parseFile(f, chosenEncoding(f.name)));
  return [await parseFromDisk(path, name, chosenEncoding(name))];
}

/** A zip, by its first 4 bytes (whatever its name). */
export function isZipFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(4);
    readSync(fd, head, 0, 4, 0);
    return isZip(head);
  } finally {
    closeSync(fd);
  }
}
