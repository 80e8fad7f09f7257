// 50 uploads at once, mixed with reads and deletes, on SQLite and on PostgreSQL (in process,
// through the route handlers; e2e/concurrency.spec.ts does it against SQLite shared by server
// processes). What was answered is checked against an independent parse and a census of every table.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../support/databases';
import { countEveryTable, countOrphans, installFailureTrigger, RUN_CHILD_TABLES, storedLabels } from './db-census';
import { fileMismatches, runJsonMismatches, seriesListMismatches } from './stored-check';
import { rowsOf } from './storm-uploads';
import { historyPart } from '../../lib/domain/history/parts';
import { planStorm, PROJECTS, seedRuns, storm, UPLOADS, type Stored, type StormLog } from './storm';

const one = await import('../../app/api/runs/[id]/route');
const runs = await import('../../app/api/runs/route');
const series = await import('../../app/api/runs/[id]/series/route');
const file = await import('../../app/api/runs/[id]/files/[fileId]/route');
const { getProjectPage } = await import('../../lib/server/services/project-service');
const { listFilters } = await import('../../lib/server/services/runs-service');

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const getRun = async (id: string) => one.GET(new Request(`http://test/api/runs/${id}`), ctx({ id }));

/** Tables with no rows of runs: the storm must leave them as they were (empty). */
const UNTOUCHED_TABLES = [
  // No history worker runs here (the routes are called in-process): jobs wait, nothing is searched.
  'history_series',
  'change_point',
  'baseline_rule',
  'criteria_set',
  'criterion',
  'sign_off',
  'roadmap_phase',
  'roadmap_item',
  'roadmap_item_criterion',
  'share',
  'session',
  'api_token',
  'auth_attempt',
  'comparison_note',
  'user_account',
  'project_member',
  'invitation',
  'webhook',
  'webhook_delivery',
];

/** The app's process-wide database and read cache (lib/server/db/client.ts, lib/server/services/read-cache.ts). */
const appGlobals = globalThis as unknown as { swarmlensDb?: Promise<unknown>; swarmlensReadCache?: unknown };

