// Zip entries are inflated a step at a time and never past a cap: an entry declaring more than the cap
// is refused from the directory (nothing inflated), one whose bytes pass what it declares is refused at
// the step that passes it (the rest of its compressed bytes never read). Zips built here with fflate:
// one of a real run's files, and a bomb from a long run of zeros (in memory, never committed).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { LocustInputError } from './errors';
import { unzipFiles, zipEntries } from './zip';
import { crc32, entryDataRange, readZipDirectory } from './zip-directory';
import { DEFLATED, InflateFailure, InflateOverflow, inflateChunks, STORED } from './zip-inflate';

const MIB = 1024 * 1024;
/** Compressed bytes per step (zip-inflate.ts) and deflate's largest ratio. */
const STEP_BYTES = 8 * 1024;
const MAX_RATIO = 1032;

const DIR = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const runFiles = Object.fromEntries(readdirSync(DIR).map((n) => [n, new Uint8Array(readFileSync(join(DIR, n)))]));
const runZip = zipSync(runFiles);
const BOMB_BYTES = 128 * MIB;
const bombZip = zipSync({ 'bomb_stats_history.csv': new Uint8Array(BOMB_BYTES) }, { level: 9 });

/** The stored (deflated) bytes of a zip's first entry. */
function firstEntryData(zip: Uint8Array): Uint8Array {
  const range = entryDataRange(zip, readZipDirectory(zip)![0]!)!;
  return zip.subarray(range.start, range.end);
}

/** A copy of a one-entry zip whose headers declare `bytes` uncompressed bytes. */
function declaring(zip: Uint8Array, bytes: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  view.setUint32(22, bytes, true); // the local header, at 0
  view.setUint32(view.getUint32(out.length - 22 + 16, true) + 24, bytes, true); // the central one
  return out;
}

/** Compressed bytes that records how far into it anything was read. */
class WatchedBytes extends Uint8Array {
  readTo = 0;
  override subarray(start?: number, end?: number): Uint8Array<ArrayBuffer> {
    this.readTo = Math.max(this.readTo, Math.min(end ?? this.length, this.length));
    return new Uint8Array(this.buffer, this.byteOffset, this.length).subarray(start, end);
  }
}
const watched = (bytes: Uint8Array) => {
  const out = new WatchedBytes(bytes.length);
  out.set(bytes);
  return out;
};

