import { expect, test } from 'vitest';
import { guessWaitMs, SIGN_IN_LIMITS, signInWaitMs, TOKEN_GUESS_LIMITS } from './throttle';

const MIN = 60_000;
const NOW = 100 * MIN;
/** `n` failures, one per second, the latest `agoMs` before NOW. */
const failures = (n: number, agoMs = 0) => Array.from({ length: n }, (_, i) => NOW - agoMs - (n - 1 - i) * 1000);

test.each<[string, number[], number, number]>([
  ['a clean address: never a wait, however many the account has', [], 1_000_000, 0],
  ['one failure: free', failures(1), 0, 0],
  ['two failures: free', failures(2), 0, 0],
  ['three failures: 1 s after the latest', failures(3), 3, 1000],
  ['four: 2 s', failures(4), 4, 2000],
  ['nine: 64 s', failures(9), 9, 64_000],
  ['nine, the latest 60 s ago: 4 s left', failures(9, 60_000), 9, 4000],
  ['ten: locked until the oldest leaves the window', failures(10), 10, 15 * MIN - 9000],
  ['ten, the oldest 15 min ago: free again', failures(10, 15 * MIN - 9000), 10, 0],
  ['one failure, the account at its limit: 1 s', failures(1), 20, 1000],
  ['one failure, the account 5 over: 32 s', failures(1), 25, 32_000],
  ['one failure, the account 100 over: 15 min at most', failures(1), 120, 15 * MIN],
  ['one failure 15 min ago, the account far over: free again', failures(1, 15 * MIN), 120, 0],
])('sign-in: %s', (_what, address, account, waitMs) => {
  expect(signInWaitMs({ address, account }, NOW)).toBe(waitMs);
});

test('the lock-out attack: 100 failures from a handful of addresses refuse none of a clean one', () => {
  expect(signInWaitMs({ address: [], account: 100 }, NOW)).toBe(0);
  expect(signInWaitMs({ address: failures(SIGN_IN_LIMITS.perAddress), account: 100 }, NOW)).toBeGreaterThan(0);
});

test('no wait is ever longer than the window', () => {
  for (let n = 1; n <= SIGN_IN_LIMITS.perAddress; n++)
    for (const account of [0, 19, 20, 21, 40, 10_000])
      expect(signInWaitMs({ address: failures(n), account }, NOW)).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowMs);
});

test.each<[string, number[], number]>([
  ['none', [], 0],
  ['29 unknown tokens: no wait', failures(29), 0],
  ['30: locked until the oldest leaves the window', failures(30), 15 * MIN - 29_000],
  ['30, the oldest aged out: free', failures(30, 15 * MIN - 29_000), 0],
])('token guesses: %s', (_what, times, waitMs) => {
  expect(guessWaitMs(times, NOW)).toBe(waitMs);
  expect(TOKEN_GUESS_LIMITS.perAddress).toBe(30);
});
