// Server-side: a stored run -> the serializable props of the run page (no Float64Array crosses
// to the client; the aggregated history is prepared and downsampled here).
import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { TimelineHistory } from '@/components/charts/timeline-types';
import { prepareTimeline } from '@/lib/charts/prepare-timeline';
import { columnsFromHistory } from '@/lib/charts/series-columns';
import type { StoredRun } from '@/lib/db/stored-run';
import { AppError } from '@/lib/http/errors';
import { getStoredRunOrThrow, listEndpointSeries } from '@/lib/services/runs-service';

/** One load per request, shared by generateMetadata and the page; unknown ids become a 404. */
export const loadRun = cache(async (id: string): Promise<StoredRun> => {
  try {
    return await getStoredRunOrThrow(id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});

export async function loadHistory(id: string, stored: StoredRun): Promise<TimelineHistory | null> {
  const history = stored.run.history;
  if (!history) return null;
  const timeline = prepareTimeline(columnsFromHistory(history.aggregated), { window: history.percentileWindow, resetsAtS: history.resetsAtS });
  if (timeline.points.length === 0) return null;
  const endpointSeries = history.fullHistory ? (await listEndpointSeries(id)).map(({ method, name }) => ({ method, name })) : [];
  return { timeline, window: history.percentileWindow, semanticsNote: history.semanticsNote, source: history.source, fullHistory: history.fullHistory, endpointSeries };
}
