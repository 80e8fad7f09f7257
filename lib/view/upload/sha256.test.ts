// The browser's SHA-256 (duplicate uploads are found by it) agrees with the server's (node:crypto, what
// RunFile.sha256 holds) at every padding boundary and on a real file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { sha256Hex, sha256HexAsync } from './sha256';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
const STATS = new Uint8Array(
  readFileSync(
    new URL('../../../fixtures/locust-2.12-generated/smallpool-20u/smallpool-20u_stats_history.csv', import.meta.url),
  ),
);

afterEach(() => vi.unstubAllGlobals());

test('the empty input and "abc" (FIPS 180-4 examples)', () => {
  expect(sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
});

test.each([1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 70_001])('%i bytes: as node:crypto', (n) => {
  expect(sha256Hex(bytes(n))).toBe(node(bytes(n)));
});

test('a real stats history: the same hash sync, with Web Crypto, and without it (plain HTTP)', async () => {
  expect(sha256Hex(STATS)).toBe(node(STATS));
  expect(await sha256HexAsync(STATS)).toBe(node(STATS));
  vi.stubGlobal('crypto', {});
  expect(globalThis.crypto.subtle).toBeUndefined();
  expect(await sha256HexAsync(STATS)).toBe(node(STATS));
});
