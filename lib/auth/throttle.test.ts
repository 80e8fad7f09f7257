import { expect, test } from 'vitest';
import { FailureThrottle } from './throttle';

test('the per-address limit of failures within the window locks that address until the oldest ages out', () => {
  const t = new FailureThrottle({ windowMs: 1000, perKey: 3, overall: 100 });
  for (const at of [0, 10, 20]) {
    expect(t.retryAfterMs('a', at)).toBe(0);
    t.fail('a', at);
  }
  expect(t.retryAfterMs('a', 30)).toBe(970);
  expect(t.retryAfterMs('b', 30)).toBe(0);
  expect(t.retryAfterMs('a', 999)).toBe(1);
  expect(t.retryAfterMs('a', 1000)).toBe(0);
});

test('failures from many addresses add up to the overall limit', () => {
  const t = new FailureThrottle({ windowMs: 1000, perKey: 10, overall: 5 });
  for (let i = 0; i < 5; i++) t.fail(`ip${i}`, i);
  expect(t.retryAfterMs('someone else', 5)).toBe(995);
  expect(t.retryAfterMs('someone else', 1001)).toBe(0);
});
