'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import { apiErrorText } from '@/lib/roadmap-view/api-paths';

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
    async <T = unknown>(method: RoadmapMethod, url: string, body?: unknown): Promise<{ ok: true; data: T | null } | { ok: false }> => {
      setSending(true);
      setError(null);
      try {
        const response = await fetch(url, {
          method,
          ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
        });
        const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
        if (!response.ok) throw new Error(apiErrorText(data, `The server answered ${response.status} ${response.statusText}`.trim()));
        startRefresh(() => router.refresh());
        return { ok: true, data: data as T | null };
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return { ok: false };
      } finally {
        setSending(false);
      }
    },
    [router],
  );

  return { send, sending, busy: sending || refreshing, error, clearError: () => setError(null) };
}
