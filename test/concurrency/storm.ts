// The storm, in process: 50 uploads at once through POST /api/runs, deletes of runs stored before
// it and of its own runs as soon as they are answered 201, and readers going through every read
// route (and the cached project page and filters) until the last upload and delete is answered.
// It only records what happened; upload-storm.test.ts judges it.
import { AppError } from '../../lib/server/services/errors';
import { getProjectPage } from '../../lib/server/services/project-service';
import { listFilters } from '../../lib/server/services/runs-service';
import { fileMismatches, runJsonMismatches, seriesListMismatches, summaryMismatches } from './stored-check';
import { formOf, planUpload, type ExpectedRun, type PlannedUpload } from './storm-uploads';

const runs = await import('../../app/api/runs/route');
const one = await import('../../app/api/runs/[id]/route');
const series = await import('../../app/api/runs/[id]/series/route');
const file = await import('../../app/api/runs/[id]/files/[fileId]/route');
const compare = await import('../../app/api/compare/route');
const projectApi = await import('../../app/api/projects/[id]/route');

export const UPLOADS = 50;
export const READERS = 4;
/** Projects that exist before the storm, and one its uploads create (racing to create it). */
export const PROJECTS = ['Storm A', 'Storm B', 'Storm new'];
const SEEDS = 8;
/** Seeds deleted during the storm; the first two by two DELETEs at once each. */
const SEEDS_DELETED = 4;
const DOUBLE_DELETED = 2;
/** Every 4th upload's runs are deleted as soon as it is answered 201. */
const DELETE_EVERY = 4;
/** Bounds the readers should the storm never end. */
const MAX_READS_PER_READER = 5_000;
const READ_PAUSE_MS = 2;

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const url = (path: string) => `http://test${path}`;

export interface Stored {
  id: string;
  expected: ExpectedRun;
  origin: 'seed' | 'storm';
}

export interface StormLog {
  seeds: Stored[];
  uploads: { plan: PlannedUpload; status: number; body: unknown }[];
  /** Every run answered 201 during the storm. */
  stored: Stored[];
  deletes: { id: string; status: number }[];
  reads: Read[];
  /** Every run id a read answered with. */
  named: Set<string>;
  wallMs: number;
}

export interface Read {
  kind: 'list' | 'list-project' | 'run' | 'series' | 'file' | 'compare' | 'project-api' | 'project-page' | 'filters';
  /** The run(s) or project read. */
  target: string[];
  status: number;
  /** What was wrong with a 200 answer (checked as it came: bodies are not kept), or a non-200 answer's body. */
  problems: string[];
}

async function post(plan: PlannedUpload, label = plan.label) {
  const form = formOf(plan.files, { label, project: plan.project, tags: plan.tags.join(',') });
  const res = await runs.POST(new Request(url('/api/runs'), { method: 'POST', body: form }));
  return { status: res.status, body: (await res.json()) as { runs?: { id: string }[] } };
}