describe.each(['sqlite', 'postgresql'] as const)('%s: 50 uploads at once, mixed with reads and deletes', (provider) => {
  let db: TestDatabase;
  let log: StormLog;
  let deleted: Set<string>;
  let survivors: Stored[];

  beforeAll(async () => {
    db = await freshDatabase(provider);
    appGlobals.swarmlensDb = Promise.resolve({ prisma: db.prisma, provider: db.provider });
    appGlobals.swarmlensReadCache = undefined;
    await installFailureTrigger(provider, db.url);
    const seeds = await seedRuns();
    // Cached views computed before the storm: the storm's writes must outdate them.
    await Promise.all([
      runs.GET(new Request('http://test/api/runs?pageSize=500')),
      getProjectPage(PROJECTS[0]!, {}),
      listFilters(),
      ...seeds.map((s) => getRun(s.id)),
    ]);
    log = await storm(seeds, planStorm());
    deleted = new Set(log.deletes.filter((d) => d.status === 204).map((d) => d.id));
    survivors = [...log.seeds, ...log.stored].filter((s) => !deleted.has(s.id));
    const ok = log.uploads.filter((u) => u.status === 201).length;
    console.log(
      `${provider}: ${UPLOADS} uploads (${ok} answered 201), ${log.deletes.length} deletes, ${log.reads.length} ` +
        `reads: ${Math.round(log.wallMs)} ms`,
    );
  }, 600_000);
  afterAll(async () => {
    appGlobals.swarmlensDb = undefined;
    await db?.drop();
  });

  test('valid uploads are answered 201, an invalid file 422, a failure inside the write transaction an error', () => {
    const right = {
      valid: (s: number) => s === 201,
      'invalid-file': (s: number) => s === 422,
      'fails-in-transaction': (s: number) => s >= 400,
    };
    const wrong = log.uploads.filter((u) => !right[u.plan.kind](u.status));
    expect(wrong.map((u) => `${u.plan.label} (${u.plan.kind}): ${u.status} ${JSON.stringify(u.body)}`)).toEqual([]);
  });

  test(
    'every run answered 201 and not deleted is stored whole: figures, rows, series and original bytes equal an ' +
      'independent parse',
    async () => {
      const problems: string[] = [];
      for (const s of survivors) {
        const res = await getRun(s.id);
        if (res.status !== 200) {
          problems.push(`${s.id}: GET ${res.status}`);
          continue;
        }
        const json = (await res.json()) as { downloads: { id: string }[] };
        problems.push(...runJsonMismatches(json, s.expected).map((m) => `${s.id}: ${m}`));
        const list = await series.GET(new Request(`http://test/api/runs/${s.id}/series`), ctx({ id: s.id }));
        const listed = (await list.json()) as { series: { method: string | null; name: string }[] };
        problems.push(...seriesListMismatches(listed, s.expected).map((m) => `${s.id}: ${m}`));
        for (const [i, one] of listed.series.entries()) {
          const q = new URLSearchParams({ name: one.name, ...(one.method ? { method: one.method } : {}) });
          const body = (await (
            await series.GET(new Request(`http://test/api/runs/${s.id}/series?${q}`), ctx({ id: s.id }))
          ).json()) as { columns: Record<string, unknown[]> };
          if (body.columns.timestampsS?.length !== s.expected.seriesLengths[i])
            problems.push(`${s.id}: series ${one.name} has ${body.columns.timestampsS?.length} points`);
        }
        for (const d of json.downloads) {
          const bytes = new Uint8Array(
            await (await file.GET(new Request('http://test'), ctx({ id: s.id, fileId: d.id }))).arrayBuffer(),
          );
          problems.push(...fileMismatches(bytes, s.expected).map((m) => `${s.id}: ${m}`));
        }
      }
      expect(problems).toEqual([]);
    },
  );

  test('failed uploads left nothing: the stored runs are exactly those answered 201 and not deleted', async () => {
    expect(await storedLabels(provider, db.url)).toEqual(survivors.map((s) => s.expected.label).sort());
    const filters = await listFilters();
    expect(filters.projects.map((p) => p.name)).not.toContain('Storm doomed');
  });

  test(
    'a delete answered 204 is gone; a run deleted by two requests at once is answered 204 ' + 'once and 404 once',
    async () => {
      for (const id of deleted) expect((await getRun(id)).status, id).toBe(404);
      const byId = new Map<string, number[]>();
      for (const d of log.deletes) byId.set(d.id, [...(byId.get(d.id) ?? []), d.status]);
      for (const [id, answers] of byId) expect(answers.sort(), id).toEqual(answers.length === 2 ? [204, 404] : [204]);
    },
  );

  test('every table holds exactly the rows of the runs stored minus those deleted; no orphan rows', async () => {
    const expected: Record<string, number> = { data_revision: 1 };
    for (const t of UNTOUCHED_TABLES) expected[t] = 0;
    for (const t of ['run', ...RUN_CHILD_TABLES]) expected[t] = 0;
    for (const s of survivors) for (const [t, n] of Object.entries(rowsOf(s.expected))) expected[t]! += n;
    // Projects of runs deleted since still exist (deleting a run keeps its project).
    const projects = new Set([...PROJECTS.slice(0, 2), ...log.stored.map((s) => s.expected.project)]);
    expected.project = projects.size;
    // One audit event per request that may change data (seeds, uploads and deletes), refused ones included.
    expected.audit_event = log.seeds.length + log.uploads.length + log.deletes.length;
    // One history job per project and user count that got a run (a deletion asks for the same part again).
    const everStored = [...log.seeds, ...log.stored];
    const parts = new Set(everStored.map((s) => `${s.expected.project}|${historyPart(s.expected.run.meta.userCount)}`));
    expected.history_job = parts.size;
    expect(await countEveryTable(provider, db.url)).toEqual(expected);
    expect(await countOrphans(provider, db.url)).toEqual(Object.fromEntries(RUN_CHILD_TABLES.map((t) => [t, 0])));
  });

  test(
    'reads during the storm: never a 500, never a run half-written or never stored, ' + '404 only for deleted runs',
    () => {
      const everStored = new Set([...log.seeds, ...log.stored].map((s) => s.id));
      const problems = log.reads.flatMap((r) => {
        const where = `${r.kind} ${r.target.join(',')}: ${r.status}`;
        if (r.status === 404 && r.target.some((id) => deleted.has(id))) return [];
        return r.status === 200 ? r.problems.map((p) => `${where} ${p}`) : [`${where} ${r.problems.join(' ')}`];
      });
      for (const id of log.named)
        if (!everStored.has(id)) problems.push(`a read answered with ${id}, never answered 201`);
      expect(problems).toEqual([]);
      expect(new Set(log.reads.map((r) => r.kind)).size).toBe(9);
    },
  );

  test('cached views after the storm equal the database: list total, runs per project, project page', async () => {
    const page = (await (await runs.GET(new Request('http://test/api/runs?pageSize=500'))).json()) as {
      total: number;
      items: { id: string }[];
    };
    expect(page.total).toBe(survivors.length);
    expect(page.items.map((i) => i.id).sort()).toEqual(survivors.map((s) => s.id).sort());
    const filters = await listFilters();
    for (const p of filters.projects)
      expect(p.runCount, p.name).toBe(survivors.filter((s) => s.expected.project === p.name).length);
    const projectPage = await getProjectPage(PROJECTS[0]!, {});
    expect(projectPage.runs.map((r) => r.id).sort()).toEqual(
      survivors
        .filter((s) => s.expected.project === PROJECTS[0])
        .map((s) => s.id)
        .sort(),
    );
  });
});
