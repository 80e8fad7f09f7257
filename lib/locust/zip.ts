// `.zip` uploads, recognized by their magic bytes. Entries become input files named by their path.
import { unzipSync } from 'fflate';
import { unreadable } from './errors';

/** Total uncompressed bytes accepted from one zip (guards against zip bombs). */
export const MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024;

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Files inside a zip (folders, macOS resource forks and hidden files skipped). */
export function unzipFiles(zipName: string, bytes: Uint8Array, maxBytes = MAX_UNZIPPED_BYTES): InputFile[] {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (isSkipped(file.name)) return false;
        total += file.originalSize;
        if (total > maxBytes) throw new RangeError('too large');
        return true;
      },
    });
  } catch (e) {
    const why = e instanceof RangeError ? `unzips to more than ${maxBytes} bytes` : 'not a readable zip archive';
    throw unreadable(zipName, null, why);
  }
  const base = zipName.replace(/\.zip$/i, '');
  return Object.entries(entries)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name: `${base}/${name}`, bytes: data }));
}

function isSkipped(path: string): boolean {
  return path.endsWith('/') || path.startsWith('__MACOSX/') || path.split('/').some((p) => p.startsWith('.'));
}
