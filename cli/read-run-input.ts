// Turns a RUN argument (directory, file, .zip, or comma-joined files) into parsed file results,
// streaming each file from disk so a million-row history never sits in memory as text.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import {
  LocustInputError,
  parseFile,
  runsFromResults,
  siblingEncodings,
  type EncodingHint,
  type FileResult,
  type UploadParseResult,
} from '../lib/domain/locust/index';
import { decodesCleanlyAs } from '../lib/domain/locust/text/detect';
import { isZip, unzipFiles, type InputFile } from '../lib/domain/locust/zip';
import { chosenEncoding } from './encoding-option';
import { parseFromDisk } from './parse-from-disk';
import { runArgumentFiles, UsageError } from './run-argument';

export { UsageError } from './run-argument';

/** A parsed file, and how to parse it again with a sibling's encoding (encoding-hints.ts). */
interface Read {
  result: FileResult;
  again: (hint: EncodingHint) => Promise<FileResult>;
}

export async function readRunInput(arg: string): Promise<UploadParseResult & { skipped: string[] }> {
  const read: Read[] = [];
  const skipped: string[] = [];
  for (const file of runArgumentFiles(arg)) {
    try {
      read.push(...(await parsePath(file.path, file.name)));
    } catch (e) {
      // In a folder, files that are not Locust output (logs, notes) are skipped, not fatal.
      if (file.listed && e instanceof LocustInputError && e.code === 'not_locust')
        skipped.push(`${file.name}: ${e.reason}`);
      else throw e;
    }
  }
  if (read.length === 0) throw new UsageError(`${arg}: no Locust output files found`);
  const chosen = new Set(read.map((r) => r.result.info.name).filter((n) => chosenEncoding(n) !== undefined));
  const hints = siblingEncodings(
    read.map((r) => r.result),
    chosen,
  );
  const results = await Promise.all(
    read.map(({ result, again }) => {
      const hint = hints.get(result.info.name);
      return hint ? again(hint) : result;
    }),
  );
  return { ...runsFromResults(results), skipped };
}

/** Each file decoded with the encoding `--encoding` chose for it, else the one detected. */
async function parsePath(path: string, name: string): Promise<Read[]> {
  if (isZipFile(path)) {
    return unzipFiles(name, readFileSync(path)).map((f: InputFile) => {
      const result = parseFile(f, chosenEncoding(f.name));
      const again = async (hint: EncodingHint) =>
        decodesCleanlyAs(f.bytes, hint.encoding) ? parseFile(f, hint) : result;
      return { result, again };
    });
  }
  const result = await parseFromDisk(path, name, chosenEncoding(name));
  const again = async (hint: EncodingHint) =>
    decodesCleanlyAs(readHead(path), hint.encoding)
      ? parseFromDisk(path, name, hint.encoding, hint.confidence)
      : result;
  return [{ result, again }];
}

/** The first MiB of a file (where encodings are decided). */
function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(1 << 20);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
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
