// Runs for criteria in one query, on both databases: the same figures as reading them through
// Prisma (to the last bit), only the endpoint rows the criteria need, and the run selections.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases';
import { ALL_ENDPOINTS, endpointNeeds } from '../../domain/criteria/endpoint-needs';
import { parseUpload } from '../../domain/locust/index';
import { loadCriteriaRuns, loadRunSubject } from './criteria-runs';
import { getProject, listProjectRuns, loadProjectRunsForCriteria, loadRunForCriteria } from './project-store';
import { createRuns } from './runs-write';

const fixture = (dir: string) => {
  const path = join(import.meta.dirname, '../../../fixtures/locust-2.12-generated', dir);
  const originals = readdirSync(path).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(path, name))) }));
  return { originals, run: parseUpload(originals).runs[0]!.run };
};
const u20 = fixture('smallpool-20u');
const u40 = fixture('smallpool-40u');

describe.each(['sqlite', 'postgresql'] as const)('%s', (provider) => {
  let t: TestDatabase;
  let projectId: string;
  let ids: string[];
  beforeAll(async () => {
    t = await freshDatabase(provider);
    ids = [];
    const tagsOf: Record<string, string[]> = { '40 users': ['release', 'profile:nightly'] };
    for (const [label, f] of [
      ['20 users', u20],
      ['40 users', u40],
      ['20 users again', u20],
    ] as const) {
      ids.push(
        ...(await createRuns(t.prisma, 'Shop', [
          {
            // The 40-user run says its Locust --profile (meta.profile) as the plugin does.
            run: label === '40 users' ? { ...f.run, meta: { ...f.run.meta, profile: 'nightly' } } : f.run,
            label,
            tags: tagsOf[label] ?? [],
            notes: null,
            originals: f.originals,
          },
        ])),
      );
      await new Promise((r) => setTimeout(r, 5)); // distinct upload times
    }
    projectId = (await getProject(t.prisma, 'Shop'))!.id;
  });
  afterAll(async () => {
    await t?.drop();
  });

  test('every run with every endpoint reads exactly as through Prisma, oldest first', async () => {
    const runs = await loadProjectRunsForCriteria(t.prisma, t.provider, projectId);
    expect(runs.map((r) => r.id)).toEqual(ids);
    for (const r of runs) expect(r).toEqual(await loadRunForCriteria(t.prisma, r.id));
    expect(runs[1]!.run.endpoints).toEqual(u40.run.endpoints);
    expect(runs[1]!.run.aggregated).toEqual(u40.run.aggregated);
    expect((await listProjectRuns(t.prisma, projectId)).map((r) => [r.id, r.createdAt])).toEqual(
      runs.map((r) => [r.id, r.createdAt]),
    );
  });

  test('tags (for criteria scopes), sorted; none is []; the subject of one run', async () => {
    const runs = await loadProjectRunsForCriteria(t.prisma, t.provider, projectId);
    expect(runs.map((r) => r.tags)).toEqual([[], ['profile:nightly', 'release'], []]);
    expect(await loadRunSubject(t.prisma, ids[1]!)).toEqual({
      label: '40 users',
      userCount: u40.run.meta.userCount,
      projectId,
      tags: ['profile:nightly', 'release'],
      profile: 'nightly',
    });
    expect(runs.map((r) => [r.profile, r.run.meta.profile])).toEqual([
      [null, null],
      ['nightly', 'nightly'],
      [null, null],
    ]);
    expect(await loadRunSubject(t.prisma, 'run_nope')).toBeNull();
    expect((await listProjectRuns(t.prisma, projectId)).map((r) => r.startTime)).toEqual(
      runs.map((r) => r.run.meta.startTime),
    );
  });

  test.each([
    ['aggregate criteria read no endpoint rows', ['aggregate'], []],
    [
      'an endpoint by method and name: the rows of that name (scope.ts picks the method)',
      ['endpoint:POST /accounts/login/'],
      ['GET /accounts/login/', 'POST /accounts/login/'],
    ],
    [
      'an endpoint by name: every method',
      ['endpoint:/accounts/login/'],
      ['GET /accounts/login/', 'POST /accounts/login/'],
    ],
    [
      'a group by prefix (LIKE wildcards in it are literal)',
      ['group:/accounts/log'],
      ['GET /accounts/login/', 'POST /accounts/login/', 'GET /accounts/logout/'],
    ],
    ['a prefix with a LIKE wildcard matches nothing', ['group:/accounts/log_'], []],
  ])('%s', async (_what, scopes, expected) => {
    const [run] = await loadCriteriaRuns(
      t.prisma,
      t.provider,
      projectId,
      { ids: [ids[0]!] },
      endpointNeeds(scopes.map((scope) => ({ scope }))),
    );
    expect(run!.run.endpoints.map((e) => `${e.method} ${e.name}`)).toEqual(expected);
    expect(run!.run.aggregated).toEqual(u20.run.aggregated);
  });

  test("selections: by ids (oldest first, only the project's), none, all", async () => {
    expect(
      (
        await loadCriteriaRuns(
          t.prisma,
          t.provider,
          projectId,
          { ids: [ids[2]!, ids[0]!, 'run_elsewhere'] },
          ALL_ENDPOINTS,
        )
      ).map((r) => r.id),
    ).toEqual([ids[0], ids[2]]);
    expect(await loadCriteriaRuns(t.prisma, t.provider, projectId, { ids: [] }, ALL_ENDPOINTS)).toEqual([]);
    expect(await loadCriteriaRuns(t.prisma, t.provider, 'prj_other', 'all', ALL_ENDPOINTS)).toEqual([]);
  });
});