/** Whether two byte arrays are equal (vitest's toEqual walks them byte by byte: seconds per MB). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

/** Every chunk given until the generator ends or throws, and what it threw. */
function drain(chunks: Iterable<Uint8Array>): { given: number; largest: number; thrown: unknown } {
  let given = 0;
  let largest = 0;
  try {
    for (const chunk of chunks) {
      given += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    return { given, largest, thrown: null };
  } catch (e) {
    return { given, largest, thrown: e };
  }
}

describe('inflateChunks', () => {
  const entries = readZipDirectory(runZip)!.map((entry) => {
    const range = entryDataRange(runZip, entry)!;
    return { ...entry, data: runZip.subarray(range.start, range.end), raw: runFiles[entry.name]! };
  });

  test.each(entries.map((e) => [e.name, e] as const))('%s inflates to its file, a step at a time', (_n, e) => {
    const chunks = [...inflateChunks(e.data, e.method, e.raw.length)];
    expect(same(Buffer.concat(chunks), e.raw)).toBe(true);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(STEP_BYTES * MAX_RATIO);
  });

  test.each([
    ['a cap of 1,000 bytes on a real file', deflateSync(runFiles['smallpool-20u.html']!), 1000],
    ['a cap of 1 MiB on 128 MiB of zeros', firstEntryData(bombZip), MIB],
  ])('%s: refused at the first step past it, the rest never read', (_what, deflated, cap) => {
    const data = watched(deflated);
    const { given, thrown } = drain(inflateChunks(data, DEFLATED, cap));
    expect(thrown).toBeInstanceOf(InflateOverflow);
    expect(given).toBeLessThanOrEqual(cap);
    expect(data.readTo).toBeLessThanOrEqual(STEP_BYTES);
    expect(data.length).toBeGreaterThan(STEP_BYTES);
  });

  test('a stored entry is handed on in views of at most 1 MiB', () => {
    const raw = runFiles['smallpool-20u.html']!;
    const chunks = [...inflateChunks(raw, STORED, raw.length)];
    expect(same(Buffer.concat(chunks), raw)).toBe(true);
    expect(chunks.every((c) => c.length <= MIB && c.buffer === raw.buffer)).toBe(true);
    expect(drain(inflateChunks(raw, STORED, 10)).thrown).toBeInstanceOf(InflateOverflow);
  });

  test.each([
    ['another compression method (bzip2)', runFiles['smallpool-20u_stats.csv']!, 12],
    ['deflate data cut short', deflateSync(runFiles['smallpool-20u.html']!).subarray(0, 5000), DEFLATED],
  ])('%s fails', (_what, data, method) => {
    expect(drain(inflateChunks(data, method, 10 * MIB)).thrown).toBeInstanceOf(InflateFailure);
  });
});

describe('zip entries under a cap', () => {
  test('a real run zip reads as its files, each under the cap', () => {
    const largest = Math.max(...Object.values(runFiles).map((b) => b.length));
    const files = unzipFiles('smallpool.zip', runZip, { entryBytes: largest });
    expect(files.map((f) => f.name)).toEqual(Object.keys(runFiles).map((n) => `smallpool/${n}`));
    for (const f of files) expect(same(f.bytes, runFiles[f.name.slice('smallpool/'.length)]!)).toBe(true);
  });

  test.each([
    ['a tiny cap on a real run zip', 'smallpool.zip', runZip, 100 * 1024, /smallpool-20u\.html: unzips to 752806/],
    ['a 64 MiB cap on a 128 MiB bomb', 'bomb.zip', bombZip, 64 * MIB, /bomb_stats_history\.csv: unzips to 134217728/],
  ])('%s: refused from the directory, naming the zip and the entry', (_what, name, zip, cap, entry) => {
    let thrown: unknown = null;
    try {
      zipEntries(name, zip, { entryBytes: cap }); // nothing inflated: the entries are not even listed
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(LocustInputError);
    expect((thrown as LocustInputError).file).toBe(name);
    expect((thrown as Error).message).toMatch(entry);
    expect((thrown as Error).message).toContain(`; at most ${cap} (${Number((cap / MIB).toFixed(2))} MiB) are read`);
  });

  test('a bomb whose header declares 1 MiB is refused at the step past 1 MiB, naming the zip and the entry', () => {
    const [entry] = zipEntries('bomb.zip', declaring(bombZip, MIB));
    const started = performance.now();
    const { given, largest, thrown } = drain(entry!.chunks());
    expect(thrown).toBeInstanceOf(LocustInputError);
    expect((thrown as Error).message).toBe(
      'bomb.zip: not a readable zip archive (corrupt, or its headers lie about sizes): ' +
        'bomb_stats_history.csv holds more than the 1048576 bytes its header declares',
    );
    expect(given).toBeLessThanOrEqual(MIB);
    expect(largest).toBeLessThanOrEqual(STEP_BYTES * MAX_RATIO);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test('a zip inside a zip is refused before any of its bytes are given', () => {
    const [entry] = zipEntries('outer.zip', zipSync({ 'inner.zip': runZip }));
    expect(drain(entry!.chunks())).toMatchObject({ given: 0, thrown: expect.any(LocustInputError) });
  });

  test('an entry shorter than a zip magic number is read', () => {
    expect(unzipFiles('tiny.zip', zipSync({ 'a.txt': new Uint8Array([0x50, 0x4b]) }))[0]!.bytes).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
  });
});

test.each([0, 1, 1000, 752805])('crc32 continued across a split at %i equals the whole', (at) => {
  const raw = runFiles['smallpool-20u.html']!;
  expect(crc32(raw.subarray(at), crc32(raw.subarray(0, at)))).toBe(crc32(raw));
});
