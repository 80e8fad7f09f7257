// Turns a RUN argument (directory, file, .zip, or comma-joined files) into parsed file results,
// streaming each file from disk so a million-row history never sits in memory as text.
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LocustInputError, parseFile, runsFromResults, type FileResult, type UploadParseResult } from '../lib/locust/index';
import { isZip, unzipFiles } from '../lib/locust/zip';
import { parseFromDisk } from './parse-from-disk';

export class UsageError extends Error {}

export async function readRunInput(arg: string): Promise<UploadParseResult & { skipped: string[] }> {
  const paths = arg.split(',').filter((p) => p.length > 0);
  if (paths.length === 0) throw new UsageError('RUN is empty: give a directory, a file, a .zip or files joined with commas');
  const results: FileResult[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const full = join(path, name);
        if (!statSync(full).isFile() || name.startsWith('.')) continue;
        try {
          results.push(...(await parsePath(full, name)));
        } catch (e) {
          // In a folder, files that are not Locust output (logs, notes) are skipped, not fatal.
          if (e instanceof LocustInputError && e.code === 'not_locust') skipped.push(`${name}: ${e.reason}`);
          else throw e;
        }
      }
    } else {
      results.push(...(await parsePath(path, basename(path))));
    }
  }
  if (results.length === 0) throw new UsageError(`${arg}: no Locust output files found`);
  return { ...runsFromResults(results), skipped };
}

async function parsePath(path: string, name: string): Promise<FileResult[]> {
  if (isZipFile(path)) return unzipFiles(name, readFileSync(path)).map(parseFile);
  return [await parseFromDisk(path, name)];
}

function isZipFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(4);
    readSync(fd, head, 0, 4, 0);
    return isZip(head);
  } finally {
    closeSync(fd);
  }
}
