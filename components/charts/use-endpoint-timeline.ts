'use client';
import { useEffect, useRef, useState } from 'react';
import { apiGet } from '@/components/api/client';
import { ApiError, errorMessage } from '@/components/api/errors';
import { prepareTimeline, type Timeline, type TimelineOptions } from '@/lib/domain/charts/prepare-timeline';
import { columnsFromApi, type NullableColumn } from '@/lib/domain/charts/series-columns';

export interface SeriesChoice {
  method: string | null;
  name: string;
}

export type EndpointTimelineState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; timeline: Timeline };

/** One endpoint's series from `GET /api/runs/:id/series`, prepared like the aggregated one (cached per endpoint). */
export function useEndpointTimeline(
  runId: string,
  choice: SeriesChoice | null,
  options: TimelineOptions,
): EndpointTimelineState {
  const cache = useRef(new Map<string, Timeline>());
  const [state, setState] = useState<EndpointTimelineState>({ status: 'idle' });
  const { window, originS } = options;
  const resetsKey = (options.resetsAtS ?? []).join(',');

  useEffect(() => {
    if (!choice) return setState({ status: 'idle' });
    const key = `${choice.method ?? ''}\u0000${choice.name}`;
    const cached = cache.current.get(key);
    if (cached) return setState({ status: 'ready', timeline: cached });
    const controller = new AbortController();
    setState({ status: 'loading' });
    const query = new URLSearchParams({ name: choice.name, ...(choice.method ? { method: choice.method } : {}) });
    const path = `/api/runs/${encodeURIComponent(runId)}/series?${query}`;
    apiGet<{ columns: Record<string, NullableColumn> }>(path, { signal: controller.signal })
      .then((body) => {
        const resetsAtS = resetsKey ? resetsKey.split(',').map(Number) : [];
        const timeline = prepareTimeline(columnsFromApi(body.columns), { window, originS, resetsAtS });
        cache.current.set(key, timeline);
        setState({ status: 'ready', timeline });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const answered = error instanceof ApiError && error.status > 0;
        const message = answered ? `The series could not be loaded (${error.status}).` : errorMessage(error);
        setState({ status: 'error', message });
      });
    return () => controller.abort();
  }, [runId, choice, window, originS, resetsKey]);

  return state;
}
