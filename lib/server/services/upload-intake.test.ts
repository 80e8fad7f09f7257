// A file taken in as chunks gives what the whole-file parser gives, and its stored original
// (gzip, size, sha256) is the file's bytes, however the bytes are chunked.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { LocustInputError, parseFile } from '../../domain/locust/index';
import { makeZip, repeatedDeflated } from '../../../test/hostile/generate';
import { intakeBytes, intakeFile, intakeZip } from './upload-intake';

const DIR = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const files = readdirSync(DIR).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

// Every file in large chunks; the small ones also byte by byte (a chunk may end anywhere).
const cases = files.flatMap((f) =>
  [...(f.bytes.length < 10_000 ? [1, 3] : []), 4093, 1 << 20].map((size) => ({ ...f, size })),
);

describe.each(cases)('$name in chunks of $size bytes', ({ name, bytes, size }) => {
  test('parses and stores like the whole file', async () => {
    const item = await intakeFile(name, chunked(bytes, size));
    if (item.kind !== 'parsed') throw new Error('expected a parsed file');
    expect(item.result).toEqual(parseFile({ name, bytes }));
    expect(item.original.sizeBytes).toBe(bytes.length);
    expect(item.original.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(new Uint8Array(gunzipSync(item.original.gzip))).toEqual(bytes);
  });
});

test('a zip is kept whole for expansion, even when its magic bytes arrive one by one', async () => {
  const zip = zipSync({ 'a_stats.csv': files[0]!.bytes });
  const item = await intakeFile('run.zip', chunked(zip, 1));
  expect(item).toEqual({ kind: 'zip', name: 'run.zip', bytes: zip });
});

test('a file that is not Locust output fails with its name, after its bytes are all read', async () => {
  let read = 0;
  async function* counting() {
    for await (const c of chunked(new TextEncoder().encode('hello,world\n'.repeat(10_000)), 100)) {
      read += c.length;
      yield c;
    }
  }
  await expect(intakeFile('notes.csv', counting())).rejects.toThrow(LocustInputError);
  expect(read).toBe(120_000);
});

test('an empty file is refused like the whole-file parser refuses it', async () => {
  const whole = (() => {
    try {
      parseFile({ name: 'empty.csv', bytes: new Uint8Array() });
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  })();
  await expect(intakeBytes('empty.csv', new Uint8Array())).rejects.toThrow(whole ?? 'never');
});

describe('a zip, each entry parsed as it is inflated', () => {
  const MIB = 1024 * 1024;
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])));
  /** Runs `body` with SWARMLENS_UPLOAD_MAX_MB (the cap of one entry) set to `mb`. */
  async function withUploadLimit<T>(mb: string, body: () => Promise<T>): Promise<T> {
    const was = process.env.SWARMLENS_UPLOAD_MAX_MB;
    process.env.SWARMLENS_UPLOAD_MAX_MB = mb;
    try {
      return await body();
    } finally {
      if (was === undefined) delete process.env.SWARMLENS_UPLOAD_MAX_MB;
      else process.env.SWARMLENS_UPLOAD_MAX_MB = was;
    }
  }

  test('each entry is taken in as the same file uploaded alone', async () => {
    const items = await intakeZip('run.zip', zip);
    expect(items).toHaveLength(files.length);
    for (const [i, f] of files.entries()) {
      const alone = await intakeBytes(`run/${f.name}`, f.bytes);
      if (alone.kind !== 'parsed') throw new Error('expected a parsed file');
      expect(items[i]!.result).toEqual(alone.result);
      expect({ ...items[i]!.original, gzip: null }).toEqual({ ...alone.original, gzip: null });
    }
  });

  test('an entry over the upload limit is refused naming the zip and the entry', async () => {
    await withUploadLimit('0.5', async () => {
      await expect(intakeZip('run.zip', zip)).rejects.toThrow(
        /^run\.zip: smallpool-20u\.html: unzips to 752806 bytes; at most 524288 \(0\.5 MiB\) are read from one file$/,
      );
    });
  });

  // A history of one timestamp's rows repeated (equal timestamps are accepted): 32 MiB to parse.
  const history = readFileSync(join(DIR, 'smallpool-20u_stats_history.csv'), 'utf8').split('\n');
  const rows = `${history[1]}\n${history[2]}\n`;
  const bigHistory = new TextEncoder().encode(`${history[0]}\n${rows.repeat(Math.ceil((32 * MIB) / rows.length))}`);

  test('other work gets the event loop while a 32 MiB entry is inflated and parsed', async () => {
    const zipped = zipSync({ 'big_stats_history.csv': bigHistory });
    let last = performance.now();
    let longestGapMs = 0;
    const ticker = setInterval(() => {
      longestGapMs = Math.max(longestGapMs, performance.now() - last);
      last = performance.now();
    }, 5);
    try {
      const [item] = await intakeZip('big.zip', zipped);
      expect(item!.original.sizeBytes).toBe(bigHistory.length);
    } finally {
      clearInterval(ticker);
    }
    expect(longestGapMs).toBeLessThan(500);
  }, 60_000);

  test('an entry holding more than its header declares is refused once past it', async () => {
    const declared = 4 * MIB;
    const bomb = makeZip([
      {
        name: 'big_stats_history.csv',
        body: repeatedDeflated(bigHistory, 1),
        method: 8,
        crc: 0,
        declaredBytes: declared,
      },
    ]);
    await expect(intakeZip('lying.zip', bomb)).rejects.toThrow(
      `lying.zip: not a readable zip archive (corrupt, or its headers lie about sizes): big_stats_history.csv ` +
        `holds more than the ${declared} bytes its header declares`,
    );
  });

  test('an entry its parser refuses is inflated no further (1 GiB of zeros: refused well within 1 s)', async () => {
    const zeros = makeZip([
      {
        name: 'zeros_stats.csv',
        body: repeatedDeflated(new Uint8Array(MIB), 1024),
        method: 8,
        crc: 0,
        declaredBytes: 1024 * MIB,
      },
    ]);
    await withUploadLimit('1024', async () => {
      const started = performance.now();
      await expect(intakeZip('zeros.zip', zeros)).rejects.toThrow(/^zeros\/zeros_stats\.csv:1: holds a NUL byte/);
      expect(performance.now() - started).toBeLessThan(1_000);
    });
  });
});
