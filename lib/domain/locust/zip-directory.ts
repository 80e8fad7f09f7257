// The central directory of a zip (APPNOTE 4.3.12/4.3.16): each entry's name, CRC-32, compression
// method, declared sizes and where its bytes lie, so that what is inflated can be checked against them.

export interface ZipDirectoryEntry {
  name: string;
  crc32: number;
  /** 0 stored, 8 deflate (APPNOTE 4.4.5; others are not read). */
  method: number;
  compressedBytes: number;
  /** As declared (may lie). */
  uncompressedBytes: number;
  /** Byte offset of the entry's local header in the zip. */
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const U32_MAX = 0xffffffff;

/** Entries of the central directory, or null when it cannot be found or read. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd === -1) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === U32_MAX || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR_SIG) return null;
    const eocd64 = Number(view.getBigUint64(locator + 8, true));
    if (eocd64 + 56 > bytes.length) return null;
    count = Number(view.getBigUint64(eocd64 + 32, true));
    offset = Number(view.getBigUint64(eocd64 + 48, true));
  }
  const entries: ZipDirectoryEntry[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIG) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, {
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    entries.push({
      name: entryName(bytes.subarray(at + 46, at + 46 + nameLength), view.getUint16(at + 8, true), decoder),
      crc32: view.getUint32(at + 16, true),
      method: view.getUint16(at + 10, true),
      compressedBytes: sizes.compressed,
      uncompressedBytes: sizes.uncompressed,
      localHeaderOffset: sizes.offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** As fflate decodes it: UTF-8 when the general-purpose flag's bit 11 says so, else one byte per
 *  character (ISO-8859-1), so directory entries pair with fflate's by name. */
function entryName(raw: Uint8Array, flags: number, utf8: TextDecoder): string {
  if (flags & 0x800) return utf8.decode(raw);
  let name = '';
  for (const byte of raw) name += String.fromCharCode(byte);
  return name;
}

function findEocd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= lowest; i--) if (view.getUint32(i, true) === EOCD_SIG) return i;
  return -1;
}

interface EntrySizes {
  compressed: number;
  uncompressed: number;
  offset: number;
}

/** Sizes and local header offset from the zip64 extra field (id 1) where the 32-bit fields say
 *  0xffffffff; the field holds only those, in this order (APPNOTE 4.5.3). */
function zip64Sizes(view: DataView, extra: number, length: number, fields: EntrySizes): EntrySizes {
  const out = { ...fields };
  for (let at = extra; at + 4 <= extra + length && at + 4 <= view.byteLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (fields[key] !== U32_MAX || field + 8 > view.byteLength) continue;
        out[key] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      break;
    }
    at += 4 + size;
  }
  return out;
}

/** Where the entry's stored bytes lie in the zip (after its local header), or null when its local
 *  header is missing or the bytes run past the end of the zip. */
export function entryDataRange(bytes: Uint8Array, entry: ZipDirectoryEntry): { start: number; end: number } | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_SIG) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedBytes;
  return end > bytes.length ? null : { start, end };
}

let table: Int32Array | null = null;

/** CRC-32 (IEEE 802.3, as zip uses) of `bytes`, continuing `previous` (the CRC-32 of the bytes
 *  before them) when given: crc32(b, crc32(a)) is the CRC-32 of a then b. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  if (table === null) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  const t = table;
  let c = ~previous;
  for (let i = 0; i < bytes.length; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
