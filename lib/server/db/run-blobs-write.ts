// The byte columns of a stored run, inserted in raw SQL: its time series (run_series.data, deflated) and its
// original files (run_file.gzip_data). Prisma's query compiler carried every byte through base64 and its query
// plan, about a second of CPU for the 1,000,000-row history of `npm run bench:ingest`; raw SQL still serialized
// them to base64 JSON (~0.8 s), so the bytes go by reference (bytes-by-reference.ts) to the driver as they are.
import type { EncodedSeries } from './series-codec';
import type { StoredOriginal } from './original-file';
import type { ParsedFileInfo } from '../../domain/locust/types';
import type { Tx } from './client';
import { jsonForColumn } from './json-columns';
import { newId } from '../../domain/ids';
import { Prisma } from './generated/sqlite/client';
import { jsonParam, timeParam, type Provider } from './sql-params';
import { withBytesByReference } from './bytes-by-reference';

/** Rows per INSERT of series: 9 parameters each (SQLite allows 32,766, PostgreSQL 65,535). */
const SERIES_BATCH = 200;

const columns = (names: string[]) => Prisma.raw(names.map((c) => `"${c}"`).join(', '));
const SERIES_COLUMNS = columns(['id', 'run_id', 'position', 'is_aggregate', 'method', 'name', 'length', 'columns']);
const FILE_COLUMNS = columns(['id', 'run_id', 'name', 'kind', 'format', 'versions', 'encoding']);
const FILE_MORE_COLUMNS = columns(['encoding_confidence', 'rows', 'size_bytes', 'sha256', 'gzip_data', 'created_at']);

/** `series[0]` is the aggregate's. */
export async function insertRunSeries(
  tx: Tx,
  provider: Provider,
  runId: string,
  series: readonly EncodedSeries[],
): Promise<void> {
  for (let from = 0; from < series.length; from += SERIES_BATCH) {
    const batch = series.slice(from, from + SERIES_BATCH);
    await withBytesByReference(
      batch.map((e) => e.data),
      async (data) => {
        const rows = batch.map((e, i) => {
          const position = from + i;
          const isAggregate = provider === 'sqlite' ? Number(position === 0) : position === 0;
          const cols = jsonParam(provider, jsonForColumn('run_series.columns', e.columns));
          const first = [newId('ser'), runId, position, isAggregate, e.method, e.name, e.length];
          return Prisma.sql`(${Prisma.join(first)}, ${cols}, ${data[i]})`;
        });
        await tx.$executeRaw`INSERT INTO "run_series" (${SERIES_COLUMNS}, "data") VALUES ${Prisma.join(rows)}`;
      },
    );
  }
}

/** One row per original; `infos` are the parsed files' (each original's by name). */
export async function insertRunFiles(
  tx: Tx,
  provider: Provider,
  runId: string,
  files: readonly StoredOriginal[],
  infos: readonly ParsedFileInfo[],
  now: Date,
): Promise<void> {
  for (const file of files) {
    const info = infos.find((f) => f.name === file.name)!;
    const { min, max } = info.versions;
    const first = [newId('file'), runId, file.name, info.kind, info.format, min === max ? min : `${min}–${max}`];
    await withBytesByReference([file.gzip], async ([gzip]) => {
      const more = [info.encodingConfidence, info.rows, file.sizeBytes, file.sha256, gzip];
      await tx.$executeRaw`INSERT INTO "run_file" (${FILE_COLUMNS}, ${FILE_MORE_COLUMNS})
        VALUES (${Prisma.join([...first, info.encoding, ...more])}, ${timeParam(provider, now)})`;
    });
  }
}
