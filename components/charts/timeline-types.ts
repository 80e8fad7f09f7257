import type { Timeline } from '@/lib/domain/charts/prepare-timeline';
import type { SeriesWindow } from '@/lib/domain/locust/types';

/** What the run page hands the time-series panel (serializable: prepared on the server). */
export interface TimelineHistory {
  /** Aggregated series, prepared and downsampled. */
  timeline: Timeline;
  window: SeriesWindow;
  semanticsNote: string;
  source: 'csv' | 'html';
  fullHistory: boolean;
  /** Endpoints that have their own series (full histories only). */
  endpointSeries: { method: string | null; name: string }[];
}
