'use client';
// Asks the server which runs of the preview are stored already (POST /api/runs/check-duplicates with
// the sha256 the preview computed of each run's files). A check that fails or takes too long finds
// nothing: the upload is never held up by it (and POST /api/runs still answers duplicateOf).
import { useEffect, useState } from 'react';
import { apiSend } from '@/components/api/client';
import type { StoredDuplicate } from '@/lib/view/upload/duplicate-words';
import type { UploadPreview } from '@/lib/view/upload/preview-model';

const CHECK_TIMEOUT_MS = 5_000;

export interface DuplicateCheck {
  checking: boolean;
  /** run key -> stored runs with exactly its files, oldest first (only runs that have some). */
  byRun: Record<string, StoredDuplicate[]>;
  storeAnyway: boolean;
  setStoreAnyway: (yes: boolean) => void;
}

export function useDuplicateCheck(preview: UploadPreview | null): DuplicateCheck {
  const [result, setResult] = useState<{ of: UploadPreview; byRun: Record<string, StoredDuplicate[]> } | null>(null);
  const [storeAnyway, setStoreAnyway] = useState<{ of: UploadPreview } | null>(null);
  const hashes = preview?.runHashes ?? null;

  useEffect(() => {
    if (!preview || !hashes) return;
    const keys = preview.runs.map((r) => r.key).filter((k) => (hashes[k]?.length ?? 0) > 0);
    if (keys.length === 0) return;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), CHECK_TIMEOUT_MS);
    const done = (byRun: Record<string, StoredDuplicate[]>) =>
      !abort.signal.aborted && setResult({ of: preview, byRun });
    const body = { runs: keys.map((k) => ({ sha256: hashes[k] })) };
    type Answer = { runs: { duplicateOf: StoredDuplicate[] }[] };
    apiSend<Answer>('POST', '/api/runs/check-duplicates', body, { signal: abort.signal })
      .then((answer) => {
        const found = keys.flatMap((k, i) => {
          const duplicateOf = answer.runs[i]?.duplicateOf ?? [];
          return duplicateOf.length > 0 ? [[k, duplicateOf] as const] : [];
        });
        done(Object.fromEntries(found));
      })
      .catch(() => setResult({ of: preview, byRun: {} }))
      .finally(() => clearTimeout(timer));
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [preview, hashes]);

  const current = result !== null && result.of === preview;
  const needsCheck = preview !== null && hashes !== null && preview.runs.some((r) => (hashes[r.key]?.length ?? 0) > 0);
  return {
    checking: needsCheck && !current,
    byRun: current ? result.byRun : {},
    storeAnyway: storeAnyway !== null && storeAnyway.of === preview,
    setStoreAnyway: (yes) => setStoreAnyway(yes && preview ? { of: preview } : null),
  };
}
