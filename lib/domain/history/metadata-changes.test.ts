import { expect, test } from 'vitest';
import { metadataChanges, type RunMetadata } from './metadata-changes';

const RUN: RunMetadata = {
  commit: '3f786850e387550fdab836ed7e6dc881de23001b',
  branch: 'main',
  build: '3f78685',
  host: 'https://staging.example',
  locustVersion: '2.12.1',
  locustfileSha256: 'a'.repeat(64),
  profile: 'nightly',
  userCount: 100,
  environment: 'staging',
};

test.each<[string, Partial<RunMetadata>, Partial<RunMetadata>, [string, string, string][]]>([
  ['nothing changed', {}, {}, []],
  [
    'a commit range and a Locust upgrade',
    {},
    { commit: '9a1b2c3d4e5f60718293a4b5c6d7e8f901234567', build: '9a1b2c3', locustVersion: '2.13.0' },
    [
      ['commit', RUN.commit!, '9a1b2c3d4e5f60718293a4b5c6d7e8f901234567'],
      ['build', '3f78685', '9a1b2c3'],
      ['locustVersion', '2.12.1', '2.13.0'],
    ],
  ],
  ['users, as text', {}, { userCount: 150 }, [['userCount', '100', '150']]],
  ['a field one run does not say proves nothing', { host: null }, { host: 'https://prod.example', commit: null }, []],
])('%s', (_what, a, b, changes) => {
  const got = metadataChanges({ ...RUN, ...a }, { ...RUN, ...b });
  expect(got.map((c) => [c.field, c.before, c.after])).toEqual(changes);
});
