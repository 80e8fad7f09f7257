// Baseline rules and what the median rule reads, on both databases: rules by name with their runs' labels (null once
// the run is deleted), a taken name, deletion; the part's runs (a user count or none, the history branch or none)
// with their aggregate P95; candidates that do not say a value (a `same` of a target that does not).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { parseUpload } from '../../domain/locust/index';
import type { ParsedRun } from '../../domain/locust/types';
import { baselineCandidates, baselineTarget } from './baseline-store';
import * as rules from './baseline-rule-store';
import { createRuns } from './runs-write';
import { writeErrorKind } from './write-errors';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const originals = readdirSync(FIXTURE).map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURE, name))),
}));
const parsed = parseUpload(originals).runs[0]!.run;
const withMeta = (meta: Partial<ParsedRun['meta']>): ParsedRun => ({ ...parsed, meta: { ...parsed.meta, ...meta } });

const RUNS: { label: string; meta: Partial<ParsedRun['meta']> }[] = [
  { label: 'main-100', meta: { branch: 'main', userCount: 100 } },
  { label: 'none-100', meta: { branch: null, userCount: 100 } },
  { label: 'feature-100', meta: { branch: 'feature/x', userCount: 100 } },
  { label: 'main-50', meta: { branch: 'main', userCount: 50 } },
  { label: 'main-no-users', meta: { branch: 'main', userCount: null } },
  { label: 'target', meta: { branch: 'feature/x', userCount: 100 } },
];

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  let projectId = '';
  beforeAll(async () => {
    t = await freshDatabase(provider);
    for (const r of RUNS) {
      const run = { run: withMeta(r.meta), label: r.label, tags: [], notes: null, originals };
      ids[r.label] = (await createRuns(t.prisma, 'Shop', [run], provider))[0]!;
    }
    projectId = (await baselineTarget(t.prisma, ids.target!))!.projectId;
  });
  afterAll(async () => {
    await t?.drop();
  });

  test('rules by name, a taken name, a pinned run deleted, deletion', async () => {
    const base = { projectId, runId: null, spec: null, lastN: null, createdBy: 'Ada' };
    await rules.createBaselineRule(t.prisma, { ...base, name: 'pin', kind: 'pinned', runId: ids['main-50']! });
    const median = await rules.createBaselineRule(t.prisma, { ...base, name: 'median', kind: 'median', lastN: 5 });
    const again = rules.createBaselineRule(t.prisma, { ...base, name: 'median', kind: 'median', lastN: 3 });
    expect(writeErrorKind(await again.catch((e: unknown) => e))).toBe('duplicate');
    const listed = await rules.listBaselineRules(t.prisma, projectId);
    expect(listed.map((r) => [r.name, r.runLabel])).toEqual([
      ['median', null],
      ['pin', 'main-50'],
    ]);
    await t.prisma.run.delete({ where: { id: ids['main-50'] } });
    expect((await rules.findBaselineRule(t.prisma, projectId, 'pin'))?.runLabel).toBeNull();
    expect(await rules.deleteBaselineRule(t.prisma, median.id)).toBe(true);
    expect(await rules.deleteBaselineRule(t.prisma, median.id)).toBe(false);
  });

  test('the part: its user count (or none), the history branch or none, never the target', async () => {
    const labels = async (users: number | null) =>
      (await rules.historyPartRuns(t.prisma, projectId, users, 'main', ids.target!)).map((r) => r.label).sort();
    expect(await labels(100)).toEqual(['main-100', 'none-100']);
    expect(await labels(null)).toEqual(['main-no-users']);
    const [run] = await rules.historyPartRuns(t.prisma, projectId, null, 'main', ids.target!);
    expect(run).toMatchObject({ p95Ms: 1900, steadyP95Ms: expect.any(Number) });
  });

  test('candidates that do not say a branch', async () => {
    const target = (await baselineTarget(t.prisma, ids.target!))!;
    const found = await baselineCandidates(t.prisma, target, { branch: null }, 0, 10);
    expect(found.map((c) => c.label)).toEqual(['none-100']);
  });
});
