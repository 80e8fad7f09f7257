// 50 uploads at once, mixed with reads and deletes, against SQLite shared by two server processes
// (`npm start` with SWARMLENS_WORKERS=2, as in production): what the in-process storm
// (test/concurrency) cannot reach is the locking between processes. Own server, from the e2e build.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dbConfig } from '../lib/server/db/config';
import { migrate } from '../lib/server/db/migrate';
import {
  countEveryTable,
  countOrphans,
  installFailureTrigger,
  RUN_CHILD_TABLES,
  storedLabels,
} from '../test/concurrency/db-census';
import { runJsonMismatches, seriesListMismatches, summaryMismatches } from '../test/concurrency/stored-check';
import { formOf, planUpload, rowsOf, type ExpectedRun, type PlannedUpload } from '../test/concurrency/storm-uploads';

const PORT = Number(process.env.E2E_PORT ?? 3210) + 5;
const BASE = `http://127.0.0.1:${PORT}`;
const PROJECTS = ['Storm A', 'Storm B', 'Storm new'];
const WORKERS = 2;
let server: ChildProcess;
let dbUrl = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dbUrl = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-e2e-storm-')), 'storm.db')}`;
  await migrate(dbConfig(dbUrl));
  await installFailureTrigger('sqlite', dbUrl);
  server = spawn(process.execPath, ['scripts/start.mjs', '-H', '127.0.0.1', '-p', String(PORT)], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: '.next-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: dbUrl,
      SWARMLENS_WORKERS: String(WORKERS),
      SWARMLENS_ADMIN_SECRET: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const deadline = Date.now() + 90_000; ; await new Promise((r) => setTimeout(r, 250))) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`);
    if (
      await fetch(`${BASE}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error('npm start did not answer /api/health within 90 s');
  }
});

test.afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
});

interface Stored {
  id: string;
  expected: ExpectedRun;
}

async function upload(plan: PlannedUpload, label = plan.label) {
  const res = await fetch(`${BASE}/api/runs`, {
    method: 'POST',
    body: formOf(plan.files, { label, project: plan.project, tags: plan.tags.join(',') }),
  });
  return { status: res.status, body: (await res.json()) as { runs?: { id: string }[] } };
}

