'use client';
import { useEffect, useState } from 'react';
import type { UploadPreview } from '@/lib/view/upload/preview-model';
import type { PreviewReply, PreviewRequest } from './preview-messages';

export type PreviewState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'ready'; preview: UploadPreview }
  | { status: 'failed'; message: string };

/** Where the preview was computed: a Web Worker, or the main thread when workers are unavailable. */
export type PreviewEngine = 'worker' | 'main-thread';

/** Parses the selection in the browser (the server's import library) whenever it or the encodings chosen change. */
export function useUploadPreview(
  files: File[],
  encodings: Record<string, string>,
): { state: PreviewState; engine: PreviewEngine | null } {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const [engine, setEngine] = useState<PreviewEngine | null>(null);

  useEffect(() => {
    if (files.length === 0) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'reading' });
    let cancelled = false;
    let worker: Worker | null = null;
    const finish = (reply: PreviewReply, used: PreviewEngine) => {
      if (cancelled) return;
      setEngine(used);
      setState(reply.ok ? { status: 'ready', preview: reply.preview } : { status: 'failed', message: reply.message });
    };
    const fallback = () => {
      worker?.terminate();
      worker = null;
      void previewOnMainThread(files, encodings).then((reply) => finish(reply, 'main-thread'));
    };
    try {
      worker = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<PreviewReply>) => finish(e.data, 'worker');
      worker.onerror = (e) => {
        e.preventDefault();
        fallback();
      };
      worker.postMessage({ files, encodings } satisfies PreviewRequest);
    } catch {
      fallback();
    }
    return () => {
      cancelled = true;
      worker?.terminate();
    };
  }, [files, encodings]);

  return { state, engine };
}

/** Same work on the main thread, started after the next paint so "Reading files…" shows first. */
async function previewOnMainThread(files: File[], encodings: Record<string, string>): Promise<PreviewReply> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  try {
    const [{ buildPreview }, { previewRunHashes }] = await Promise.all([
      import('@/lib/view/upload/preview-model'),
      import('@/lib/view/upload/preview-hashes'),
    ]);
    const inputs = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const preview = buildPreview(inputs, encodings);
    return { ok: true, preview: { ...preview, runHashes: await previewRunHashes(inputs, preview).catch(() => null) } };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
