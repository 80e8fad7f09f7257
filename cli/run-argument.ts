// The files a RUN argument names: a directory (its visible files, sorted), a file, or several
// of these joined with commas.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export class UsageError extends Error {}

export interface RunArgumentFile {
  path: string;
  name: string;
  /** Found by listing a directory (rather than named explicitly). */
  listed: boolean;
}

export function runArgumentFiles(arg: string): RunArgumentFile[] {
  const paths = arg.split(',').filter((p) => p.length > 0);
  if (paths.length === 0)
    throw new UsageError('RUN is empty: give a directory, a file, a .zip or files joined with commas');
  const files: RunArgumentFile[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    if (!isDirectory) {
      files.push({ path, name: basename(path), listed: false });
      continue;
    }
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (!name.startsWith('.') && statSync(full).isFile()) files.push({ path: full, name, listed: true });
    }
  }
  return files;
}
