// `.zip` uploads, recognized by their magic bytes. Entries become input files named by their path,
// sanitized: a name is only ever a label (never a filesystem path), and `../`, absolute paths and
// drive letters are dropped from it. Guards, on the central directory before anything is inflated:
// entry count, total and per-entry declared sizes, sizes beyond the compression ratio deflate can
// reach. Then each entry is inflated as a stream (zip-inflate.ts), never past its declared size; at its
// end its size and CRC-32 are checked. No zip inside a zip.
import { unreadable } from './errors';
import { crc32, entryDataRange, readZipDirectory, type ZipDirectoryEntry } from './zip-directory';
import { InflateFailure, InflateOverflow, inflateChunks, STORED } from './zip-inflate';

/** Total uncompressed bytes accepted from one zip (guards against zip bombs). */
export const MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024;
/** Entries accepted from one zip (as many as files in one upload, lib/server/http/read-upload.ts). */
export const MAX_ZIP_ENTRIES = 1000;
/** Deflate cannot expand more than 1032:1; a header declaring more is lying. */
const MAX_DEFLATE_RATIO = 1032;
const CORRUPT = 'not a readable zip archive (corrupt, or its headers lie about sizes)';

export interface ZipLimits {
  /** Uncompressed bytes of all entries together, as declared. */
  totalBytes: number;
  /** Uncompressed bytes of one entry (the server passes its upload limit: an entry is one file). */
  entryBytes: number;
}

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** One file of a zip, not inflated yet. */
export interface ZipEntry {
  /** `archive/entry.csv`: the zip's name without `.zip`, then the entry's path. */
  name: string;
  /** Its bytes, inflated a step at a time as they are asked for (at most ~8.3 MiB a chunk): throws a
   *  LocustInputError once they pass the declared size, or at the end when size or CRC-32 differ. */
  chunks(): Generator<Uint8Array, void>;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Files inside a zip, inflated whole (folders, macOS resource forks and hidden files skipped). */
export function unzipFiles(zipName: string, bytes: Uint8Array, limits: Partial<ZipLimits> = {}): InputFile[] {
  return zipEntries(zipName, bytes, limits).map((entry) => ({ name: entry.name, bytes: joined([...entry.chunks()]) }));
}

/** The files of a zip to inflate one by one (folders, macOS resource forks and hidden files skipped),
 *  once the directory passed the guards (at most `limits` bytes; by default 2 GiB in all and each). */
export function zipEntries(zipName: string, bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipEntry[] {
  const { totalBytes = MAX_UNZIPPED_BYTES, entryBytes = MAX_UNZIPPED_BYTES } = limits;
  const directory = readZipDirectory(bytes);
  if (directory === null) throw unreadable(zipName, null, 'not a readable zip archive (no central directory)');
  if (directory.length > MAX_ZIP_ENTRIES)
    throw unreadable(
      zipName,
      null,
      `holds ${directory.length} entries; at most ${MAX_ZIP_ENTRIES} are read from one zip`,
    );
  const wanted = directory.filter((e) => !e.name.endsWith('/') && !isSkipped(safeEntryPath(e.name)));
  let total = 0;
  for (const e of wanted) {
    const impossible =
      e.method === STORED
        ? e.uncompressedBytes !== e.compressedBytes
        : e.uncompressedBytes > e.compressedBytes * MAX_DEFLATE_RATIO + 1024;
    if (impossible) {
      throw unreadable(
        zipName,
        null,
        `${safeEntryPath(e.name)}: the zip header declares ${e.uncompressedBytes} bytes from ` +
          `${e.compressedBytes} compressed (impossible): a corrupt archive or a zip bomb`,
      );
    }
    total += e.uncompressedBytes;
    if (total > totalBytes) throw unreadable(zipName, null, `unzips to more than ${totalBytes} bytes`);
  }
  const tooBig = wanted.find((e) => e.uncompressedBytes > entryBytes);
  if (tooBig !== undefined) {
    throw unreadable(
      zipName,
      null,
      `${safeEntryPath(tooBig.name)}: unzips to ${tooBig.uncompressedBytes} bytes; at most ${entryBytes} ` +
        `(${mebibytes(entryBytes)} MiB) are read from one file`,
    );
  }
  // One entry per name (the last of those sharing it), where the name first appears.
  const byName = new Map<string, ZipDirectoryEntry>(wanted.map((e) => [e.name, e]));
  const base = zipName.replace(/\.zip$/i, '');
  return [...byName.values()].map((entry) => {
    const name = `${base}/${safeEntryPath(entry.name)}`;
    return { name, chunks: () => entryChunks(zipName, name, bytes, entry) };
  });
}

function* entryChunks(zipName: string, name: string, zip: Uint8Array, entry: ZipDirectoryEntry) {
  const range = entryDataRange(zip, entry);
  if (range === null) throw unreadable(zipName, null, CORRUPT);
  const inflated = inflateChunks(zip.subarray(range.start, range.end), entry.method, entry.uncompressedBytes);
  let crc = 0;
  let made = 0;
  // Chunks are held until the first four bytes are known: a zip inside a zip is refused before any is given.
  let held: Uint8Array[] | null = [];
  let magic: Uint8Array = new Uint8Array(0);
  for (let step = nextStep(zipName, entry, inflated); !step.done; step = nextStep(zipName, entry, inflated)) {
    const chunk = step.value;
    crc = crc32(chunk, crc);
    made += chunk.length;
    if (held === null) {
      yield chunk;
      continue;
    }
    held.push(chunk);
    magic = joined([magic, chunk.subarray(0, 4 - magic.length)]);
    if (magic.length < 4) continue;
    if (isZip(magic)) throw unreadable(name, null, 'a zip inside a zip: unzip it and upload its files');
    yield* held;
    held = null;
  }
  if (held !== null) yield* held;
  if (made !== entry.uncompressedBytes || crc !== entry.crc32) {
    throw unreadable(
      name,
      null,
      'its bytes do not match the CRC-32 and size in the zip header (a corrupt archive, ' +
        'or a header that lies about sizes)',
    );
  }
}

/** The next chunk of an entry, its inflater's refusals as the zip's. */
function nextStep(zipName: string, entry: ZipDirectoryEntry, inflated: Generator<Uint8Array, number>) {
  try {
    return inflated.next();
  } catch (e) {
    if (e instanceof InflateOverflow) {
      throw unreadable(
        zipName,
        null,
        `${CORRUPT}: ${safeEntryPath(entry.name)} holds more than the ${entry.uncompressedBytes} bytes ` +
          'its header declares',
      );
    }
    if (e instanceof InflateFailure) throw unreadable(zipName, null, CORRUPT);
    throw e;
  }
}

/** The chunks in one new array (always a copy: a stored entry's chunks are views of the whole zip). */
function joined(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const mebibytes = (bytes: number) => Number((bytes / 1048576).toFixed(2));

/** An entry name as a display label: `/`-separated, without `..`, `.`, empty parts, a root or drive. */
export function safeEntryPath(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .split(/[\\/]+/)
    .filter((part, i) => part !== '' && part !== '.' && part !== '..' && !(i === 0 && /^[A-Za-z]:$/.test(part)))
    .join('/');
}

function isSkipped(path: string): boolean {
  return path === '' || path.startsWith('__MACOSX/') || path.split('/').some((p) => p.startsWith('.'));
}
