// Runs: upload (parse + store atomically), list, read, edit, delete, download originals.
import 'server-only';
import { database } from '../db/stores';
import { dbConfig, type DbProvider } from '../db/config';
import { classifyDbFault, type DbFaultKind } from '../db/faults';
import type { RunPatch } from '../db/run-edit';
import type { RunPage, StoredRun } from '../../domain/shapes/stored-run';
import { AppError, badRequest, notFound } from './errors';
import { runAnalysis } from '../../domain/analysis/run-analysis';
import { p95LimitOf } from '../../domain/criteria/p95-limit';
import { NoSteadyStateError, runOverWindow, type RunWindow } from '../../domain/analysis/run-window';
import { runsFromResults, toRunJson, type InputFile, type RunJson } from '../../domain/locust/index';
import { withGivenMeta, type GivenMeta } from '../../domain/locust/upload-meta';
import type { HistorySeries, ParsedRun } from '../../domain/locust/types';
import type { ListRunsQueryInput } from '../../view/run/list-query';
import { findDuplicateRuns, runFileHashes } from './duplicate-service';
import { cachedRead, changedProjects } from './read-cache';
import { intakeBytes, intakeZip, type IntakeItem } from './upload-intake';
import { uploadOutbox } from './webhook-events';
import { publicUrl } from '../auth/public-url';
import { healthWaitsForWarmUp } from '../auth/warm-up';
import { wakeWebhookWorker } from './webhook-worker';
import { wakeHistoryWorker } from './history-worker';

export const DEFAULT_PROJECT = 'Default project';

export interface UploadInput {
  files: InputFile[];
  label?: string;
  project?: string;
  tags?: string[];
  notes?: string;
  /** Applied to every run of the upload: what the files could not say (or said wrongly). */
  userCount?: number;
  spawnRate?: number;
  /** The build of the system under test (meta.build), for every run of the upload. */
  build?: string;
  /** The upload's `meta` field (provenance, and what the plugin knows better than the files), for every run
   *  of the upload; its `source` defaults to 'api'. */
  meta?: GivenMeta;
  /** The external origin webhook payloads link runs from (SWARMLENS_PUBLIC_URL, else the request's); absent:
   *  links are paths. */
  baseUrl?: string | null;
}

export interface UploadResult {
  /** `duplicateOf`: runs stored before with exactly this run's files (duplicate-service.ts), oldest first. */
  runs: { id: string; label: string; warnings: string[]; duplicateOf: string[] }[];
}

/** Parses every file (all must be Locust output) and stores the runs they form in one transaction. */
export async function uploadRuns(input: UploadInput): Promise<UploadResult> {
  return storeUpload(await Promise.all(input.files.map((f) => intakeBytes(f.name, f.bytes))), input);
}

