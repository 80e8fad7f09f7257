// Parses one file from disk. A large RFC-4180 `_stats_history.csv` is split at a line boundary
// and its two halves parsed on two threads (this thread and a worker), then joined; anything
// else, or a file with quotes, streams through one parser.
import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createFileParser, LocustInputError, type FileResult, type HistorySeries } from '../lib/domain/locust/index';
import { mapHeader } from '../lib/domain/locust/csv/columns';
import { classifyCsv } from '../lib/domain/locust/csv/classify';
import { mergeHistoryParts } from '../lib/domain/locust/csv/merge-history';
import { detectEncoding, SNIFF_BYTES, type EncodingGuess } from '../lib/domain/locust/text/decode';
import { resolveEncodingLabel } from '../lib/domain/locust/text/encodings';
import { parsePart, type PartJob, type PartReply } from './parse-part';

/** Files smaller than this are parsed on one thread (a worker costs ~50 ms to start). */
const PARALLEL_MIN_BYTES = Number(process.env.SWARMLENS_PARALLEL_MIN_BYTES ?? 32 * 1024 * 1024);
const WORKER_URL = new URL('./parse-part-worker.mjs', import.meta.url);

/**
 * `encoding`: the user's choice (a label resolveEncodingLabel takes; confidence 1), or a sibling's
 * (with its `confidence`); else detected.
 */
export async function parseFromDisk(
  path: string,
  name: string,
  encoding?: string,
  confidence = 1,
): Promise<FileResult> {
  const chosen = encoding === undefined ? null : { ...chosenEncoding(name, encoding), confidence };
  const parallel = availableParallelism() > 1 && existsSync(fileURLToPath(WORKER_URL));
  const plan = parallel ? planSplit(path, name, chosen) : null;
  if (plan !== null) {
    const parts = await Promise.all([runPart(plan.jobs[0]), runInWorker(plan.jobs[1])]);
    const results = parts.flatMap((p) => (p.ok && !p.sawQuote ? [p.result] : []));
    if (results.length === parts.length && !goesBackAtJoin(results)) {
      if (process.env.SWARMLENS_DEBUG) process.stderr.write(`swarmlens: ${name} parsed on 2 threads\n`);
      return mergeHistoryParts(results);
    }
    // A quote (a cell may span the split), an error, or timestamps going back across the split:
    // the whole-file pass below decides, and reports errors with whole-file line numbers.
  }
  const encodingOf = { encoding: chosen?.encoding ?? '', encodingConfidence: confidence };
  const whole = { path, name, ...encodingOf, header: null, start: 0, end: statSync(path).size };
  return runPart(whole).then(unwrap);
}

function chosenEncoding(name: string, label: string): EncodingGuess {
  const encoding = resolveEncodingLabel(label);
  if (encoding === null) {
    throw new LocustInputError('unreadable', name, null, `unknown encoding "${label.slice(0, 40)}"`);
  }
  return { encoding, confidence: 1 };
}

/** A series whose first timestamp in the second part is earlier than its last in the first. */
function goesBackAtJoin([a, b]: FileResult[]): boolean {
  const last = new Map<string, number>();
  const key = (s: HistorySeries) => `${s.method ?? ''} ${s.name}`;
  for (const s of a?.history ? [a.history.aggregated, ...a.history.endpoints] : [])
    last.set(key(s), s.timestampsS[s.timestampsS.length - 1] ?? NaN);
  for (const s of b?.history ? [b.history.aggregated, ...b.history.endpoints] : []) {
    if ((s.timestampsS[0] ?? NaN) < (last.get(key(s)) ?? NaN)) return true;
  }
  return false;
}

function unwrap(reply: PartReply): FileResult {
  if (reply.ok) return reply.result;
  const e = reply.error;
  throw new LocustInputError(e.code === 'not_locust' ? 'not_locust' : 'unreadable', e.file, e.line, e.reason);
}

async function runPart(job: PartJob): Promise<PartReply> {
  try {
    return await parsePart(job, createReadStream, createFileParser);
  } catch (e) {
    if (!(e instanceof LocustInputError)) throw e;
    return { ok: false, error: { code: e.code, file: e.file, line: e.line, reason: e.reason } };
  }
}

function runInWorker(job: PartJob): Promise<PartReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job });
    worker.once('message', (reply: PartReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

interface SplitPlan {
  jobs: [PartJob, PartJob];
}

/** Where to split, or null when the file should be parsed whole. */
function planSplit(path: string, name: string, chosen: EncodingGuess | null): SplitPlan | null {
  const size = statSync(path).size;
  if (size < PARALLEL_MIN_BYTES) return null;
  const head = readRange(path, 0, Math.min(size, SNIFF_BYTES));
  const nl = head.indexOf(0x0a);
  // hand-built dialect or BOM: whole
  if (nl === -1 || head[0] === 0x22 || head[0] === 0xef || head[0] === 0xff || head[0] === 0xfe) return null;
  // Both halves decode with the encoding detected on the file's start (or chosen), and its confidence.
  const { encoding, confidence: encodingConfidence } = chosen ?? detectEncoding(head, size <= SNIFF_BYTES);
  const headerLine = trimTrailingCr(new TextDecoder(encoding).decode(head.subarray(0, nl)));
  const cls = classifyCsv(mapHeader(headerLine.split(','), false));
  if (cls === null || typeof cls === 'string' || cls.kind !== 'history') return null;
  const middle = Math.floor(size / 2);
  const window = readRange(path, middle, Math.min(size - middle, 1 << 20));
  const cut = window.indexOf(0x0a);
  if (cut === -1) return null;
  const split = middle + cut + 1;
  const header = head.subarray(0, nl + 1);
  return {
    jobs: [
      { path, name, encoding, encodingConfidence, header: null, start: 0, end: split },
      { path, name, encoding, encodingConfidence, header: new Uint8Array(header), start: split, end: size },
    ],
  };
}

function readRange(path: string, start: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, start);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** `line` without the \r characters that end it (a loop: /\r+$/ rescans a run of \r from each of them). */
function trimTrailingCr(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  return line.slice(0, end);
}
