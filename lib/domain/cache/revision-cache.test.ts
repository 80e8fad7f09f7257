import { describe, expect, test } from 'vitest';
import { deepFreeze } from './deep-freeze';
import { RevisionCache } from './revision-cache';

const counter = () => {
  let calls = 0;
  return { load: async () => ++calls, calls: () => calls };
};

describe('RevisionCache', () => {
  test.each([
    // [tokens of successive lookups of one key, loads expected, values expected]
    [['1', '1', '1'], 1, [1, 1, 1]],
    [['1', '2', '2'], 2, [1, 2, 2]],
    [['2', '1', '2'], 3, [1, 2, 3]], // another token computes and replaces: one more load, never an old value
    [['p:1', 'p:2', 'p:1', 'p:3', 'p:3'], 4, [1, 2, 3, 4, 4]],
  ])('tokens %j load %i times', async (tokens, loads, values) => {
    const cache = new RevisionCache(10);
    const c = counter();
    const got: number[] = [];
    for (const t of tokens) got.push(await cache.get(t, 'k', c.load));
    expect(c.calls()).toBe(loads);
    expect(got).toEqual(values);
  });

  test('each key keeps its own token: a new one for a key leaves the others', async () => {
    const cache = new RevisionCache(10);
    const c = counter();
    expect(await cache.get('a:1', 'a', c.load)).toBe(1);
    expect(await cache.get('b:1', 'b', c.load)).toBe(2);
    expect(await cache.get('a:2', 'a', c.load)).toBe(3);
    expect(await cache.get('b:1', 'b', c.load)).toBe(2);
  });

  test('concurrent lookups of one key share one load', async () => {
    const cache = new RevisionCache(10);
    let release!: (v: string) => void;
    let calls = 0;
    const load = () => {
      calls++;
      return new Promise<string>((r) => {
        release = r;
      });
    };
    const a = cache.get('1', 'k', load);
    const b = cache.get('1', 'k', load);
    release('v');
    expect(await Promise.all([a, b])).toEqual(['v', 'v']);
    expect(calls).toBe(1);
  });

  test('a failed load is not kept', async () => {
    const cache = new RevisionCache(10);
    await expect(
      cache.get('1', 'k', async () => {
        throw new Error('db down');
      }),
    ).rejects.toThrow('db down');
    expect(await cache.get('1', 'k', async () => 'ok')).toBe('ok');
  });

  test('beyond maxEntries the least recently used entry goes', async () => {
    const cache = new RevisionCache(2);
    const c = counter();
    await cache.get('1', 'a', c.load); // 1
    await cache.get('1', 'b', c.load); // 2
    await cache.get('1', 'a', c.load); // hit: a is now the most recent
    await cache.get('1', 'c', c.load); // 3, evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('1', 'a', c.load)).toBe(1);
    expect(await cache.get('1', 'b', c.load)).toBe(4);
  });

  test.each([0, -1, 1.5])('maxEntries %d is refused', (n) => {
    expect(() => new RevisionCache(n)).toThrow('maxEntries');
  });
});

describe('deepFreeze', () => {
  test('nested objects and arrays are frozen, typed arrays left as they are', () => {
    const value = deepFreeze({ a: [{ b: 1 }], series: new Float64Array([1, 2]) });
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(() => {
      (value.a as unknown[]).push(2);
    }).toThrow(TypeError);
    value.series[0] = 3;
    expect(value.series[0]).toBe(3);
  });

  test('cycles end', () => {
    const a: { self?: unknown } = {};
    a.self = a;
    expect(Object.isFrozen(deepFreeze(a))).toBe(true);
  });
});
