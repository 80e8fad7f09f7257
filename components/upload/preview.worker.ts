// Web Worker: reads the selected files and builds the upload preview off the main thread, so a
// large stats history does not freeze the page. Only the compact preview (with the sha256 of each run's
// files, for the duplicate check) is posted back.
import { previewRunHashes } from '../../lib/view/upload/preview-hashes';
import { buildPreview } from '../../lib/view/upload/preview-model';
import type { PreviewReply, PreviewRequest } from './preview-messages';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: PreviewReply): void;
};

scope.onmessage = async (e) => {
  try {
    const inputs = await Promise.all(e.data.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const preview = buildPreview(inputs, e.data.encodings);
    const runHashes = await previewRunHashes(inputs, preview).catch(() => null);
    scope.postMessage({ ok: true, preview: { ...preview, runHashes } });
  } catch (err) {
    scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
