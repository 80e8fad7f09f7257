import { expect, test } from 'vitest';
import { FailureThrottle, MAX_KEYS } from './throttle';

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

test('memory stays bounded: aged-out addresses are forgotten, and at most MAX_KEYS are kept', () => {
  const t = new FailureThrottle({ windowMs: 1000, perKey: 3, overall: Number.POSITIVE_INFINITY });
  for (let i = 0; i < 50; i++) t.fail(`old${i}`, 0);
  t.fail('new', 2000);
  expect(t.size).toBe(1);
  for (let i = 0; i < MAX_KEYS + 500; i++) t.fail(`ip${i}`, 3000);
  expect(t.size).toBe(MAX_KEYS);
  expect(t.retryAfterMs('ip0', 3001)).toBe(0);
});

test('no overall limit: any number of addresses with failures never locks out a clean one', () => {
  const t = new FailureThrottle({ windowMs: 1000, perKey: 2, overall: Number.POSITIVE_INFINITY });
  for (let i = 0; i < 5000; i++) t.fail(`spoofed${i}`, 10);
  expect(t.retryAfterMs('ci runner', 20)).toBe(0);
});
