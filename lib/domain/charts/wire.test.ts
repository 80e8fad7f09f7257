import { describe, expect, test } from 'vitest';
import { fromWire, toWire } from './wire';

describe('wire', () => {
  test.each<[string, unknown, unknown]>([
    ['packed rows', [['GET', '/a', 1, 0.5, null]], [['GET', '/a', 1, 0.5, null]]],
    [
      'objects and nested nulls',
      { keys: ['50', '99.9'], rows: [[null, 'x', 3]] },
      { keys: ['50', '99.9'], rows: [[null, 'x', 3]] },
    ],
    [
      'text with quotes, newlines and </script>',
      { e: 'HTTPError("500")\n</script>' },
      { e: 'HTTPError("500")\n</script>' },
    ],
    [
      'undefined fields are dropped, NaN and Infinity become null',
      { a: undefined, b: NaN, c: [Infinity] },
      { b: null, c: [null] },
    ],
  ])('%s', (_name, value, back) => {
    const wire = toWire(value);
    expect(typeof wire).toBe('string');
    expect(fromWire(wire)).toEqual(back);
  });
});
