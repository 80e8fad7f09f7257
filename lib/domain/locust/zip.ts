// `.zip` uploads, recognized by their magic bytes. Entries become input files named by their path,
// sanitized: a name is only ever a label (never a filesystem path), and `../`, absolute paths and
// drive letters are dropped from it. Guards: total and per-entry sizes, entry count, headers that
// lie about sizes (checked against the compression ratio deflate can reach, then every entry's
// CRC-32), and no zip inside a zip.
import { unzipSync } from 'fflate';
import { unreadable } from './errors';
import { crc32, readZipDirectory, type ZipDirectoryEntry } from './zip-directory';

/** Total uncompressed bytes accepted from one zip (guards against zip bombs). */
export const MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024;
/** Entries accepted from one zip (as many as files in one upload, lib/server/http/read-upload.ts). */
export const MAX_ZIP_ENTRIES = 1000;
/** Deflate cannot expand more than 1032:1; a header declaring more is lying. */
const MAX_DEFLATE_RATIO = 1032;

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

class ZipRefusal extends Error {}

/** Files inside a zip (folders, macOS resource forks and hidden files skipped). */
export function unzipFiles(zipName: string, bytes: Uint8Array, maxBytes = MAX_UNZIPPED_BYTES): InputFile[] {
  const directory = readZipDirectory(bytes);
  if (directory === null) throw unreadable(zipName, null, 'not a readable zip archive (no central directory)');
  if (directory.length > MAX_ZIP_ENTRIES)
    throw unreadable(
      zipName,
      null,
      `holds ${directory.length} entries; at most ${MAX_ZIP_ENTRIES} are read from one zip`,
    );
  const byName = new Map<string, ZipDirectoryEntry>(directory.map((e) => [e.name, e]));
  // Sizes are checked on the whole directory first: fflate inflates each entry as it goes.
  const wanted = (name: string) => !name.endsWith('/') && !isSkipped(safeEntryPath(name));
  let total = 0;
  for (const e of directory.filter((d) => wanted(d.name))) {
    if (e.uncompressedBytes > e.compressedBytes * MAX_DEFLATE_RATIO + 1024) {
      throw unreadable(
        zipName,
        null,
        `${safeEntryPath(e.name)}: the zip header declares ${e.uncompressedBytes} bytes from ` +
          `${e.compressedBytes} compressed (impossible): a corrupt archive or a zip bomb`,
      );
    }
    total += e.uncompressedBytes;
    if (total > maxBytes) throw unreadable(zipName, null, `unzips to more than ${maxBytes} bytes`);
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (!wanted(file.name)) return false;
        // Stored entries: the size declared must be the size stored (the ratio check repeats the
        // directory's for entries fflate reads from it).
        if (
          file.compression === 0
            ? file.originalSize !== file.size
            : file.originalSize > file.size * MAX_DEFLATE_RATIO + 1024
        ) {
          throw new ZipRefusal(
            `${safeEntryPath(file.name)}: the zip header declares ${file.originalSize} bytes from ` +
              `${file.size} compressed (impossible): a corrupt archive or a zip bomb`,
          );
        }
        return true;
      },
    });
  } catch (e) {
    throw unreadable(
      zipName,
      null,
      e instanceof ZipRefusal ? e.message : 'not a readable zip archive (corrupt, or its headers lie about sizes)',
    );
  }
  const base = zipName.replace(/\.zip$/i, '');
  const files: InputFile[] = [];
  for (const [name, data] of Object.entries(entries)) {
    const path = safeEntryPath(name);
    if (path === '' || name.endsWith('/')) continue;
    const declared = byName.get(name);
    if (declared === undefined || data.length !== declared.uncompressedBytes || crc32(data) !== declared.crc32) {
      throw unreadable(
        `${base}/${path}`,
        null,
        'its bytes do not match the CRC-32 and size in the zip header (a corrupt archive, ' +
          'or a header that lies about sizes)',
      );
    }
    if (isZip(data)) throw unreadable(`${base}/${path}`, null, 'a zip inside a zip: unzip it and upload its files');
    files.push({ name: `${base}/${path}`, bytes: data });
  }
  return files;
}

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
