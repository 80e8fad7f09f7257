// Zip entry names written without the UTF-8 flag (one byte per character, as old zip tools do) are
// read as fflate reads them, so their size and CRC-32 are still checked against the directory.
import { expect, test } from 'vitest';
import { unzipFiles } from '../../lib/domain/locust/zip';
import { deflated, makeZip, STATS } from './generate';

const raw = new TextEncoder().encode(STATS);

test.each([
  ['a UTF-8 name', false],
  ['a Latin-1 name', true],
])('%s with honest headers is read', (_what, latin1Name) => {
  const files = unzipFiles('old.zip', makeZip([{ ...deflated('résumé_stats.csv', raw), latin1Name }]));
  expect(files.map((f) => f.name)).toEqual(['old/résumé_stats.csv']);
  expect(files[0]!.bytes).toEqual(raw);
});

test.each([
  ['a UTF-8 name', false],
  ['a Latin-1 name', true],
])('%s whose CRC-32 lies is refused', (_what, latin1Name) => {
  const entry = { ...deflated('résumé_stats.csv', raw), latin1Name };
  expect(() => unzipFiles('old.zip', makeZip([{ ...entry, crc: entry.crc ^ 1 }]))).toThrow(/do not match the CRC-32/);
});
