// Storing runs: one transaction per upload, so a run is stored whole or not at all.
import { createHash } from 'node:crypto';
import { gzipSync } from 'fflate';
import { newId } from '../ids';
import type { ParsedRun } from '../locust/types';
import type { Db } from './client';
import { encodeSeries } from './series-codec';
import type { NewRun } from './stored-run';

/** Large uploads (a million-row history, 5,000 endpoints) take a while to write. */
const TX_OPTIONS = { maxWait: 30_000, timeout: 300_000 };

export async function createRuns(db: Db, projectName: string, runs: NewRun[]): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const project = await tx.project.upsert({ where: { name: projectName }, update: {}, create: { id: newId('prj'), name: projectName } });
    const ids: string[] = [];
    for (const r of runs) ids.push(await insertRun(tx as unknown as Db, project.id, r));
    return ids;
  }, TX_OPTIONS);
}

async function insertRun(tx: Db, projectId: string, input: NewRun): Promise<string> {
  const { run } = input;
  const id = newId('run');
  const a = run.aggregated;
  await tx.run.create({
    data: {
      id, projectId, label: input.label, notes: input.notes,
      userCount: run.meta.userCount, startTime: run.meta.startTime, endTime: run.meta.endTime, durationS: run.meta.durationS,
      host: run.meta.host, locustfile: run.meta.locustfile, locustVersion: run.meta.locustVersion,
      requests: a.requests, failures: a.failures, failureRate: a.requests > 0 ? a.failures / a.requests : null,
      rps: a.rps, medianMs: a.medianMs, p95Ms: a.percentiles['95'] ?? null, p99Ms: a.percentiles['99'] ?? null, maxMs: a.maxMs,
      endpointCount: run.endpoints.length,
      aggregated: toJson(a), warnings: run.warnings, history: historySummary(run),
      tags: { create: [...new Set(input.tags)].map((tag) => ({ tag })) },
    },
  });
  await tx.endpointStat.createMany({ data: run.endpoints.map((e, position) => ({ id: newId('ep'), runId: id, position, ...e, percentiles: toJson(e.percentiles) })) });
  await tx.failureRow.createMany({ data: run.failures.map((f, position) => ({ id: newId('fl'), runId: id, position, ...f })) });
  await tx.exceptionRow.createMany({ data: run.exceptions.map((x, position) => ({ id: newId('ex'), runId: id, position, ...x })) });
  await tx.transactionStat.createMany({ data: run.transactions.map((t, position) => ({ id: newId('tx'), runId: id, position, stats: toJson(t) })) });
  const series = run.history ? [run.history.aggregated, ...run.history.endpoints] : [];
  for (let position = 0; position < series.length; position++) {
    const e = encodeSeries(series[position]!);
    await tx.runSeries.create({
      data: { id: newId('ser'), runId: id, position, isAggregate: position === 0, method: e.method, name: e.name, length: e.length, columns: e.columns, data: e.data as Uint8Array<ArrayBuffer> },
    });
  }
  const names = new Set(run.files.map((f) => f.name));
  for (const original of input.originals.filter((o) => names.has(o.name))) {
    const info = run.files.find((f) => f.name === original.name)!;
    await tx.runFile.create({
      data: {
        id: newId('file'), runId: id, name: original.name, kind: info.kind, format: info.format, encoding: info.encoding, rows: info.rows,
        versions: info.versions.min === info.versions.max ? info.versions.min : `${info.versions.min}–${info.versions.max}`,
        sizeBytes: original.bytes.length, sha256: createHash('sha256').update(original.bytes).digest('hex'),
        gzipData: gzipSync(original.bytes, { level: 6 }) as Uint8Array<ArrayBuffer>,
      },
    });
  }
  return id;
}

function historySummary(run: ParsedRun) {
  const h = run.history;
  if (!h) return undefined;
  return { points: h.points, source: h.source, percentileWindow: h.percentileWindow, semantics: h.semanticsNote, fullHistory: h.fullHistory, resetsAtS: h.resetsAtS };
}

/** Plain JSON value of a domain object (drops undefined, keeps null). */
function toJson<T>(value: T): object {
  return JSON.parse(JSON.stringify(value)) as object;
}
