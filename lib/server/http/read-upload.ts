// Reads a multipart upload as it streams in: the size limit is checked first (413 on the declared
// length, before the body is read) and again as bytes arrive; each file's chunks go to `intake`
// (parsed and gzipped on the fly), so no file is ever held whole unless intake chooses to.
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { badRequest, payloadTooLarge } from '../services/errors';
import { uploadLimitBytes } from '../services/upload-limit';

/** Files in one upload (zips count as one). */
const MAX_FILES = 1000;
const MAX_FIELD_BYTES = 1024 * 1024;

export interface Upload<T> {
  files: T[];
  fields: Record<string, string>;
}

export type FileIntake<T> = (name: string, chunks: AsyncIterable<Uint8Array>) => Promise<T>;

export async function readUpload<T>(request: Request, intake: FileIntake<T>): Promise<Upload<T>> {
  const limit = uploadLimitBytes();
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw payloadTooLarge(limit);
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data') || request.body === null) {
    throw badRequest('send the files as multipart/form-data (field `files`)');
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { files: MAX_FILES, fieldSize: MAX_FIELD_BYTES },
    });
  } catch {
    throw badRequest('the multipart body could not be read (no boundary in Content-Type)');
  }
  const fields: Record<string, string> = {};
  const pending: Promise<T>[] = [];
  let total = 0;
  let refusal: Error | null = null;

  async function* counted(stream: Readable): AsyncIterable<Uint8Array> {
    // After a refusal the rest is read and dropped (never destroyed: the request must complete).
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) refusal ??= payloadTooLarge(limit);
      if (refusal === null) yield chunk;
    }
  }

  parser.on('field', (key, value, info) => {
    if (info.valueTruncated) refusal ??= badRequest(`field \`${key}\` is longer than ${MAX_FIELD_BYTES} bytes`);
    fields[key] = value;
  });
  parser.on('file', (key, stream, info) => {
    if (key !== 'files' && key !== 'file') return void stream.resume();
    const result = intake(info.filename || 'upload', counted(stream));
    result.catch(() => stream.resume());
    pending.push(result);
  });
  parser.on('filesLimit', () => {
    refusal ??= badRequest(`at most ${MAX_FILES} files per upload; zip them`);
  });
  await new Promise<void>((resolve, reject) => {
    parser.once('close', resolve);
    parser.once('error', () => reject(badRequest('the multipart body could not be read')));
    const body = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.once('error', () => reject(badRequest('the upload was interrupted')));
    body.pipe(parser);
  });
  const settled = await Promise.allSettled(pending);
  if (refusal) throw refusal;
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return { files: settled.map((s) => (s as PromiseFulfilledResult<T>).value), fields };
}
