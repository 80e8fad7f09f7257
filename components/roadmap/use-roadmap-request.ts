'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import { apiSend } from '@/components/api/client';
import { errorMessage } from '@/components/api/errors';

export type RoadmapMethod = 'POST' | 'PATCH' | 'DELETE';

/**
 * Sends one roadmap change, then re-renders the page with the new roadmap (router.refresh()).
 * `busy` lasts until the refreshed page is shown; `error` names what went wrong (with the line of an import).
 */
export function useRoadmapRequest() {
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const send = useCallback(
    async <T = unknown>(
      method: RoadmapMethod,
      url: string,
      body?: unknown,
    ): Promise<{ ok: true; data: T | null } | { ok: false }> => {
      setSending(true);
      setError(null);
      try {
        const data = await apiSend<T | null>(method, url, body);
        startRefresh(() => router.refresh());
        return { ok: true, data };
      } catch (e) {
        setError(errorMessage(e));
        return { ok: false };
      } finally {
        setSending(false);
      }
    },
    [router],
  );

  return { send, sending, busy: sending || refreshing, error, clearError: () => setError(null) };
}
