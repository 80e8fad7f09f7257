// The trend page's tag filter offers the tags of the project's runs only, each once and in order, on both
// databases (it listed every tag of the instance).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { parseUpload } from '../../domain/locust/index';
import { createRuns } from './runs-write';
import { listProjectTags } from './trend-store';

const DIR = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const files = readdirSync(DIR).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));
const run = parseUpload(files).runs[0]!.run;
const withTags = (label: string, tags: string[]) => ({ run, label, tags, notes: null, originals: [] });

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await freshDatabase(provider);
    await createRuns(t.prisma, 'Shop', [withTags('a', ['release', 'nightly']), withTags('b', ['nightly'])], provider);
    await createRuns(t.prisma, 'Other', [withTags('c', ['secret-tag', 'alpha'])], provider);
    await createRuns(t.prisma, 'Untagged', [withTags('d', [])], provider);
    for (const p of await t.prisma.project.findMany()) ids[p.name] = p.id;
  });
  afterAll(() => t?.drop());

  test.each([
    ['Shop', ['nightly', 'release']],
    ['Other', ['alpha', 'secret-tag']],
    ['Untagged', []],
  ])('%s: %j', async (name, tags) => expect(await listProjectTags(t.prisma, ids[name]!)).toEqual(tags));
});
