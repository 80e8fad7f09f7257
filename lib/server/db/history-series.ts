// The stored series snapshots of a part (history_series), read and replaced in raw SQL: a 200-endpoint part
// has ~1,000 series of ~12 kB each (Float64 values, Uint32 positions), and Prisma's query compiler spent
// ~1 s of CPU per pass planning createMany over those bytes (bench:history, wide); the INSERT below takes
// a few tens of ms.
import { createHash } from 'node:crypto';
import type { SeriesSnapshot } from '../../domain/history/part-pass';
import type { Db, Tx } from './client';
import { jsonForColumn, readJson } from './json-columns';
import { readChoice } from './text-columns';
import { Prisma } from './generated/sqlite/client';
import { jsonParam, timeParam, type Provider } from './sql-params';

/** Rows per INSERT: 12 parameters each, far below SQLite's 32,766 and PostgreSQL's 65,535. */
const SERIES_BATCH = 100;

const COLUMNS = Prisma.raw(
  ['project_id', 'series_key', 'part', 'metric', 'scope', 'era_start_run_id', 'through_run_id', 'seen']
    .concat(['settings_key', 'values', 'positions', 'state', 'updated_at'])
    .map((c) => `"${c}"`)
    .join(', '),
);

export const seriesKeyOf = (part: string, metric: string, scope: string): string =>
  createHash('sha256').update(`${part}|${metric}|${scope}`).digest('hex');

const bytes = (a: Float64Array | Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice();

/** Positions p, p+1, … (a scope in every run since its first: the usual case) are stored as p alone. */
function positionBytes(positions: Uint32Array): Uint8Array {
  const first = positions[0] ?? 0;
  const consecutive = positions.every((p, i) => p === first + i);
  return bytes(consecutive && positions.length > 0 ? Uint32Array.of(first) : positions);
}

function positionsOf(stored: Uint32Array, length: number): Uint32Array {
  if (stored.length === length) return stored;
  const first = stored[0]!;
  return Uint32Array.from({ length }, (_, i) => first + i);
}

/** Replaces every series of the part by `series` (inside the pass's transaction). */
export async function replaceSeries(
  tx: Tx,
  provider: Provider,
  projectId: string,
  part: string,
  series: readonly SeriesSnapshot[],
  now: Date,
): Promise<void> {
  await tx.$executeRaw`DELETE FROM "history_series" WHERE "project_id" = ${projectId} AND "part" = ${part}`;
  const updatedAt = timeParam(provider, now);
  for (let from = 0; from < series.length; from += SERIES_BATCH) {
    const rows = series.slice(from, from + SERIES_BATCH).map((s) => {
      const state = jsonParam(provider, jsonForColumn('history_series.state', s.state));
      const values = [projectId, seriesKeyOf(part, s.metric, s.scope), part, s.metric, s.scope, s.eraStartRunId]
        .concat([s.throughRunId])
        .map((v) => Prisma.sql`${v}`)
        .concat([Prisma.sql`${s.seen}`, Prisma.sql`${s.settingsKey}`])
        .concat([Prisma.sql`${bytes(s.values)}`, Prisma.sql`${positionBytes(s.positions)}`])
        .concat([state, updatedAt]);
      return Prisma.sql`(${Prisma.join(values)})`;
    });
    await tx.$executeRaw`INSERT INTO "history_series" (${COLUMNS}) VALUES ${Prisma.join(rows)}`;
  }
}

interface SeriesRow {
  series_key: string;
  metric: string;
  scope: string;
  era_start_run_id: string;
  seen: number | bigint;
  through_run_id: string;
  settings_key: string;
  values: Uint8Array;
  positions: Uint8Array;
  state: unknown;
}

export async function loadSeries(db: Db, projectId: string, part: string): Promise<SeriesSnapshot[]> {
  const rows = await db.$queryRaw<SeriesRow[]>`
    SELECT "series_key", "metric", "scope", "era_start_run_id", "seen", "through_run_id", "settings_key",
      "values", "positions", "state"
    FROM "history_series" WHERE "project_id" = ${projectId} AND "part" = ${part}
    ORDER BY "series_key"`;
  return rows.map((r) => {
    const values = new Float64Array(copy(r.values).buffer);
    return {
      metric: readChoice('history_series.metric', r.series_key, r.metric),
      scope: r.scope,
      eraStartRunId: r.era_start_run_id,
      seen: Number(r.seen),
      throughRunId: r.through_run_id,
      settingsKey: r.settings_key,
      values,
      positions: positionsOf(new Uint32Array(copy(r.positions).buffer), values.length),
      state: readJson('history_series.state', r.series_key, r.state),
    };
  });
}

/** An aligned copy (a Buffer from the driver may start at any offset of a shared pool). */
const copy = (bytes: Uint8Array) => new Uint8Array(bytes);
