// A file taken in as chunks gives what the whole-file parser gives, and its stored original
// (gzip, size, sha256) is the file's bytes, however the bytes are chunked.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { LocustInputError, parseFile } from '../../domain/locust/index';
import { intakeBytes, intakeFile } from './upload-intake';

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
