// An original streamed in is stored as its bytes exactly (gzip, size, sha256), whatever the chunks: a gzip write
// gathers about 1 MiB, so originals of several MiB cross many write boundaries, and a chunk may be larger than one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { OriginalWriter, originalFromBytes } from './original-file';

const HISTORY = join(
  import.meta.dirname,
  '../../../fixtures/locust-2.12-generated/smallpool-20u/smallpool-20u_stats_history.csv',
);
const text = readFileSync(HISTORY);
/** ~3.3 MiB of real history rows: the fixture repeated. */
const original = new Uint8Array(Buffer.concat(Array.from({ length: Math.ceil(3.3e6 / text.length) }, () => text)));

describe.each([
  { chunkBytes: 4093 },
  { chunkBytes: 64 * 1024 },
  { chunkBytes: 1024 * 1024 },
  { chunkBytes: 3 * 1024 * 1024 },
])('an original of 3.3 MB in chunks of $chunkBytes bytes', ({ chunkBytes }) => {
  test('is stored byte for byte', async () => {
    const writer = new OriginalWriter('run_stats_history.csv');
    for (let i = 0; i < original.length; i += chunkBytes) await writer.write(original.subarray(i, i + chunkBytes));
    const stored = await writer.end();
    expect(stored.sizeBytes).toBe(original.length);
    expect(stored.sha256).toBe(createHash('sha256').update(original).digest('hex'));
    expect(Buffer.compare(gunzipSync(stored.gzip), original)).toBe(0);
    const whole = await originalFromBytes('run_stats_history.csv', original);
    expect({ ...stored, gzip: null }).toEqual({ ...whole, gzip: null });
  });
});

test('an empty original is stored as empty', async () => {
  const stored = await new OriginalWriter('empty.csv').end();
  expect(stored.sizeBytes).toBe(0);
  expect(gunzipSync(stored.gzip).length).toBe(0);
});
