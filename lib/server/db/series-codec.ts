// Compact storage of a history series: the columns' Float64 values (little-endian, NaN = unknown)
// one after another, deflated (node:zlib, off the event loop). A million-row full history stays a
// few tens of MB.
import { createDeflate, inflateSync } from 'node:zlib';
import type { HistorySeries } from '../../domain/locust/types';

const FIELDS = [
  'timestampsS',
  'userCount',
  'rps',
  'failuresPerS',
  'totalRequests',
  'totalFailures',
  'totalMedianMs',
  'totalAvgMs',
  'totalMinMs',
  'totalMaxMs',
  'totalAvgSizeBytes',
] as const;

export interface EncodedSeries {
  method: string | null;
  name: string;
  length: number;
  /** Column names in `data` order: the fields, then `p<key>` for each percentile. */
  columns: string[];
  data: Uint8Array;
}

export async function encodeSeries(s: HistorySeries): Promise<EncodedSeries> {
  const percentileKeys = Object.keys(s.percentiles);
  const cols = [...FIELDS.map((f) => s[f]), ...percentileKeys.map((k) => s.percentiles[k] as Float64Array)];
  const length = s.timestampsS.length;
  if (!isLittleEndian()) throw new Error('series storage assumes a little-endian machine');
  const data = await deflateColumns(cols.map((c) => c.subarray(0, length)));
  return { method: s.method, name: s.name, length, columns: [...FIELDS, ...percentileKeys.map((k) => `p${k}`)], data };
}

/** Output buffer per zlib call (bytes): larger for large series, so a million rows take tens of calls, not
 *  thousands (each call crosses to the thread pool and back); small for small ones (5,000 endpoints' series). */
const MIN_CHUNK_BYTES = 16 * 1024;
const MAX_CHUNK_BYTES = 1024 * 1024;

/** The columns' bytes one after another, deflated, without first copying them into one buffer. */
function deflateColumns(cols: Float64Array[]): Promise<Uint8Array> {
  const totalBytes = cols.reduce((n, c) => n + c.byteLength, 0);
  const chunkSize = Math.min(MAX_CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, 2 ** Math.ceil(Math.log2(totalBytes / 8))));
  const zip = createDeflate({ level: 1, chunkSize });
  const out: Buffer[] = [];
  zip.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    zip.once('end', () => resolve(new Uint8Array(Buffer.concat(out))));
    zip.once('error', reject);
  });
  for (const c of cols) zip.write(new Uint8Array(c.buffer, c.byteOffset, c.byteLength));
  zip.end();
  return done;
}

export function decodeSeries(e: EncodedSeries): HistorySeries {
  const bytes = inflateSync(e.data);
  const raw = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  const col = (i: number) => raw.slice(i * e.length, (i + 1) * e.length);
  const byName = new Map(e.columns.map((name, i) => [name, i]));
  const field = (name: string) => {
    const i = byName.get(name);
    return i === undefined ? new Float64Array(e.length).fill(NaN) : col(i);
  };
  const percentiles: Record<string, Float64Array> = {};
  e.columns.forEach((name, i) => {
    if (name.startsWith('p')) percentiles[name.slice(1)] = col(i);
  });
  return {
    method: e.method,
    name: e.name,
    timestampsS: field('timestampsS'),
    userCount: field('userCount'),
    rps: field('rps'),
    failuresPerS: field('failuresPerS'),
    percentiles,
    totalRequests: field('totalRequests'),
    totalFailures: field('totalFailures'),
    totalMedianMs: field('totalMedianMs'),
    totalAvgMs: field('totalAvgMs'),
    totalMinMs: field('totalMinMs'),
    totalMaxMs: field('totalMaxMs'),
    totalAvgSizeBytes: field('totalAvgSizeBytes'),
  };
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}
