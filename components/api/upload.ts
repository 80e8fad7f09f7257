// POST /api/runs with XMLHttpRequest: unlike fetch, it reports upload progress. The one request
// of the app outside client.ts.
import { readUploadResponse, type UploadOutcome } from '@/lib/view/upload/upload-result';

export interface UploadRequest {
  promise: Promise<UploadOutcome | { ok: false; aborted: true }>;
  abort: () => void;
}

/** `onProgress` gets bytes sent and bytes in all; the outcome's errors are the upload's own view
 *  (title, file, line: lib/view/upload/upload-result.ts), as the upload page shows more than a message. */
export function sendUpload(
  files: File[],
  fields: [string, string][],
  onProgress: (loaded: number, total: number) => void,
): UploadRequest {
  const xhr = new XMLHttpRequest();
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  for (const [key, value] of fields) form.append(key, value);
  const promise = new Promise<UploadOutcome | { ok: false; aborted: true }>((resolve) => {
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.onload = () => resolve(readUploadResponse(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve(readUploadResponse(0, ''));
    xhr.onabort = () => resolve({ ok: false, aborted: true });
  });
  xhr.open('POST', '/api/runs');
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.send(form);
  return { promise, abort: () => xhr.abort() };
}
