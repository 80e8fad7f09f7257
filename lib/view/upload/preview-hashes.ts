// The sha256 of each run's files in an upload preview, as the server stores them (RunFile.sha256: the
// bytes of each file as selected; a zip's entries each on their own, never the zip), for
// POST /api/runs/check-duplicates.
import { expandZips, type InputFile } from '../../domain/locust/index';
import type { UploadPreview } from './preview-model';
import { sha256HexAsync } from './sha256';

/** run key -> the hashes of the files that go into it (files left out are not sent, so not counted). */
export async function previewRunHashes(
  inputs: readonly InputFile[],
  preview: Pick<UploadPreview, 'files'>,
  digest: (bytes: Uint8Array) => Promise<string> = sha256HexAsync,
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [source, input] of inputs.entries()) {
    const files = preview.files.filter((f) => f.source === source && f.status === 'ok' && f.runKey !== null);
    if (files.length === 0) continue;
    const entries = files.some((f) => f.inZip) ? expandZips([input]) : [input];
    for (const file of files) {
      const entry = entries.find((e) => e.name === file.name);
      if (entry) (out[file.runKey!] ??= []).push(await digest(entry.bytes));
    }
  }
  return out;
}
