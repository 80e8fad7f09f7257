import type { UploadPreview } from '@/lib/view/upload/preview-model';

export interface PreviewRequest {
  files: File[];
  /** File name -> encoding chosen by the user (zip entries: `archive/entry.csv`). */
  encodings: Record<string, string>;
}

export type PreviewReply = { ok: true; preview: UploadPreview } | { ok: false; message: string };
