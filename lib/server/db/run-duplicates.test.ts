// Finding stored runs by the hashes of their files, on both databases: exactly the same set (names
// and order ignored), of any project; a subset or a superset is not the same files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { parseUpload } from '../../domain/locust/index';
import { originalFromBytes } from './original-file';
import { findRunsWithFiles } from './run-duplicates';
import { createRuns } from './runs-write';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const originals = readdirSync(FIXTURE).map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURE, name))),
}));
const parsed = parseUpload(originals).runs[0]!.run;

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  let hashes: string[] = [];
  let ids: string[] = [];
  beforeAll(async () => {
    t = await freshDatabase(provider);
    hashes = (await Promise.all(originals.map((o) => originalFromBytes(o.name, o.bytes)))).map((o) => o.sha256);
    const run = { run: parsed, label: '20 users', tags: [], notes: null, originals };
    const onlyStats = { ...run, run: { ...parsed, files: parsed.files.filter((f) => f.name.endsWith('_stats.csv')) } };
    ids = [
      ...(await createRuns(t.prisma, 'A', [run], provider)),
      ...(await createRuns(t.prisma, 'B', [run, onlyStats], provider)),
    ];
  });
  afterAll(async () => {
    await t?.drop();
  });

  test.each([
    ['every file, in any order', (h: string[]) => [...h].reverse(), [0, 1]],
    ['the stats file only', (h: string[]) => [h[originals.findIndex((o) => o.name.endsWith('_stats.csv'))]!], [2]],
    ['every file but one', (h: string[]) => h.slice(1), []],
    ['every file and one more', (h: string[]) => [...h, 'f'.repeat(64)], []],
    ['nothing', () => [], []],
  ])('%s', async (_what, pick, found) => {
    const [runs] = await findRunsWithFiles(t.prisma, [pick(hashes)]);
    expect(runs!.map((r) => r.id)).toEqual(found.map((i) => ids[i]));
  });

  test('what a duplicate says of itself: label, project, upload time; one answer per set, in order', async () => {
    const answers = await findRunsWithFiles(t.prisma, [[], hashes]);
    expect(answers[0]).toEqual([]);
    expect(answers[1]![0]).toMatchObject({
      id: ids[0],
      label: '20 users',
      project: { name: 'A' },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(answers[1]![1]).toMatchObject({ id: ids[1], project: { name: 'B' } });
  });
});