test(
  `${WORKERS} server processes on one SQLite file: 50 uploads mixed with reads and deletes store whole runs, ` +
    'leave nothing of failures, and counts add up',
  async () => {
    test.setTimeout(300_000);
    const seeds: Stored[] = [];
    for (let i = 0; i < 8; i++) {
      const plan = planUpload(i * 10, [PROJECTS[i % 2]!]);
      const { status, body } = await upload(plan, `seed ${i}`);
      expect(status, JSON.stringify(body)).toBe(201);
      seeds.push({ id: body.runs![0]!.id, expected: { ...plan.expected[0]!, label: `seed ${i}` } });
    }
    const plans = Array.from({ length: 50 }, (_, i) => planUpload(i, PROJECTS));
    const byLabel = new Map(
      [...seeds.map((s) => s.expected), ...plans.flatMap((p) => p.expected)].map((e) => [e.label, e]),
    );
    const known = [...seeds];
    const stored: Stored[] = [];
    const deletes: { id: string; status: number }[] = [];
    const deleting: Promise<void>[] = [];
    const del = (id: string) =>
      deleting.push(
        fetch(`${BASE}/api/runs/${id}`, { method: 'DELETE' }).then((r) => void deletes.push({ id, status: r.status })),
      );
    const problems: string[] = [];
    const named = new Set<string>();
    let reads = 0;
    let running = true;
    const get = async (path: string) => {
      const res = await fetch(`${BASE}${path}`);
      const body = (await res.json()) as unknown;
      reads++;
      if (res.status === 200) for (const id of JSON.stringify(body).match(/run_[0-9a-z]{26}/g) ?? []) named.add(id);
      else if (res.status !== 404) problems.push(`GET ${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      return { status: res.status, body };
    };
    const reader = async (r: number) => {
      for (let i = r; running; i++) {
        const s = known[(i * 7) % known.length]!;
        if (i % 3 === 0) {
          const { status, body } = await get('/api/runs?pageSize=500');
          const page = body as { total: number; items: Record<string, unknown>[] };
          if (status === 200) {
            if (page.total !== page.items.length)
              problems.push(`list: total ${page.total}, ${page.items.length} items`);
            for (const item of page.items) {
              const e = byLabel.get(item.label as string);
              problems.push(
                ...(e ? summaryMismatches(item, e) : ['of no valid upload']).map(
                  (m) => `list: ${item.id as string} ${m}`,
                ),
              );
            }
          }
        } else if (i % 3 === 1) {
          const { status, body } = await get(`/api/runs/${s.id}`);
          if (status === 200) problems.push(...runJsonMismatches(body, s.expected).map((m) => `run ${s.id}: ${m}`));
        } else {
          const { status, body } = await get(`/api/runs/${s.id}/series`);
          if (status === 200)
            problems.push(...seriesListMismatches(body, s.expected).map((m) => `series ${s.id}: ${m}`));
        }
      }
    };

    const started = performance.now();
    const readers = Array.from({ length: 4 }, (_, r) => reader(r));
    let answered = 0;
    let stormDeletes = 0;
    const uploads = await Promise.all(
      plans.map(async (plan) => {
        const result = await upload(plan);
        answered++;
        if (result.status === 201) {
          const ids = result.body.runs!.map((r, k) => ({ id: r.id, expected: plan.expected[k]! }));
          stored.push(...ids);
          if (plan.index % 4 === 0) {
            stormDeletes += ids.length;
            ids.forEach((s) => del(s.id));
          } else known.push(...ids);
        }
        if (answered % 5 === 0 && answered / 5 <= 4) {
          del(seeds[answered / 5 - 1]!.id);
          if (answered / 5 <= 2) del(seeds[answered / 5 - 1]!.id);
        }
        return { plan, ...result };
      }),
    );
    while (deleting.length > deletes.length) await Promise.all(deleting);
    const wallMs = performance.now() - started;
    running = false;
    await Promise.all(readers);
    console.log(
      `SQLite, ${WORKERS} server processes: 50 uploads, ${deletes.length} deletes, ${reads} reads: ` +
        `${Math.round(wallMs)} ms`,
    );

    const right = {
      valid: (s: number) => s === 201,
      'invalid-file': (s: number) => s === 422,
      'fails-in-transaction': (s: number) => s >= 400,
    };
    expect(
      uploads
        .filter((u) => !right[u.plan.kind](u.status))
        .map((u) => `${u.plan.label} (${u.plan.kind}): ${u.status} ${JSON.stringify(u.body)}`),
    ).toEqual([]);
    const deleted = new Set(deletes.filter((d) => d.status === 204).map((d) => d.id));
    expect(deletes.filter((d) => d.status !== 204 && d.status !== 404)).toEqual([]);
    expect(deleted.size).toBe(4 + stormDeletes);
    const everStored = new Set([...seeds, ...stored].map((s) => s.id));
    for (const id of named) if (!everStored.has(id)) problems.push(`a read answered with ${id}, never answered 201`);
    expect(problems).toEqual([]);

    const survivors = [...seeds, ...stored].filter((s) => !deleted.has(s.id));
    for (const s of survivors)
      expect(runJsonMismatches(await (await fetch(`${BASE}/api/runs/${s.id}`)).json(), s.expected), s.id).toEqual([]);
    for (const id of deleted) expect((await fetch(`${BASE}/api/runs/${id}`)).status, id).toBe(404);
    expect(await storedLabels('sqlite', dbUrl)).toEqual(survivors.map((s) => s.expected.label).sort());
    const counts = await countEveryTable('sqlite', dbUrl);
    for (const t of ['run', ...RUN_CHILD_TABLES])
      expect(counts[t], t).toBe(survivors.reduce((n, s) => n + rowsOf(s.expected)[t]!, 0));
    expect(counts.project).toBe(new Set([...PROJECTS.slice(0, 2), ...stored.map((s) => s.expected.project)]).size);
    expect(await countOrphans('sqlite', dbUrl)).toEqual(Object.fromEntries(RUN_CHILD_TABLES.map((t) => [t, 0])));
    // Each process caches views; both must show the database's count after the storm (ask enough times to reach both).
    for (let i = 0; i < 6; i++)
      expect((await (await fetch(`${BASE}/api/runs?pageSize=1`)).json()).total).toBe(survivors.length);
  },
);
