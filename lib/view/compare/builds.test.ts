import { expect, test } from 'vitest';
import { buildsMixed, nameWithBuild, pickOptions } from './builds';

const run = (id: string, name: string, build: string | null) => ({ id, name, build });

test.each<[string, { build: string | null }[], boolean]>([
  ['no builds', [{ build: null }, { build: null }], false],
  ['one build', [{ build: 'a' }, { build: 'a' }], false],
  ['two builds', [{ build: 'a' }, { build: 'b' }], true],
  ['a build and none', [{ build: 'a' }, { build: null }], true],
])('buildsMixed: %s', (_what, runs, expected) => expect(buildsMixed(runs)).toBe(expected));

test.each<[{ name: string; build: string | null }, boolean, string]>([
  [{ name: '100 users', build: 'fix-42' }, true, '100 users · build fix-42'],
  [{ name: '100 users', build: null }, true, '100 users · no build'],
  [{ name: '100 users', build: 'fix-42' }, false, '100 users'],
])('nameWithBuild(%j, %s)', (r, mixed, expected) => expect(nameWithBuild(r, mixed)).toBe(expected));

test('pickOptions: the same name in two builds reads apart', () => {
  expect(pickOptions([run('a', '100 users', 'base'), run('b', '100 users', 'fixed')])).toEqual([
    { id: 'a', text: '100 users · build base' },
    { id: 'b', text: '100 users · build fixed' },
  ]);
});
