import type { UploadPreview } from '@/lib/upload/preview-model';

export interface PreviewRequest {
  files: File[];
}

export type PreviewReply = { ok: true; preview: UploadPreview } | { ok: false; message: string };
