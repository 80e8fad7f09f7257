// Candidate baselines on both databases: the target's project only, uploaded before the target, every filter
// (branch, environment, profile, tags, user count), newest first, paged.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { parseUpload } from '../../domain/locust/index';
import type { ParsedRun } from '../../domain/locust/types';
import { baselineCandidates, baselineTarget, type CandidateFilters, type TargetRef } from './baseline-store';
import { createRuns } from './runs-write';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const originals = readdirSync(FIXTURE).map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURE, name))),
}));
const parsed = parseUpload(originals).runs[0]!.run;
const withMeta = (meta: Partial<ParsedRun['meta']>): ParsedRun => ({ ...parsed, meta: { ...parsed.meta, ...meta } });

// In upload order; `target` is judged, `later` comes after it, `other` is in another project.
const RUNS: { label: string; meta: Partial<ParsedRun['meta']>; tags?: string[]; project?: string }[] = [
  { label: 'old-main', meta: { branch: 'main', environment: 'staging', userCount: 50 }, tags: ['nightly', 'eu'] },
  { label: 'other', meta: { branch: 'main' }, project: 'Elsewhere' },
  { label: 'main-smoke', meta: { branch: 'main', profile: 'smoke', userCount: 100 }, tags: ['nightly'] },
  { label: 'feature', meta: { branch: 'feature/x', userCount: 100 } },
  { label: 'target', meta: { branch: 'feature/x' } },
  { label: 'later', meta: { branch: 'main' } },
];

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  let target: TargetRef;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    for (const r of RUNS) {
      const run = { run: withMeta(r.meta), label: r.label, tags: r.tags ?? [], notes: null, originals };
      ids[r.label] = (await createRuns(t.prisma, r.project ?? 'Shop', [run], provider))[0]!;
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct upload times
    }
    target = (await baselineTarget(t.prisma, ids.target!))!;
  });
  afterAll(async () => {
    await t?.drop();
  });

  const labels = async (filters: CandidateFilters, skip = 0, take = 10) =>
    (await baselineCandidates(t.prisma, target, filters, skip, take)).map((c) => c.label);

  test.each<[CandidateFilters, string[]]>([
    [{}, ['feature', 'main-smoke', 'old-main']],
    [{ branch: 'main' }, ['main-smoke', 'old-main']],
    [{ environment: 'staging' }, ['old-main']],
    [{ profile: 'smoke' }, ['main-smoke']],
    [{ tags: ['nightly'] }, ['main-smoke', 'old-main']],
    [{ tags: ['nightly', 'eu'] }, ['old-main']],
    [{ userCount: 100 }, ['feature', 'main-smoke']],
    [{ branch: 'main', userCount: 100 }, ['main-smoke']],
    [{ branch: 'release' }, []],
  ])('%j', async (filters, expected) => {
    expect(await labels(filters)).toEqual(expected);
  });

  test('paged, newest first; unknown run: null', async () => {
    expect(await labels({}, 1, 1)).toEqual(['main-smoke']);
    expect(await baselineTarget(t.prisma, 'run_nope')).toBeNull();
  });
});