/** Stores files already taken in (parsed and gzipped as they streamed in; zips still whole). */
export async function storeUpload(items: IntakeItem[], input: Omit<UploadInput, 'files'>): Promise<UploadResult> {
  if (items.length === 0) throw badRequest('no files: send one or more `files` fields');
  const parsed: Extract<IntakeItem, { kind: 'parsed' }>[] = [];
  for (const item of items) {
    if (item.kind === 'parsed') parsed.push(item);
    else parsed.push(...(await intakeZip(item.name, item.bytes)));
  }
  const { runs } = runsFromResults(parsed.map((p) => p.result));
  const labelOf = (own: string | null) =>
    input.label ? (runs.length > 1 ? `${input.label} (${own ?? 'run'})` : input.label) : (own ?? 'Untitled run');
  const originals = parsed.map((p) => p.original);
  const newRuns = runs.map(({ run }) => ({
    run: {
      ...run,
      meta: {
        ...withGivenMeta(run.meta, input.meta ?? {}, 'api'),
        ...(input.userCount !== undefined ? { userCount: input.userCount } : {}),
        ...(input.spawnRate !== undefined ? { spawnRate: input.spawnRate } : {}),
        build: input.build ?? run.meta.build ?? null,
      },
    },
    label: labelOf(run.meta.label),
    tags: input.tags ?? [],
    notes: input.notes ?? null,
    originals,
  }));
  const hashes = newRuns.map(({ run }) =>
    runFileHashes(
      run.files.map((f) => f.name),
      originals,
    ),
  );
  const duplicates = await findDuplicateRuns(hashes);
  const db = await database();
  const projectName = input.project ?? DEFAULT_PROJECT;
  const baseUrl = input.baseUrl !== undefined ? input.baseUrl : publicUrl();
  const outbox = await uploadOutbox(db, projectName, newRuns, baseUrl);
  const ids = await db.runs.createRuns(projectName, newRuns, outbox);
  // Only this project's views (and the lists) are outdated: other projects' stay cached.
  const projectId = ids[0] === undefined ? null : await db.projects.projectOfRun(ids[0]);
  if (projectId !== null) changedProjects(projectId);
  wakeWebhookWorker(); // its deliveries are committed: send them now rather than at the next poll
  wakeHistoryWorker(); // and its history job
  const stored = (id: string, i: number) => ({
    id,
    label: newRuns[i]!.label,
    warnings: newRuns[i]!.run.warnings,
    duplicateOf: duplicates[i]!.map((d) => d.id),
  });
  return { runs: ids.map(stored) };
}

export async function listRunsPage(q: ListRunsQueryInput): Promise<RunPage> {
  return cachedRead(`runs-page:${JSON.stringify(q)}`, 'lists', () => readRunsPage(q));
}

async function readRunsPage(q: ListRunsQueryInput): Promise<RunPage> {
  const db = await database();
  let projectId: string | undefined;
  if (q.project) {
    const project = (await db.runs.listProjects()).find((p) => p.id === q.project || p.name === q.project);
    if (!project) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    projectId = project.id;
  }
  const { page, pageSize, tag, branch, environment, sort, order } = q;
  return db.runs.listRuns({ page, pageSize, projectId, tag, branch, environment, sort, order });
}

/** A stored run with every endpoint's time series loaded too (for splitting a stepped run). */
export async function getStoredRunWithAllSeries(id: string): Promise<StoredRun> {
  return cachedRead(`run-with-series:${id}`, { runs: [id] }, () => readRunWithAllSeries(id));
}

async function readRunWithAllSeries(id: string): Promise<StoredRun> {
  const stored = await getStoredRunOrThrow(id);
  if (!stored.run.history) return stored;
  const db = await database();
  const endpoints = await db.runs.getAllEndpointSeries(id);
  return { ...stored, run: { ...stored.run, history: { ...stored.run.history, endpoints } } };
}

/** Shared between requests (cached): read-only. */
export async function getStoredRunOrThrow(id: string): Promise<StoredRun> {
  return cachedRead(`run:${id}`, { runs: [id] }, async () => {
    const db = await database();
    const stored = await db.runs.getRun(id);
    if (!stored) throw notFound(`run ${id}`);
    return stored;
  });
}

/** `window`: the figures over the whole run or its steady state; `p95LimitMs`: the capacity curve's P95 limit
 *  (default: the project's P95 criterion). */
export interface RunJsonOptions {
  window?: RunWindow;
  p95LimitMs?: number | null;
}

/** The run over the window: 422 naming the run and why when it has no steady state. */
export function runOverWindowOrThrow(run: ParsedRun, window: RunWindow, name: string): ParsedRun {
  try {
    return runOverWindow(run, window, name);
  } catch (e) {
    if (e instanceof NoSteadyStateError) throw new AppError(422, 'no_steady_state', e.message);
    throw e;
  }
}

/** A stored run over the window (every endpoint's series loaded for the steady one). */
export async function getRunOverWindow(id: string, window: RunWindow): Promise<{ stored: StoredRun; run: ParsedRun }> {
  const stored = window === 'steady' ? await getStoredRunWithAllSeries(id) : await getStoredRunOrThrow(id);
  return { stored, run: runOverWindowOrThrow(stored.run, window, `run ${id} (${stored.summary.label})`) };
}

