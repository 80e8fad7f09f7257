// One uploaded file, read as its chunks arrive: parsed (lib/domain/locust's streaming parser), gzipped
// and hashed for storage at the same time, so a 200 MB history is never held whole. Zips are
// gathered whole (their directory is at the end); their files are inflated as they are parsed, one
// at a time, each at most the upload limit (`intakeZip`). Encodings the user chose (the `encodings`
// field) are applied by `applyEncodings` once the whole request is read.
import 'server-only';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { OriginalWriter, type StoredOriginal } from '../db/original-file';
import { badRequest } from './errors';
import { createFileParser, siblingEncodings, type FileResult } from '../../domain/locust/index';
import { encodingWarning, type EncodingGuess } from '../../domain/locust/text/decode';
import { decodesCleanlyAs } from '../../domain/locust/text/detect';
import { isZip, zipEntries } from '../../domain/locust/zip';
import { parseEncodingsField, unknownNamesMessage, type EncodingChoices } from '../../view/upload/encodings-field';
import { uploadLimitBytes } from './upload-limit';

const gunzipAsync = promisify(gunzip);

export type IntakeItem =
  { kind: 'parsed'; result: FileResult; original: StoredOriginal } | { kind: 'zip'; name: string; bytes: Uint8Array };

/** Chunk size when a file already in memory is fed to the parser (bytes). */
const FEED_CHUNK_BYTES = 1024 * 1024;
/** Other requests, the request's own body and the original's gzip get the event loop at least this often while a
 *  file is parsed (bytes). Each gzip write and each read of the socket waits for a turn: every MiB, the parser waited
 *  ~1.3 s of a 190 MB upload for them (gzip behind, body not read); every 256 KiB, ~0.3 s. */
const TURN_EVERY_BYTES = 256 * 1024;
const ZIP_MAGIC_BYTES = 4;

/** `encoding`: the user's choice for this file (else detected). */
export async function intakeFile(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  encoding?: string,
): Promise<IntakeItem> {
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
  return parseStreaming(name, first, next.done ? null : rest, encoding, true);
}

/** The same path for a file already in memory (fed in 1 MiB chunks). */
export function intakeBytes(name: string, bytes: Uint8Array, encoding?: string): Promise<IntakeItem> {
  return intakeFile(name, chunksOf(bytes, FEED_CHUNK_BYTES), encoding);
}

type Parsed = Extract<IntakeItem, { kind: 'parsed' }>;

/**
 * The files of a zip, each inflated as its parser reads it (lib/domain/locust/zip.ts: never whole, and
 * refused once past the upload limit or its declared size), in chunks of at most 1 MiB with the event
 * loop given to other requests in between (parseStreaming). `encodingOf`: the user's choice for an
 * entry (named `archive/entry.csv`), if any.
 */
export async function intakeZip(
  name: string,
  bytes: Uint8Array,
  encodingOf: (entry: string) => string | undefined = () => undefined,
): Promise<Parsed[]> {
  const parsed: Parsed[] = [];
  for (const entry of zipEntries(name, bytes, { entryBytes: uploadLimitBytes() })) {
    const chunks = slices(entry.chunks(), FEED_CHUNK_BYTES);
    parsed.push(await parseStreaming(entry.name, new Uint8Array(0), chunks, encodingOf(entry.name), false));
  }
  return parsed;
}

/**
 * Applies the `encodings` field (file name -> label; 400 for an unknown label or a name not in the
 * upload), then the encodings a run's files tell each other (encoding-hints.ts). Zips are expanded
 * here, so their entries (`archive/entry.csv`) take part; a file streamed in with another encoding
 * is parsed again from its stored original.
 */
export async function applyEncodings(items: IntakeItem[], field: string | undefined): Promise<IntakeItem[]> {
  const parsed = parseEncodingsField(field);
  if (!parsed.ok) throw badRequest(parsed.message);
  const choices = parsed.choices;
  const chosen = (name: string) => (Object.hasOwn(choices, name) ? choices[name] : undefined);
  const out: Parsed[] = [];
  for (const item of items) {
    if (item.kind === 'parsed') out.push(item);
    else out.push(...(await intakeZip(item.name, item.bytes, chosen)));
  }
  const unknown = unknownNamesMessage(
    choices,
    out.map((i) => i.result.info.name),
  );
  if (unknown !== null) throw badRequest(unknown);
  const withChoices = await Promise.all(out.map(async (i) => ({ ...i, result: await withChoice(i, choices) })));
  const hints = siblingEncodings(
    withChoices.map((i) => i.result),
    new Set(Object.keys(choices)),
  );
  return Promise.all(
    withChoices.map(async (item) => {
      const hint = hints.get(item.result.info.name);
      if (!hint) return item;
      const bytes = new Uint8Array(await gunzipAsync(item.original.gzip));
      if (!decodesCleanlyAs(bytes, hint.encoding)) return item;
      return { ...item, result: await parseAgain(item.result.info.name, bytes, hint) };
    }),
  );
}

async function withChoice(item: Parsed, choices: EncodingChoices): Promise<FileResult> {
  const { info } = item.result;
  const encoding = Object.hasOwn(choices, info.name) ? choices[info.name]! : null;
  if (encoding === null || (info.encodingConfidence === 1 && info.encoding === encoding)) return item.result;
  if (info.encoding === encoding) {
    // Detected right but unsure: the same text; only the confidence and its warning change.
    const warning = encodingWarning(info.name, { encoding, confidence: info.encodingConfidence ?? 0 });
    const warnings = item.result.warnings.filter((w) => w !== warning);
    return { ...item.result, info: { ...info, encodingConfidence: 1 }, warnings };
  }
  return parseAgain(info.name, new Uint8Array(await gunzipAsync(item.original.gzip)), { encoding, confidence: 1 });
}

/** Parses an original again with a given encoding, giving other requests the event loop between chunks. */
async function parseAgain(name: string, bytes: Uint8Array, guess: EncodingGuess): Promise<FileResult> {
  const parser = createFileParser(name, { encoding: guess.encoding, encodingConfidence: guess.confidence });
  for await (const chunk of chunksOf(bytes, FEED_CHUNK_BYTES)) {
    parser.push(chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return parser.end();
}

/** `drain`: read the rest after the parser refused the file (a request's body must still be consumed);
 *  else stop there (a zip entry: nothing more is inflated). */
async function parseStreaming(
  name: string,
  first: Uint8Array,
  rest: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | null,
  encoding: string | undefined,
  drain: boolean,
): Promise<Parsed> {
  const parser = createFileParser(name, encoding === undefined ? {} : { encoding });
  const writer = new OriginalWriter(name);
  let failure: unknown = null;
  let sinceYield = 0;
  const take = async (chunk: Uint8Array) => {
    // The chunk is gzipped on the thread pool while it is parsed here: one core each rather than one after the other.
    const stored = failure === null ? writer.write(chunk) : null;
    if (failure === null) {
      try {
        parser.push(chunk);
      } catch (e) {
        failure = e; // and when draining, keep reading: the rest of the request must still be consumed
      }
    }
    await stored;
    sinceYield += chunk.length;
    if (sinceYield >= TURN_EVERY_BYTES) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    if (first.length > 0) await take(first);
    if (rest)
      for await (const chunk of rest) {
        await take(chunk);
        if (failure !== null && !drain) break;
      }
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

/** The chunks cut to at most `size` bytes each. */
function* slices(chunks: Iterable<Uint8Array>, size: number): Iterable<Uint8Array> {
  for (const chunk of chunks) for (let i = 0; i < chunk.length; i += size) yield chunk.subarray(i, i + size);
}
