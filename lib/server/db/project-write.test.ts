// Deleting a project on both databases: everything of it goes in one transaction (runs with their
// children, criteria, sign-offs, roadmap, share links and comparison notes of its runs); other projects
// keep theirs, and their references to its runs become null.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { parseUpload } from '../../domain/locust/index';
import { createCriteriaSet } from './criteria-store';
import { deleteProject, ensureProject } from './project-write';
import { createItem, createPhase } from './roadmap-store';
import { createRuns } from './runs-write';
import { createSignOff } from './signoff-store';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const originals = readdirSync(FIXTURE).map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURE, name))),
}));
const parsed = parseUpload(originals).runs[0]!.run;
const P95 = { metric: 'p95Ms', scope: 'aggregate', op: '<', target: 3000 } as const;

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
  });
  afterAll(async () => {
    await t?.drop();
  });

  test('ensureProject creates an empty project once', async () => {
    const id = await ensureProject(t.prisma, 'Empty', 'no runs yet');
    expect(await ensureProject(t.prisma, 'Empty')).toBe(id);
    expect(await t.prisma.project.findUnique({ where: { id } })).toMatchObject({
      name: 'Empty',
      description: 'no runs yet',
    });
  });

  test('deleteProject removes the project and everything of it, nothing of another project', async () => {
    const run = { run: parsed, label: '20 users', tags: ['x'], notes: null, originals };
    const [a1, a2] = await createRuns(t.prisma, 'Doomed', [run, run], provider);
    const [b1] = await createRuns(t.prisma, 'Kept', [run], provider);
    const doomed = (await t.prisma.project.findUnique({ where: { name: 'Doomed' } }))!.id;
    const kept = (await t.prisma.project.findUnique({ where: { name: 'Kept' } }))!.id;
    const set = await createCriteriaSet(t.prisma, doomed, {
      name: 'Gate',
      description: null,
      baselineRunId: a1!,
      criteria: [P95],
    });
    const phase = await createPhase(t.prisma, doomed, 'Fixes', null);
    await createItem(t.prisma, phase, {
      priority: 'high',
      title: 'Pool',
      problem: null,
      expectedImpact: null,
      owner: null,
      status: 'todo',
      notes: null,
      criterionIds: [set.criteria[0]!.id],
    });
    const verdict = { verdict: 'GO' as const, name: 'Gate', results: [] };
    await createSignOff(t.prisma, {
      projectId: doomed,
      setId: set.id,
      runId: a2!,
      setName: 'Gate',
      runLabel: '20 users',
      decision: 'GO',
      decidedBy: 'me',
      note: null,
      results: verdict,
    });
    // Kept's set names a doomed run as its baseline; its sign-off is of a doomed run.
    const keptSet = await createCriteriaSet(t.prisma, kept, {
      name: 'Kept gate',
      description: null,
      baselineRunId: a1!,
      criteria: [P95],
    });
    await createSignOff(t.prisma, {
      projectId: kept,
      setId: keptSet.id,
      runId: a1!,
      setName: 'Kept gate',
      runLabel: '20 users',
      decision: 'GO',
      decidedBy: 'me',
      note: null,
      results: verdict,
    });
    const share = (id: string, kind: string, runIds: string[], projectId: string | null) =>
      t.prisma.share.create({
        data: { id, tokenHash: `h-${id}`, kind, runIds, projectId, settings: {}, title: id, createdBy: 'me' },
      });
    await share('s-project', 'project', [], doomed);
    await share('s-compare', 'comparison', [b1!, a2!], null);
    await share('s-run-kept', 'run', [b1!], null);
    await share('s-project-kept', 'project', [], kept);
    await t.prisma.comparisonNote.create({
      data: { id: 'n1', key: 'k1', runIds: [a1!, a2!], notes: 'x', updatedBy: 'me' },
    });
    await t.prisma.comparisonNote.create({ data: { id: 'n2', key: 'k2', runIds: [b1!], notes: 'y', updatedBy: 'me' } });

    expect(await deleteProject(t.prisma, doomed, provider)).toEqual({ runs: 2, criteriaSets: 1, shares: 2 });

    expect(await t.prisma.project.findUnique({ where: { id: doomed } })).toBeNull();
    const byProject = { where: { projectId: doomed } };
    expect([
      await t.prisma.run.count(byProject),
      await t.prisma.criteriaSet.count(byProject),
      await t.prisma.roadmapPhase.count(byProject),
    ]).toEqual([0, 0, 0]);
    expect(await t.prisma.signOff.count({ where: { projectId: doomed } })).toBe(0);
    expect(await t.prisma.roadmapItem.count({ where: { phaseId: phase } })).toBe(0);
    expect(await t.prisma.criterion.count({ where: { setId: set.id } })).toBe(0);
    for (const id of [a1!, a2!]) {
      expect(await t.prisma.runFile.count({ where: { runId: id } })).toBe(0);
      expect(await t.prisma.runSeries.count({ where: { runId: id } })).toBe(0);
      expect(await t.prisma.endpointStat.count({ where: { runId: id } })).toBe(0);
    }
    expect((await t.prisma.share.findMany({ orderBy: { id: 'asc' } })).map((s) => s.id)).toEqual([
      's-project-kept',
      's-run-kept',
    ]);
    expect((await t.prisma.comparisonNote.findMany()).map((n) => n.id)).toEqual(['n2']);
    // The other project: its run, set (baseline gone: null) and sign-off (run gone: null) stay.
    expect(await t.prisma.run.count({ where: { id: b1! } })).toBe(1);
    expect(await t.prisma.runFile.count({ where: { runId: b1! } })).toBe(originals.length);
    expect(await t.prisma.criteriaSet.findUnique({ where: { id: keptSet.id } })).toMatchObject({ baselineRunId: null });
    expect(await t.prisma.signOff.findFirst({ where: { projectId: kept } })).toMatchObject({
      runId: null,
      runLabel: '20 users',
    });

    expect(await deleteProject(t.prisma, doomed, provider)).toBeNull();
  });
});