/** The strictest absolute aggregate P95 criterion of the project's criteria sets, ms; null without one. */
export async function projectP95LimitMs(projectId: string): Promise<number | null> {
  const db = await database();
  return p95LimitOf(await db.criteria.listCriteriaSets(projectId));
}

/** The contract's Run JSON (with loadShape, steadyState, latencyCeilingMs, capacity, always of the whole
 *  run), plus what the store knows (project, tags, notes, files to download). */
export async function getRunJson(id: string, options: RunJsonOptions = {}): Promise<RunJson & Record<string, unknown>> {
  const { stored, run } = await getRunOverWindow(id, options.window ?? 'whole');
  const p95LimitMs = options.p95LimitMs ?? (await projectP95LimitMs(stored.summary.projectId));
  return {
    ...toRunJson(run, id),
    ...runAnalysis(stored.run, p95LimitMs),
    project: { id: stored.summary.projectId, name: stored.summary.projectName },
    tags: stored.summary.tags,
    notes: stored.notes,
    createdAt: stored.summary.createdAt,
    downloads: stored.files.map((f) => ({ ...f, url: `/api/runs/${id}/files/${f.id}` })),
  };
}

export async function editRun(id: string, patch: RunPatch): Promise<void> {
  const db = await database();
  if (!(await db.runs.updateRun(id, patch))) throw notFound(`run ${id}`);
}

export async function removeRun(id: string): Promise<void> {
  const db = await database();
  if (!(await db.runs.deleteRun(id))) throw notFound(`run ${id}`);
}

export async function downloadRunFile(runId: string, fileId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const db = await database();
  const file = await db.runs.getRunFile(runId, fileId);
  if (!file) throw notFound(`file ${fileId} of run ${runId}`);
  return file;
}

export async function getEndpointSeries(runId: string, method: string | null, name: string): Promise<HistorySeries> {
  const db = await database();
  const series = await db.runs.getRunSeries(runId, method, name);
  if (!series) throw notFound(`time series of ${method ?? ''} ${name} in run ${runId}`);
  return series;
}

export async function listEndpointSeries(runId: string) {
  const db = await database();
  const series = await db.runs.listRunSeries(runId);
  if (!series) throw notFound(`run ${runId}`);
  return series;
}

export async function listFilters(): Promise<{
  projects: { id: string; name: string; runCount: number }[];
  tags: string[];
  branches: string[];
  environments: string[];
}> {
  return cachedRead('filters', 'lists', async () => {
    const db = await database();
    const [projects, tags, named] = await Promise.all([
      db.runs.listProjects(),
      db.runs.listTags(),
      db.runs.listProvenanceValues(),
    ]);
    return { projects, tags, ...named };
  });
}

/** `warming`: the database answers, but this worker is still rendering its first pages to itself
 *  (scripts/warm-up.mjs); 200 after. */
export type Health =
  { ok: true; db: DbProvider } | { ok: false; db: DbProvider; error: string; reason: DbFaultKind | 'warming' };

/** A health check that hangs (a silent network) counts as unreachable after this long. */
const HEALTH_TIMEOUT_MS = 5_000;

/** Whether the database answers now (opening and migrating it first if it never did). */
export async function checkHealth(): Promise<Health> {
  const db = dbConfig().provider;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`), { code: 'ETIMEDOUT' })),
      HEALTH_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([database().then((stores) => stores.runs.pingDatabase()), timeout]);
    // A database fault is said first: it is what the operator must fix (the warm-up ends on its own).
    if (healthWaitsForWarmUp()) return { ok: false, db, error: 'this worker is warming up', reason: 'warming' };
    return { ok: true, db };
  } catch (e) {
    const fault = classifyDbFault(e);
    if (fault === null) throw e;
    return { ok: false, db, error: fault.message, reason: fault.kind };
  } finally {
    clearTimeout(timer);
  }
}
