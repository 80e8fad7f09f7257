// One uploaded file, read as its chunks arrive: parsed (lib/locust's streaming parser), gzipped
// and hashed for storage at the same time, so a 200 MB history is never held whole. Zips are
// gathered whole (their directory is at the end) and expanded before parsing.
import 'server-only';
import { OriginalWriter, type StoredOriginal } from '../db/original-file';
import { createFileParser, type FileResult } from '../locust/index';
import { isZip } from '../locust/zip';

export type IntakeItem =
  | { kind: 'parsed'; result: FileResult; original: StoredOriginal }
  | { kind: 'zip'; name: string; bytes: Uint8Array };

/** Other requests get the event loop at least this often while a file is parsed (bytes). */
const YIELD_EVERY_BYTES = 1024 * 1024;
const ZIP_MAGIC_BYTES = 4;

export async function intakeFile(name: string, chunks: AsyncIterable<Uint8Array>): Promise<IntakeItem> {
  const head: Uint8Array[] = [];
  let headBytes = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  let next = await iterator.next();
  while (!next.done && headBytes < ZIP_MAGIC_BYTES) {
    head.push(next.value);
    headBytes += next.value.length;
    if (headBytes < ZIP_MAGIC_BYTES) next = await iterator.next();
  }
  const first = Buffer.concat(head);
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (isZip(first)) {
    const all = [first];
    for await (const chunk of rest) all.push(Buffer.from(chunk));
    return { kind: 'zip', name, bytes: new Uint8Array(Buffer.concat(all)) };
  }
  return parseStreaming(name, first, next.done ? null : rest);
}

/** The same path for a file already in memory (fed in 1 MiB chunks). */
export function intakeBytes(name: string, bytes: Uint8Array): Promise<IntakeItem> {
  return intakeFile(name, chunksOf(bytes, YIELD_EVERY_BYTES));
}

async function parseStreaming(name: string, first: Uint8Array, rest: AsyncIterable<Uint8Array> | null): Promise<IntakeItem> {
  const parser = createFileParser(name);
  const writer = new OriginalWriter(name);
  let failure: unknown = null;
  let sinceYield = 0;
  const take = async (chunk: Uint8Array) => {
    if (failure === null) {
      try {
        parser.push(chunk);
      } catch (e) {
        failure = e; // keep reading: the rest of the request must still be consumed
      }
    }
    if (failure === null) await writer.write(chunk);
    sinceYield += chunk.length;
    if (sinceYield >= YIELD_EVERY_BYTES) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    if (first.length > 0) await take(first);
    if (rest) for await (const chunk of rest) await take(chunk);
    if (failure !== null) throw failure;
    const result = parser.end();
    return { kind: 'parsed', result, original: await writer.end() };
  } catch (e) {
    writer.abort();
    throw e;
  }
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
