// Large or binary hostile inputs, made at test time (never committed): 100 MB lines, binary
// files, zips whose headers lie, zip bombs, 10,000 files. Deterministic (seeded, no randomness).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { crc32 } from '../../lib/domain/locust/zip-directory';

export const HOSTILE_DIR = join(import.meta.dirname, '../../fixtures/hostile');
export const STATS = readFileSync(
  join(import.meta.dirname, '../../fixtures/locust-examples/v1.2-2.43.3__stats.csv'),
  'utf8',
);
const FAILURES = readFileSync(
  join(import.meta.dirname, '../../fixtures/locust-examples/v2.10.0-2.43.x__failures.csv'),
  'utf8',
);
const EXCEPTIONS = readFileSync(
  join(import.meta.dirname, '../../fixtures/locust-examples/v1.4.2-2.46.3__exceptions.csv'),
  'utf8',
);
export const MB = 1024 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);

/** A header then a 100 MB data row (one endpoint name). */
export function longRowStats(bytes = 100 * MB): Uint8Array {
  const header = STATS.slice(0, STATS.indexOf('\n') + 1);
  const out = new Uint8Array(header.length + 4 + bytes);
  out.set(enc(header + 'GET,'));
  out.fill(0x61, header.length + 4);
  return out;
}

/** 100 MB without a single line break. */
export function longLine(bytes = 100 * MB): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i += 2) out[i] = 0x78; // "x,x,x,..."
  for (let i = 1; i < bytes; i += 2) out[i] = 0x2c;
  return out;
}

/** Pseudo-random bytes (xorshift32, fixed seed). */
export function binary(bytes = 64 * 1024, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The start of a PNG image: a NUL byte on line 2. */
export function pngBytes(): Uint8Array {
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    0x0d,
    0x49,
    0x48,
    0x44,
    0x52,
    ...binary(512),
  ]);
}

/** A valid stats file past the 1 MiB the encoding is sniffed on, then a byte that is not UTF-8. */
export function lateInvalidUtf8(): { bytes: Uint8Array; badLine: number } {
  const lines = STATS.trimEnd().split('\n');
  const rows = [lines[0] as string];
  for (let i = 0, length = 0; length < 1.2 * MB; i++) {
    const row = `GET,/item/${i}${',1'.repeat(20)}`;
    rows.push(row);
    length += row.length + 1;
  }
  const head = enc(`${rows.join('\n')}\nGET,/caf`);
  const tail = enc(`\n${lines[lines.length - 1]}\n`);
  const out = new Uint8Array(head.length + 1 + tail.length);
  out.set(head);
  out[head.length] = 0xe9; // "é" in cp1252: invalid UTF-8
  out.set(tail, head.length + 1);
  return { bytes: out, badLine: rows.length + 1 };
}

export interface RawZipEntry {
  name: string;
  /** The bytes stored (already deflated when method is 8). */
  body: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** Uncompressed size written in both headers (may lie). */
  declaredBytes: number;
  /** The name written one byte per character without the UTF-8 flag (old zip tools). */
  latin1Name?: boolean;
}

export const deflated = (name: string, raw: Uint8Array): RawZipEntry => ({
  name,
  body: deflateRawSync(raw),
  method: 8,
  crc: crc32(raw),
  declaredBytes: raw.length,
});

/** A zip written by hand, so that its headers can say anything. */
export function makeZip(entries: RawZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = e.latin1Name ? Uint8Array.from(e.name, (c) => c.charCodeAt(0)) : enc(e.name);
    const flags = e.latin1Name ? 0 : 0x800;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.body.length, true);
    local.setUint32(22, e.declaredBytes, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, flags, true);
    central.setUint16(10, e.method, true);
    central.setUint32(16, e.crc, true);
    central.setUint32(20, e.body.length, true);
    central.setUint32(24, e.declaredBytes, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), name, e.body);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + e.body.length;
  }
  const cdSize = centrals.reduce((a, c) => a + c.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, Math.min(entries.length, 0xffff), true);
  eocd.setUint16(10, Math.min(entries.length, 0xffff), true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, new Uint8Array(eocd.buffer)]));
}

/** A deflate stream of `bytes` repeated `times` times, built from one fully flushed block (the
 *  dictionary reset, so the block decodes the same wherever it starts) repeated: no big buffer. */
export function repeatedDeflated(bytes: Uint8Array, times: number): Uint8Array {
  const block = deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const out = new Uint8Array(block.length * times + 2);
  for (let i = 0; i < times; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * times); // an empty final block
  return out;
}

/** A deflate stream of `mib` MiB of zeros. */
export const zerosDeflated = (mib: number) => repeatedDeflated(new Uint8Array(MB), mib);

const statsBytes = enc(STATS);

/** Honest headers, 3 × 1 GiB of zeros: over the 2 GiB limit before anything is inflated. */
export const bombTotal = () =>
  makeZip(
    ['a_stats.csv', 'b_stats.csv', 'c_stats.csv'].map((name) => ({
      name,
      body: zerosDeflated(1024),
      method: 8,
      crc: 0,
      declaredBytes: 1024 * MB,
    })),
  );
/** Headers declaring 3 GB for a 800-byte file: impossible for deflate. */
export const bombDeclared = () => makeZip([{ ...deflated('a_stats.csv', statsBytes), declaredBytes: 3_000_000_000 }]);
/** Headers declaring 1,000 bytes for 64 MiB of zeros (fflate trusts the header: CRC-32 catches it). */
export const bombLying = () =>
  makeZip([
    {
      name: 'a_stats.csv',
      body: zerosDeflated(64),
      method: 8,
      crc: crc32(statsBytes.subarray(0, 1000)),
      declaredBytes: 1000,
    },
  ]);
/** Headers declaring twice the real size (within deflate's ratio): caught by size and CRC-32. */
export const lyingLarger = () =>
  makeZip([{ ...deflated('a_stats.csv', statsBytes), declaredBytes: statsBytes.length * 2 }]);
/** Entries named to escape the folder: `../`, an absolute path, a drive letter. */
export const zipSlip = () =>
  makeZip([
    deflated('../../../../escape_stats.csv', statsBytes),
    deflated('/escape_failures.csv', enc(FAILURES)),
    deflated('C:\\escape_exceptions.csv', enc(EXCEPTIONS)),
  ]);
export const nestedZip = () => makeZip([deflated('inner.zip', makeZip([deflated('a_stats.csv', statsBytes)]))]);
export const manyEntriesZip = (n = 10_000) =>
  makeZip(Array.from({ length: n }, (_, i) => deflated(`r${i}_stats.csv`, statsBytes)));
export const truncatedZip = () => {
  const zip = makeZip([deflated('a_stats.csv', statsBytes)]);
  return zip.subarray(0, Math.floor(zip.length / 2));
};
/** 10,000 separate one-run files. */
export const tenThousandFiles = () =>
  Array.from({ length: 10_000 }, (_, i) => ({ name: `r${String(i).padStart(5, '0')}_stats.csv`, bytes: statsBytes }));
