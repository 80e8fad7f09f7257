// Web Worker: reads the selected files and builds the upload preview off the main thread, so a
// large stats history does not freeze the page. Only the compact preview (with the sha256 of each run's
// files, for the duplicate check) is posted back.
import { previewRunHashes } from '../../lib/view/upload/preview-hashes';
import { buildPreview } from '../../lib/view/upload/preview-model';
import type { PreviewReply, PreviewRequest } from './preview-messages';

/** The worker's global scope, as far as this file uses it (the project's types are the DOM's, not a worker's). */
interface PreviewWorkerScope {
  onmessage: ((e: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: PreviewReply): void;
}

const scope = self as PreviewWorkerScope;

scope.onmessage = async (e: MessageEvent<PreviewRequest>) => {
  try {
    const inputs = await Promise.all(
      e.data.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const preview = buildPreview(inputs, e.data.encodings);
    const runHashes = await previewRunHashes(inputs, preview).catch(() => null);
    scope.postMessage({ ok: true, preview: { ...preview, runHashes } });
  } catch (err) {
    scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
