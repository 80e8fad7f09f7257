import { expect, test } from 'vitest';
import { backoffMs, MAX_ATTEMPTS, shouldRetry } from './retry';

test.each<[string, number, number, boolean]>([
  ['GET', 1, 0, true],
  ['GET', 1, 502, true],
  ['get', 2, 503, true],
  ['HEAD', 1, 504, true],
  ['GET', MAX_ATTEMPTS, 503, false],
  ['GET', 1, 500, false],
  ['GET', 1, 404, false],
  ['GET', 1, 429, false],
  ['POST', 1, 0, false],
  ['POST', 1, 503, false],
  ['PUT', 1, 502, false],
  ['PATCH', 1, 504, false],
  ['DELETE', 1, 0, false],
])('%s attempt %d status %d -> retry %s', (method, attempt, status, retry) =>
  expect(shouldRetry(method, attempt, status)).toBe(retry),
);

test('backoff grows', () => {
  expect([1, 2].map(backoffMs)).toEqual([300, 900]);
});
