// The writes of one change-point pass over a part (history-worker.ts), in one transaction: the current era's
// series snapshots replace the part's, and the change points of the eras searched are brought in line with
// what the pass found. Open points no longer found are removed; acknowledged and dismissed ones are kept
// with the team's note. Returns the points that are new (for the regression.detected event).
import { createHash } from 'node:crypto';
import { newId } from '../../domain/ids';
import type { FoundChangePoint, PassResult } from '../../domain/history/part-pass';
import type { Db, Tx } from './client';
import { jsonForColumn } from './json-columns';

const TX_OPTIONS = { maxWait: 30_000, timeout: 300_000 };
const SERIES_BATCH = 200;

export const seriesKeyOf = (part: string, metric: string, scope: string): string =>
  createHash('sha256').update(`${part}|${metric}|${scope}`).digest('hex');

const bytes = (a: Float64Array | Uint32Array) =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice() as Uint8Array<ArrayBuffer>;

export interface SavedPass {
  created: (FoundChangePoint & { id: string })[];
}

export async function saveHistoryPass(
  db: Db,
  projectId: string,
  part: string,
  result: PassResult,
  now: Date,
  then?: (tx: Tx, saved: SavedPass) => Promise<void>,
): Promise<SavedPass> {
  return db.$transaction(async (tx) => {
    await tx.historySeries.deleteMany({ where: { projectId, part } });
    const rows = result.series.map((s) => ({
      projectId,
      seriesKey: seriesKeyOf(part, s.metric, s.scope),
      part,
      metric: s.metric,
      scope: s.scope,
      eraStartRunId: s.eraStartRunId,
      throughRunId: s.throughRunId,
      seen: s.seen,
      settingsKey: s.settingsKey,
      values: bytes(s.values),
      positions: bytes(s.positions),
      state: jsonForColumn('history_series.state', s.state),
      updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += SERIES_BATCH)
      await tx.historySeries.createMany({ data: rows.slice(i, i + SERIES_BATCH) });
    const saved = await syncChangePoints(tx, projectId, part, result, now);
    if (then) await then(tx, saved);
    return saved;
  }, TX_OPTIONS);
}

async function syncChangePoints(tx: Tx, projectId: string, part: string, result: PassResult, now: Date) {
  const existing = await tx.changePoint.findMany({
    where: { projectId, part, eraStartRunId: { in: result.erasSearched } },
    select: { id: true, seriesKey: true, runId: true, status: true },
  });
  const byKey = new Map(existing.map((e) => [`${e.seriesKey}|${e.runId}`, e]));
  const kept = new Set<string>();
  const created: SavedPass['created'] = [];
  for (const c of result.changePoints) {
    const seriesKey = seriesKeyOf(part, c.metric, c.scope);
    const figures = {
      previousRunId: c.previousRunId,
      eraStartRunId: c.eraStartRunId,
      magnitude: c.magnitude,
      magnitudeLow: c.magnitudeLow,
      magnitudeHigh: c.magnitudeHigh,
      pValue: c.pValue,
      meanBefore: c.meanBefore,
      meanAfter: c.meanAfter,
      metadataChanges: jsonForColumn('change_point.metadata_changes', c.metadataChanges),
    };
    const found = byKey.get(`${seriesKey}|${c.runId}`);
    if (found) {
      kept.add(found.id);
      await tx.changePoint.update({ where: { id: found.id }, data: figures });
      continue;
    }
    const id = newId('cp');
    await tx.changePoint.create({
      data: {
        id,
        projectId,
        seriesKey,
        part,
        metric: c.metric,
        scope: c.scope,
        runId: c.runId,
        status: 'open',
        detectedAt: now,
        ...figures,
      },
    });
    created.push({ ...c, id });
  }
  const gone = existing.filter((e) => e.status === 'open' && !kept.has(e.id)).map((e) => e.id);
  if (gone.length > 0) await tx.changePoint.deleteMany({ where: { id: { in: gone } } });
  return { created };
}
