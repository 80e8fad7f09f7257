// Reads a multipart upload: size limit first (413 before the body is read), then files and fields.
import type { InputFile } from '../locust/index';
import { badRequest, payloadTooLarge } from './errors';

/** SWARMLENS_UPLOAD_MAX_MB, default 512 MiB per request. */
export function uploadLimitBytes(): number {
  const mb = Number(process.env.SWARMLENS_UPLOAD_MAX_MB ?? 512);
  return (Number.isFinite(mb) && mb > 0 ? mb : 512) * 1024 * 1024;
}

export interface Upload {
  files: InputFile[];
  fields: Record<string, string>;
}

export async function readUpload(request: Request): Promise<Upload> {
  const limit = uploadLimitBytes();
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw payloadTooLarge(limit);
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    throw badRequest('send the files as multipart/form-data (field `files`)');
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest('the multipart body could not be read');
  }
  const files: InputFile[] = [];
  const fields: Record<string, string> = {};
  let total = 0;
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') {
      fields[key] = value;
      continue;
    }
    if (key !== 'files' && key !== 'file') continue;
    total += value.size;
    if (total > limit) throw payloadTooLarge(limit);
    files.push({ name: value.name || 'upload', bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return { files, fields };
}
