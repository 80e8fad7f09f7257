import type { Timeline } from '@/lib/domain/charts/prepare-timeline';
import { formatElapsed } from '@/lib/domain/charts/time-axis';

/** Where the points come from and how many were drawn. */
export function TimelineFootnote({ timeline, source }: { timeline: Timeline; source: 'csv' | 'html' }) {
  const from = source === 'csv' ? '_stats_history.csv' : 'the HTML report’s charts';
  const sampling =
    timeline.rowsPerPoint > 1
      ? `, each point combining ${timeline.rowsPerPoint} rows (rates averaged, users and percentiles at their maximum)`
      : '';
  return (
    <p className="border-t border-slate-100 pt-3 text-xs text-slate-500">
      {timeline.points.length.toLocaleString('en-US')} points over {formatElapsed(timeline.endS)} from {from}
      {sampling}. Gaps mark moments without data.
      {timeline.resetsS.length > 0 && ' Dashed lines mark stats resets.'}
    </p>
  );
}
