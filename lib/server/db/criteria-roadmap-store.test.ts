// Criteria sets, sign-offs and roadmaps on both databases: round trips, id-keeping edits, links
// that follow criteria, reordering, and what cascades and what is kept as a record.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { evaluateCriteria } from '../../domain/criteria/evaluate';
import { parseUpload } from '../../domain/locust/index';
import {
  addCriterion,
  createCriteriaSet,
  deleteCriteriaSet,
  findCriteriaSetByName,
  getCriteriaSet,
  listCriteriaSets,
  updateCriteriaSet,
} from './criteria-store';
import { getProject, loadProjectRunsForCriteria } from './project-store';
import * as roadmap from './roadmap-store';
import { deleteRun } from './run-edit';
import { createRuns } from './runs-write';
import { createSignOff, listSignOffs } from './signoff-store';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated/smallpool-20u');
const originals = readdirSync(FIXTURE).map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURE, name))),
}));
const parsed = parseUpload(originals).runs[0]!.run;
const P95 = { metric: 'p95Ms', scope: 'aggregate', op: '<' as const, target: 3000 };
const LOGIN = {
  metric: 'failureRate',
  scope: 'endpoint:POST /accounts/login/',
  op: '<' as const,
  target: 0.1,
  severity: 'should' as const,
};
const RELATIVE = {
  metric: 'medianMs',
  scope: 'aggregate',
  op: '<=' as const,
  target: 0.1,
  relative: 'baseline' as const,
  floorMs: 50,
  minRequests: 100,
};
const item = (title: string) => ({
  priority: 'high' as const,
  title,
  problem: null,
  expectedImpact: null,
  owner: null,
  status: 'todo' as const,
  notes: null,
});

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  let projectId: string;
  let runId: string;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    runId = (
      await createRuns(t.prisma, 'AHSP', [{ run: parsed, label: '20 users', tags: [], notes: null, originals }])
    )[0]!;
    projectId = (await getProject(t.prisma, 'AHSP'))!.id;
  });
  afterAll(async () => {
    await t?.drop();
  });

  test('a criteria set round-trips every criterion field; edits keep ids sent back', async () => {
    const set = await createCriteriaSet(t.prisma, projectId, {
      name: 'Conditional GO',
      description: 'after fixes 1-3',
      baselineRunId: runId,
      criteria: [P95, LOGIN, RELATIVE],
    });
    expect(set.criteria.map(({ id: _id, ...c }) => c)).toEqual([P95, LOGIN, RELATIVE]);
    expect(set).toMatchObject({
      name: 'Conditional GO',
      description: 'after fixes 1-3',
      baselineRunId: runId,
      projectId,
    });
    expect(await getCriteriaSet(t.prisma, set.id)).toEqual(set);
    const [p95, , relative] = set.criteria;
    const edited = (await updateCriteriaSet(t.prisma, set.id, {
      name: 'Retest',
      description: null,
      baselineRunId: null,
      criteria: [
        { ...relative!, target: 0.2 },
        { ...p95!, target: 2000 },
        { metric: 'rps', scope: 'aggregate', op: '>=', target: 22 },
      ],
    }))!;
    expect(edited.criteria.map((c) => c.id).slice(0, 2)).toEqual([relative!.id, p95!.id]);
    expect(edited.criteria.map((c) => c.target)).toEqual([0.2, 2000, 22]);
    expect(edited.criteria[2]!.id).not.toBe(set.criteria[1]!.id);
    expect(await findCriteriaSetByName(t.prisma, projectId, 'Retest')).toEqual(edited);
    expect(
      await updateCriteriaSet(t.prisma, 'crs_nope', {
        name: 'x',
        description: null,
        baselineRunId: null,
        criteria: [P95],
      }),
    ).toBeNull();
  });

  test("a set's scope (appliesTo) round-trips, normalised; null and {} clear it", async () => {
    const scope = { userCount: 100, tags: ['release', 'release'], labelGlob: '*retest*', profile: 'nightly' };
    const set = await createCriteriaSet(t.prisma, projectId, {
      name: 'Scoped',
      description: null,
      baselineRunId: null,
      criteria: [P95],
      appliesTo: scope,
    });
    expect(set.appliesTo).toEqual({ ...scope, tags: ['release'] });
    expect(await getCriteriaSet(t.prisma, set.id)).toEqual(set);
    for (const cleared of [null, {}, undefined]) {
      const edited = await updateCriteriaSet(t.prisma, set.id, {
        name: 'Scoped',
        description: null,
        baselineRunId: null,
        criteria: [P95],
        appliesTo: cleared,
      });
      expect(edited!.appliesTo).toBeNull();
      await updateCriteriaSet(t.prisma, set.id, {
        name: 'Scoped',
        description: null,
        baselineRunId: null,
        criteria: [P95],
        appliesTo: scope,
      });
    }
    const every = await createCriteriaSet(t.prisma, projectId, {
      name: 'Every run',
      description: null,
      baselineRunId: null,
      criteria: [P95],
    });
    expect(every.appliesTo).toBeNull();
    for (const id of [set.id, every.id]) expect(await deleteCriteriaSet(t.prisma, id)).toBe(true);
  });

  test('roadmap: phases and items ordered, moved, linked; links follow deleted criteria', async () => {
    const set = await createCriteriaSet(t.prisma, projectId, {
      name: 'Production GO',
      description: null,
      baselineRunId: null,
      criteria: [P95],
    });
    const extra = await addCriterion(t.prisma, set.id, LOGIN);
    const infra = await roadmap.createPhase(t.prisma, projectId, 'Infrastructure', 'PgBouncer + Redis');
    const caching = await roadmap.createPhase(t.prisma, projectId, 'Caching', null);
    const a = await roadmap.createItem(t.prisma, infra, {
      ...item('PgBouncer'),
      criterionIds: [set.criteria[0]!.id, extra],
    });
    const b = await roadmap.createItem(t.prisma, infra, item('Redis sessions'));
    const c = await roadmap.createItem(t.prisma, caching, item('Cache dashboard'));
    await roadmap.moveItem(t.prisma, c, infra, 0);
    await roadmap.movePhase(t.prisma, caching, 0);
    await roadmap.updateItem(t.prisma, b, { status: 'in_progress', owner: 'dina' });
    let map = await roadmap.getRoadmap(t.prisma, projectId);
    expect(map.phases.map((p) => [p.title, p.items.map((i) => i.title)])).toEqual([
      ['Caching', []],
      ['Infrastructure', ['Cache dashboard', 'PgBouncer', 'Redis sessions']],
    ]);
    expect(map.phases[1]!.items[1]!.criterionIds).toEqual([set.criteria[0]!.id, extra].sort());
    expect(map.phases[1]!.items[2]).toMatchObject({ status: 'in_progress', owner: 'dina', priority: 'high' });
    await deleteCriteriaSet(t.prisma, set.id);
    await roadmap.deleteItem(t.prisma, c);
    map = await roadmap.getRoadmap(t.prisma, projectId);
    expect(map.phases[1]!.items.map((i) => [i.title, i.criterionIds])).toEqual([
      ['PgBouncer', []],
      ['Redis sessions', []],
    ]);
    expect(await roadmap.itemProject(t.prisma, a)).toBe(projectId);
    await roadmap.importRoadmap(
      t.prisma,
      projectId,
      { phases: [{ title: 'Retest', notes: null, items: [item('Run 100 users')] }] },
      'append',
    );
    expect((await roadmap.getRoadmap(t.prisma, projectId)).phases.map((p) => p.title)).toEqual([
      'Caching',
      'Infrastructure',
      'Retest',
    ]);
    await roadmap.deletePhase(t.prisma, caching);
    await roadmap.importRoadmap(
      t.prisma,
      projectId,
      { phases: [{ title: 'Only', notes: null, items: [] }] },
      'replace',
    );
    expect((await roadmap.getRoadmap(t.prisma, projectId)).phases.map((p) => p.title)).toEqual(['Only']);
  });

  test('sign-offs are kept, with copied names, when their set and run are deleted', async () => {
    const set = await createCriteriaSet(t.prisma, projectId, {
      name: 'Gate',
      description: null,
      baselineRunId: null,
      criteria: [P95],
    });
    const [runs] = [await loadProjectRunsForCriteria(t.prisma, t.provider, projectId)];
    expect(runs.map((r) => r.id)).toEqual([runId]);
    expect(runs[0]!.run.endpoints).toEqual(parsed.endpoints);
    const results = evaluateCriteria(set, runs[0]!.run);
    const signed = await createSignOff(t.prisma, {
      projectId,
      setId: set.id,
      runId,
      setName: set.name,
      runLabel: '20 users',
      decision: 'GO',
      decidedBy: 'Dina (QA lead)',
      note: null,
      results,
    });
    expect(signed).toMatchObject({ verdict: 'GO', decision: 'GO', decidedBy: 'Dina (QA lead)', results });
    await deleteCriteriaSet(t.prisma, set.id);
    await deleteRun(t.prisma, runId);
    const [kept] = await listSignOffs(t.prisma, projectId);
    expect(kept).toMatchObject({
      id: signed.id,
      setId: null,
      runId: null,
      setName: 'Gate',
      runLabel: '20 users',
      results,
    });
    expect((await listCriteriaSets(t.prisma, projectId)).map((s) => s.name)).toEqual(['Retest']);
  });
});
