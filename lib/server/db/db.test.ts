// The data-access layer on both databases: a fresh database, migrated, serves every model.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { parseUpload } from '../../domain/locust/index';
import { columnValues } from '../../domain/locust/numbers';
import type { ParsedRun } from '../../domain/locust/types';
import { migrate } from './migrate';
import { dbConfig } from './config';
import { getRun, getRunFile, getRunSeries, listProjects, listRunSeries, listRuns, listTags } from './runs-read';
import { deleteRun, updateRun } from './run-edit';
import { createRuns } from './runs-write';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const originals = readdirSync(FIXTURE).map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURE, name))),
}));
const parsed = parseUpload(originals).runs[0]!.run;

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
  });
  afterAll(async () => {
    await t?.drop();
  });

  test('migrations are recorded like Prisma does, and applying again changes nothing', async () => {
    const rows = await t.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      'SELECT migration_name, checksum FROM "_prisma_migrations"',
    );
    expect(rows.map((r) => r.migration_name).sort()).toEqual([
      '20261126000000_init',
      '20261127000000_criteria_roadmap',
      '20261127010000_shares_auth',
      '20261127020000_comparison_notes',
      '20261127030000_perf_indexes',
      '20261127040000_data_revision',
      '20261205000000_encoding_confidence',
      '20261205100000_run_build',
      '20261205110000_criteria_scope',
      '20261215000000_run_file_sha256_index',
      '20261215000001_auth_attempts',
      '20261215000002_named_accounts',
      '20261215000003_run_provenance',
      '20261215000004_webhooks',
      '20261215000005_history',
      '20261215000006_project_revision',
    ]);
    expect(rows[1]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await migrate(dbConfig(t.url))).toEqual([]);
  });

  test('a run round-trips: every model written and read back', async () => {
    const [id] = await createRuns(t.prisma, 'AHSP web app', [
      { run: parsed, label: '20 users', tags: ['smallpool', 'baseline'], notes: 'pool of 2', originals },
    ]);
    const stored = (await getRun(t.prisma, id!))!;
    expect(stored.summary).toMatchObject({
      label: '20 users',
      projectName: 'AHSP web app',
      tags: ['baseline', 'smallpool'],
      requests: 552,
      failures: 8,
      userCount: 20,
      endpointCount: 14,
    });
    expect(stored.summary.failureRate).toBeCloseTo(8 / 552, 12);
    expect(stored.notes).toBe('pool of 2');
    const run: ParsedRun = stored.run;
    expect(run.aggregated).toEqual(parsed.aggregated);
    expect(run.endpoints).toEqual(parsed.endpoints);
    expect(run.failures).toEqual(parsed.failures);
    expect(run.exceptions).toEqual(parsed.exceptions);
    expect(run.warnings).toEqual(parsed.warnings);
    expect(run.files.map((f) => [f.name, f.kind, f.versions])).toEqual(
      parsed.files.map((f) => [f.name, f.kind, f.versions]),
    );
    expect(columnValues(run.history!.aggregated.percentiles['95']!)).toEqual(
      columnValues(parsed.history!.aggregated.percentiles['95']!),
    );
    expect(columnValues(run.history!.aggregated.timestampsS)).toEqual(
      columnValues(parsed.history!.aggregated.timestampsS),
    );
    const names = await listRunSeries(t.prisma, id!, provider);
    expect(names).toHaveLength(parsed.history!.endpoints.length);
    const one = parsed.history!.endpoints[3]!;
    const series = (await getRunSeries(t.prisma, id!, one.method, one.name))!;
    expect(columnValues(series.rps)).toEqual(columnValues(one.rps));
    for (const file of stored.files) {
      const back = (await getRunFile(t.prisma, id!, file.id))!;
      expect(Buffer.from(back.bytes).equals(Buffer.from(originals.find((o) => o.name === file.name)!.bytes))).toBe(
        true,
      );
    }
  });

  test('list: paging, sorting with nulls last, filters by project and tag; edit; delete cascades', async () => {
    const other = { ...parsed, aggregated: { ...parsed.aggregated, requests: 10, failures: 0, medianMs: null } };
    const [a, b] = await createRuns(t.prisma, 'Other app', [
      { run: other, label: 'tiny', tags: ['x'], notes: null, originals: [] },
      { run: parsed, label: 'copy', tags: [], notes: null, originals: [] },
    ]);
    const byMedian = await listRuns(t.prisma, { page: 1, pageSize: 10, sort: 'medianMs', order: 'asc' }, provider);
    expect(byMedian.items.at(-1)!.id).toBe(a);
    const projects = await listProjects(t.prisma);
    const otherProject = projects.find((p) => p.name === 'Other app')!;
    expect(otherProject.runCount).toBe(2);
    expect((await listRuns(t.prisma, { page: 1, pageSize: 10, projectId: otherProject.id }, provider)).total).toBe(2);
    expect((await listRuns(t.prisma, { page: 1, pageSize: 10, tag: 'x' }, provider)).items.map((r) => r.id)).toEqual([
      a,
    ]);
    const page2 = await listRuns(t.prisma, { page: 2, pageSize: 2 }, provider);
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
    expect(await listTags(t.prisma)).toEqual(['baseline', 'smallpool', 'x']);
    expect(await updateRun(t.prisma, b!, { label: 'renamed', tags: ['y', 'y'], notes: 'n' })).toBe(true);
    expect((await getRun(t.prisma, b!))!.summary).toMatchObject({ label: 'renamed', tags: ['y'] });
    expect(await deleteRun(t.prisma, a!)).toBe(true);
    expect(await deleteRun(t.prisma, a!)).toBe(false);
    expect(await t.prisma.endpointStat.count({ where: { runId: a! } })).toBe(0);
    expect(await t.prisma.runSeries.count({ where: { runId: a! } })).toBe(0);
  });

  test('an upload is stored whole or not at all', async () => {
    const before = await t.prisma.run.count();
    const broken = {
      ...parsed,
      endpoints: [...parsed.endpoints, { ...parsed.endpoints[0]!, name: JSON.parse('null') as string }],
    };
    await expect(
      createRuns(t.prisma, 'Atomic', [
        { run: parsed, label: 'good', tags: [], notes: null, originals },
        { run: broken, label: 'bad', tags: [], notes: null, originals: [] },
      ]),
    ).rejects.toThrow();
    expect(await t.prisma.run.count()).toBe(before);
    expect(await t.prisma.project.count({ where: { name: 'Atomic' } })).toBe(0);
  });

  test('concurrent first uploads into a new project all land in that one project', async () => {
    const ids = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        createRuns(t.prisma, 'Race', [{ run: parsed, label: `racer ${i}`, tags: [], notes: null, originals }]),
      ),
    );
    expect(ids.flat()).toHaveLength(4);
    const race = (await listProjects(t.prisma)).filter((p) => p.name === 'Race');
    expect(race).toEqual([expect.objectContaining({ runCount: 4 })]);
  });
});
