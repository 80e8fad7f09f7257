// foldPath's memo by name is invisible: the same answers before and after it fills and is cleared.
import { describe, expect, test } from 'vitest';
import { autoGroupOf, foldPath } from './fold-path';

describe('foldPath memo', () => {
  test.each([
    ['/api/items/12345', '/api/items/[id]'],
    ['/search?q=term1&page=2', '/search?q=[…]&page=[…]'],
    ['/api/users/9e3779b1-0001-4001-a001-000000009e37/orders', '/api/users/[id]/orders'],
    ['connect', 'connect'],
  ])('%s -> %s, also after 60,000 other names', (name, expected) => {
    expect(foldPath(name)).toBe(expected);
    for (let i = 0; i < 60_000; i++) foldPath(`/x/${i}`);
    expect(foldPath(name)).toBe(expected);
    expect(foldPath(`/x/59999`)).toBe('/x/[id]');
  });

  test('automatic groups of the folded names', () => {
    expect(['/api/items/12345', '/login', '/export/report.pdf', '/'].map(autoGroupOf)).toEqual([
      '/api/items',
      'auth',
      'exports',
      '/',
    ]);
  });
});
