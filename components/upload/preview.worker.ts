// Web Worker: reads the selected files and builds the upload preview off the main thread, so a
// large stats history does not freeze the page. Only the compact preview is posted back.
import { buildPreview } from '../../lib/upload/preview-model';
import type { PreviewReply, PreviewRequest } from './preview-messages';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: PreviewReply): void;
};

scope.onmessage = async (e) => {
  try {
    const inputs = await Promise.all(e.data.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    scope.postMessage({ ok: true, preview: buildPreview(inputs, e.data.encodings) });
  } catch (err) {
    scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
