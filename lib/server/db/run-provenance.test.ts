// Provenance columns (issue 18) on both databases: written with the run, read back whole, filtered on.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { parseUpload } from '../../domain/locust/index';
import type { ParsedRun } from '../../domain/locust/types';
import { listProvenanceValues } from './run-provenance';
import { getRun, listRuns } from './runs-read';
import { createRuns } from './runs-write';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const originals = readdirSync(FIXTURE).map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURE, name))),
}));
const parsed = parseUpload(originals).runs[0]!.run;

const given = {
  commit: '3f786850e387550fdab836ed7e6dc881de23001b',
  branch: 'main',
  environment: 'staging',
  buildUrl: 'https://ci.example/job/1',
  locustfileSha256: 'a'.repeat(64),
  profile: 'nightly',
  source: 'locust-plugin' as const,
  locustTags: { tags: ['checkout'], excludeTags: null },
};

const withMeta = (meta: Partial<ParsedRun['meta']>): ParsedRun => ({ ...parsed, meta: { ...parsed.meta, ...meta } });

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  let ids: string[] = [];
  beforeAll(async () => {
    t = await freshDatabase(provider);
    const runs = [withMeta(given), withMeta({ branch: 'feature/x', environment: 'staging' }), withMeta({})];
    ids = await createRuns(
      t.prisma,
      'Provenance',
      runs.map((run, i) => ({ run, label: `run ${i}`, tags: [], notes: null, originals })),
      provider,
    );
  });
  afterAll(async () => {
    await t?.drop();
  });

  test('every field reads back; a run without provenance reads null', async () => {
    expect((await getRun(t.prisma, ids[0]!))!.run.meta).toMatchObject(given);
    expect((await getRun(t.prisma, ids[0]!))!.summary).toMatchObject({
      commit: given.commit,
      branch: 'main',
      environment: 'staging',
      source: 'locust-plugin',
    });
    expect((await getRun(t.prisma, ids[2]!))!.run.meta).toMatchObject({
      commit: null,
      branch: null,
      source: null,
      locustTags: null,
    });
  });

  test('the list filters on branch and environment, exactly', async () => {
    const page = (q: { branch?: string; environment?: string }) =>
      listRuns(t.prisma, { page: 1, pageSize: 50, ...q }, provider).then((p) => p.items.map((r) => r.id).sort());
    expect(await page({ branch: 'main' })).toEqual([ids[0]]);
    expect(await page({ environment: 'staging' })).toEqual([ids[0], ids[1]].sort());
    expect(await page({ branch: 'feature/x', environment: 'staging' })).toEqual([ids[1]]);
    expect(await page({ branch: 'mai' })).toEqual([]);
  });

  test('the filter options: each branch and environment once, sorted', async () => {
    expect(await listProvenanceValues(t.prisma)).toEqual({
      branches: ['feature/x', 'main'],
      environments: ['staging'],
    });
  });
});
