// Parsing one byte range of a large CSV file: shared by the main thread and the worker.
import type { createReadStream as CreateReadStream } from 'node:fs';
import type { createFileParser as CreateFileParser, FileResult } from '../lib/domain/locust/index';

export interface PartJob {
  path: string;
  name: string;
  /** WHATWG label; '' = detect on the file's first bytes. */
  encoding: string;
  /** 0–1: 1 when the user chose `encoding`, else the detector's confidence on the file's start. */
  encodingConfidence: number;
  /** Header line bytes (with its line end), put in front of ranges that do not start the file. */
  header: Uint8Array | null;
  start: number;
  /** Exclusive. */
  end: number;
}

export type PartReply =
  | { ok: true; result: FileResult; sawQuote: boolean }
  | { ok: false; error: { code: string; file: string; line: number | null; reason: string } };

export async function parsePart(
  job: PartJob,
  createReadStream: typeof CreateReadStream,
  createFileParser: typeof CreateFileParser,
): Promise<PartReply> {
  const chosen = { encoding: job.encoding, encodingConfidence: job.encodingConfidence };
  const parser = createFileParser(job.name, job.encoding ? chosen : {});
  if (job.header) parser.push(job.header);
  let sawQuote = false;
  // An empty range reads nothing (createReadStream refuses `end: -1`).
  const stream =
    job.end > job.start
      ? createReadStream(job.path, { start: job.start, end: job.end - 1, highWaterMark: 1 << 20 })
      : [];
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    // A quote may open a cell that spans the split point: the caller then parses the file whole.
    if (!sawQuote && bytes.indexOf(0x22) !== -1) sawQuote = true;
    parser.push(bytes);
  }
  return { ok: true, result: parser.end(), sawQuote };
}

/** Buffers of a result's history columns, to transfer instead of copy. */
export function transferablesOf(result: FileResult): ArrayBuffer[] {
  const h = result.history;
  if (!h) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const s of [h.aggregated, ...h.endpoints]) {
    for (const v of Object.values(s)) if (v instanceof Float64Array) buffers.add(v.buffer as ArrayBuffer);
    for (const v of Object.values(s.percentiles)) buffers.add(v.buffer as ArrayBuffer);
  }
  return [...buffers];
}