/** A seeded random sequence (the storm is the same every time it is run). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

async function statusOf<T>(read: () => Promise<T>): Promise<{ status: number; body: unknown }> {
  try {
    return { status: 200, body: JSON.parse(JSON.stringify(await read())) };
  } catch (e) {
    return { status: e instanceof AppError ? e.status : 500, body: String(e) };
  }
}

async function response(res: Response): Promise<{ status: number; body: unknown }> {
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    body: type.includes('json') ? await res.json() : new Uint8Array(await res.arrayBuffer()),
  };
}

export const planStorm = () => Array.from({ length: UPLOADS }, (_, index) => planUpload(index, PROJECTS));

export async function seedRuns(): Promise<Stored[]> {
  const seeds: Stored[] = [];
  for (let i = 0; i < SEEDS; i++) {
    const plan = planUpload(i * 10, [PROJECTS[i % 2]!]); // i*10: always a valid upload
    const { status, body } = await post(plan, `seed ${i}`);
    if (status !== 201) throw new Error(`seeding failed: ${status} ${JSON.stringify(body)}`);
    body.runs!.forEach((r, k) =>
      seeds.push({
        id: r.id,
        expected: { ...plan.expected[k]!, label: plan.expected[k]!.label.replace(plan.label, `seed ${i}`) },
        origin: 'seed',
      }),
    );
  }
  return seeds;
}

export async function storm(seeds: Stored[], plans: PlannedUpload[]): Promise<StormLog> {
  const log: StormLog = { seeds, uploads: [], stored: [], deletes: [], reads: [], named: new Set(), wallMs: 0 };
  const known = [...seeds];
  const byLabel = new Map(
    [...seeds, ...plans.flatMap((p) => p.expected.map((expected) => ({ expected })))].map((s) => [
      s.expected.label,
      s.expected,
    ]),
  );
  const rnd = random(42);
  const pick = () => known[Math.floor(rnd() * known.length)]!;
  const deleting: Promise<void>[] = [];
  const del = (id: string) =>
    deleting.push(
      one
        .DELETE(new Request(url(`/api/runs/${id}`), { method: 'DELETE' }), ctx({ id }))
        .then((res) => void log.deletes.push({ id, status: res.status })),
    );
  let answered = 0;
  let running = true;

  type Answer = { status: number; body: unknown };
  /** Checks a 200 answer as it comes; other answers are judged later (404 is right for a deleted run). */
  const judge = (a: Answer, check: (body: never) => string[]): { status: number; problems: string[] } => {
    if (a.status !== 200)
      return { status: a.status, problems: a.status === 404 ? [] : [JSON.stringify(a.body).slice(0, 300)] };
    const text = a.body instanceof Uint8Array ? '' : JSON.stringify(a.body);
    for (const id of text.match(/run_[0-9a-z]{26}/g) ?? []) log.named.add(id);
    return { status: 200, problems: check(a.body as never) };
  };
  const listCheck = (page: { total: number; items: Record<string, unknown>[] }) => [
    ...(page.total === page.items.length ? [] : [`total ${page.total} but ${page.items.length} items`]),
    ...page.items.flatMap((item) => {
      const e = byLabel.get(item.label as string);
      return e
        ? summaryMismatches(item, e).map((m) => `${item.id as string} ${m}`)
        : [`lists ${item.label as string}, of no valid upload`];
    }),
  ];
  const none = () => [];
  const getRun = async (s: Stored) => response(await one.GET(new Request(url(`/api/runs/${s.id}`)), ctx({ id: s.id })));

  const reads: Record<Read['kind'], () => Promise<{ target: string[]; status: number; problems: string[] }>> = {
    list: async () => ({
      target: [],
      ...judge(await response(await runs.GET(new Request(url('/api/runs?pageSize=500')))), listCheck),
    }),
    'list-project': async () => {
      const p = [...PROJECTS, 'Storm doomed'][Math.floor(rnd() * (PROJECTS.length + 1))]!;
      return {
        target: [p],
        ...judge(
          await response(await runs.GET(new Request(url(`/api/runs?pageSize=500&project=${encodeURIComponent(p)}`)))),
          listCheck,
        ),
      };
    },
    run: async () => {
      const s = pick();
      return { target: [s.id], ...judge(await getRun(s), (body) => runJsonMismatches(body, s.expected)) };
    },
    series: async () => {
      const s = pick();
      const a = await response(await series.GET(new Request(url(`/api/runs/${s.id}/series`)), ctx({ id: s.id })));
      return { target: [s.id], ...judge(a, (body) => seriesListMismatches(body, s.expected)) };
    },
    file: async () => {
      const s = pick();
      const run = await getRun(s);
      if (run.status !== 200) return { target: [s.id], ...judge(run, none) };
      const fileId = (run.body as { downloads: { id: string }[] }).downloads[0]!.id;
      const a = await response(
        await file.GET(new Request(url(`/api/runs/${s.id}/files/${fileId}`)), ctx({ id: s.id, fileId })),
      );
      return { target: [s.id], ...judge(a, (bytes: Uint8Array) => fileMismatches(bytes, s.expected)) };
    },
    compare: async () => {
      const a = pick();
      let b = pick();
      while (b === a && known.length > 1) b = pick();
      const ids = [a.id, b.id];
      return {
        target: ids,
        ...judge(await response(await compare.GET(new Request(url(`/api/compare?runs=${ids.join(',')}`)))), none),
      };
    },
    'project-api': async () => {
      const p = PROJECTS[Math.floor(rnd() * 2)]!;
      return {
        target: [p],
        ...judge(await response(await projectApi.GET(new Request(url(`/api/projects/${p}`)), ctx({ id: p }))), none),
      };
    },
    'project-page': async () => {
      const p = PROJECTS[Math.floor(rnd() * 2)]!;
      return { target: [p], ...judge(await statusOf(() => getProjectPage(p, {})), none) };
    },
    filters: async () => ({ target: [], ...judge(await statusOf(listFilters), none) }),
  };
  const kinds = Object.keys(reads) as Read['kind'][];
  // Between them the readers make every kind of read at least once (each its share of the kinds,
  // even should the storm end first), then go on through all kinds while the storm lasts.
  const share = Math.ceil(kinds.length / READERS);
  const reader = async (offset: number) => {
    for (let i = offset; (running || i < offset + share) && i < offset + MAX_READS_PER_READER; i++) {
      const kind = kinds[i % kinds.length]!;
      log.reads.push({ kind, ...(await reads[kind]()) });
      await new Promise((resolve) => setTimeout(resolve, READ_PAUSE_MS)); // leaves the uploads room
    }
  };

  const started = performance.now();
  const readers = Array.from({ length: READERS }, (_, r) => reader(r * share));
  const uploads = plans.map(async (plan) => {
    const { status, body } = await post(plan);
    log.uploads.push({ plan, status, body });
    answered++;
    if (process.env.STORM_DEBUG)
      console.log(
        `${Math.round(performance.now() - started)} ms: ${plan.label} ${status} ` +
          `(${answered} answered, ${log.reads.length} reads)`,
      );
    if (status === 201) {
      const ids = body.runs!.map((r) => r.id);
      ids.forEach((id, k) => log.stored.push({ id, expected: plan.expected[k]!, origin: 'storm' }));
      if (plan.index % DELETE_EVERY === 0) ids.forEach(del);
      else known.push(...ids.map((id, k) => ({ id, expected: plan.expected[k]!, origin: 'storm' as const })));
    }
    // Seeds are deleted as the storm goes on: one after every 5 answers.
    if (answered % 5 === 0 && answered / 5 <= SEEDS_DELETED) {
      const seed = seeds[answered / 5 - 1]!;
      del(seed.id);
      if (answered / 5 <= DOUBLE_DELETED) del(seed.id);
    }
  });
  await Promise.all(uploads);
  while (deleting.length > log.deletes.length) await Promise.all(deleting);
  log.wallMs = performance.now() - started;
  running = false;
  await Promise.all(readers);
  return log;
}
