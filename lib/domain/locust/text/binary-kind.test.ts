// Issue 15: a PNG (or another binary file) uploaded by mistake is refused as what it is, not for "a NUL byte".
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { LocustInputError, parseFile } from '../index';
import { binaryFileReason } from './binary-kind';

const PNG = new Uint8Array(readFileSync(new URL('../../../../docs/images/swarmlens-under-load.png', import.meta.url)));
const STATS = new Uint8Array(
  readFileSync(
    new URL('../../../../fixtures/locust-2.12-generated/smallpool-20u/smallpool-20u_stats.csv', import.meta.url),
  ),
);
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('binaryFileReason names the kind of file by its first bytes', () => {
  test.each<[string, Uint8Array, RegExp | null]>([
    ['a real PNG (docs/images)', PNG, /^a PNG image, not Locust output: upload the run's CSV files/],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), /^a JPEG image,/],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0]), /^a GIF image,/],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), /^a WebP image,/],
    ['a PDF', bytes('%PDF-1.7\n'), /^a PDF document,/],
    [
      'a gzipped stats file',
      new Uint8Array(gzipSync(STATS)),
      /^a gzip-compressed file, not Locust output: unpack it first/,
    ],
    ['a swarmlens.db', bytes('SQLite format 3', [0, 0x10, 0]), /^an SQLite database,/],
    ['a Locust stats CSV', STATS, null],
    ['a RIFF file that is not WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), null],
    ['a PNG cut after 3 bytes', PNG.subarray(0, 3), null],
    ['nothing', new Uint8Array(0), null],
  ])('%s', (_what, head, reason) => {
    const found = binaryFileReason(head);
    if (reason === null) expect(found).toBeNull();
    else expect(found).toMatch(reason);
  });
});

describe('the parser refuses them with that reason (415), whatever their name', () => {
  test.each([
    ['screenshot.png', PNG, /a PNG image/],
    ['run_stats.csv', PNG, /a PNG image/],
    ['run_stats.csv.gz', new Uint8Array(gzipSync(STATS)), /a gzip-compressed file/],
  ])('%s', (name, input, reason) => {
    let error: unknown = null;
    try {
      parseFile({ name, bytes: input });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LocustInputError);
    expect(error).toMatchObject({ code: 'not_locust', file: name, line: null, reason: expect.stringMatching(reason) });
    expect((error as LocustInputError).reason).not.toContain('NUL byte');
  });
});
