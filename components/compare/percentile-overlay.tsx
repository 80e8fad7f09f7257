import { msCell } from '@/lib/domain/format/cells';
import { Card } from '@/components/ui/card';
import type { RunInfo } from '@/lib/view/compare/model';
import { percentileChartRows, type PercentileOverlayRow } from '@/lib/view/compare/percentiles';
import { runKey } from '@/lib/domain/report/runs';
import { PercentileOverlayChart } from './percentile-overlay-chart';
import { RunSwatch } from './run-swatch';

/** P50..P99.9 and max of every run on one chart, and the same figures as a compact table. */
/** `over`: what the figures cover, "whole run" or "steady state" (`?window=steady`). */
export function PercentileOverlay({
  rows,
  runs,
  distribution,
  over = 'whole run',
}: {
  rows: PercentileOverlayRow[];
  runs: RunInfo[];
  distribution?: string[];
  over?: string;
}) {
  return (
    <Card
      title="Response-time percentiles"
      actions={<span className="text-xs text-slate-500">All endpoints (Aggregated), {over}</span>}
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">None of these runs carries percentile columns.</p>
      ) : (
        <>
          {distribution && distribution.length > 0 && (
            <ul className="mb-4 space-y-0.5 text-sm text-slate-700" aria-label="Response-time distribution in words">
              {distribution.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <PercentileOverlayChart
            data={percentileChartRows(rows)}
            lines={runs.map((r, i) => ({ id: runKey(i), name: r.name, color: r.color }))}
          />
          <div className="relative mt-4 overflow-x-auto">
            <table className="w-full text-right text-xs">
              <caption className="sr-only">Percentile values in milliseconds, one row per run</caption>
              <thead>
                <tr className="text-slate-500">
                  <th scope="col" className="py-1 pr-3 text-left font-medium">
                    ms
                  </th>
                  {rows.map((r) => (
                    <th key={r.key} scope="col" className="px-2 py-1 font-medium">
                      {r.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="num text-slate-800">
                {runs.map((run, i) => (
                  <tr key={run.id} className="border-t border-slate-100">
                    <th scope="row" className="max-w-64 py-1.5 pr-3 text-left font-medium" title={run.name}>
                      <span className="flex items-center gap-1.5">
                        <RunSwatch color={run.color} line />
                        <span className="truncate">{run.name}</span>
                        {run.role === 'baseline' && (
                          <span className="text-[11px] font-normal text-slate-500">baseline</span>
                        )}
                      </span>
                    </th>
                    {rows.map((r) => (
                      <td key={r.key} className="px-2 py-1.5">
                        {msCell(r.values[i])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-xs text-slate-500">
            Locust buckets response times (10 ms steps from 100 ms, 100 ms steps from 1 s), so percentiles carry about
            two significant digits; Max is the single slowest request.
          </p>
        </>
      )}
    </Card>
  );
}
