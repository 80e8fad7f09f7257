import { describe, expect, test } from 'vitest';
import type { RunMeta } from '../../domain/locust/types';
import { provenanceRows } from './provenance';

const bare: RunMeta = {
  label: 'run',
  userCount: 5,
  spawnRate: null,
  startTime: null,
  endTime: null,
  durationS: null,
  host: null,
  locustfile: null,
  locustVersion: null,
};

describe('provenanceRows', () => {
  test('nothing said: no rows (the block is not shown)', () => {
    expect(provenanceRows(bare)).toEqual([]);
  });

  test('everything said, in reading order', () => {
    const rows = provenanceRows({
      ...bare,
      commit: '3f786850e387550fdab836ed7e6dc881de23001b',
      branch: 'main',
      environment: 'staging',
      buildUrl: 'https://ci.example/job/1',
      source: 'locust-plugin',
      locustVersion: '2.12.1',
      locustfile: 'locustfile.py',
      locustfileSha256: 'ab'.repeat(32),
      profile: 'nightly',
      locustTags: { tags: ['checkout', 'search'], excludeTags: ['slow'] },
    });
    expect(rows).toEqual([
      { term: 'Commit', text: '3f78685', title: '3f786850e387550fdab836ed7e6dc881de23001b', mono: true },
      { term: 'Branch', text: 'main', mono: true },
      { term: 'Environment', text: 'staging' },
      { term: 'Build', text: 'CI job', title: 'https://ci.example/job/1', href: 'https://ci.example/job/1' },
      { term: 'Sent by', text: 'Locust plugin' },
      { term: 'Locust', text: '2.12.1' },
      {
        term: 'Locustfile',
        text: 'locustfile.py · sha256 abababababab',
        title: `sha256 ${'ab'.repeat(32)}`,
        mono: true,
      },
      { term: 'Profile', text: 'nightly' },
      { term: 'Task tags', text: 'only checkout, search; not slow' },
    ]);
  });

  test('a commit that is not a full hash is shown whole', () => {
    expect(provenanceRows({ ...bare, commit: 'v1.2.0-rc1' })[0]).toMatchObject({ text: 'v1.2.0-rc1' });
  });
});
