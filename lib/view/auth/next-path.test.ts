import { expect, test } from 'vitest';
import { localPath } from './next-path';

test.each<[string | string[] | null | undefined, string]>([
  ['/runs', '/runs'],
  ['/runs/run_1?tab=endpoints#p95', '/runs/run_1?tab=endpoints#p95'],
  ['/compare?runs=a,b&baseline=a', '/compare?runs=a,b&baseline=a'],
  ['/', '/'],
  ['/projects/My%20Project', '/projects/My%20Project'],
  [undefined, '/'],
  [null, '/'],
  ['', '/'],
  [['/runs', '/upload'], '/'],
  ['runs', '/'],
  ['//evil.example', '/'],
  ['//evil.example/runs', '/'],
  ['///evil.example', '/'],
  ['/\\evil.example', '/'],
  ['/\\/evil.example', '/'],
  ['/runs\\..\\x', '/'],
  ['/\t/evil.example', '/'],
  ['/\n/evil.example', '/'],
  ['https://evil.example/', '/'],
  ['http:/evil.example', '/'],
  ['javascript:alert(1)', '/'],
  [' /runs', '/'],
])('localPath(%j) = %s', (next, path) => expect(localPath(next)).toBe(path));

test('the fallback is configurable', () => {
  expect(localPath('//evil.example', '/runs')).toBe('/runs');
  expect(localPath('/upload', '/runs')).toBe('/upload');
});
