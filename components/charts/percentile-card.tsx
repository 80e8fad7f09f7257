'use client';
import { useId, useMemo } from 'react';
import { Card } from '@/components/ui/card';
import {
  preparePercentileSeries,
  toChartRows,
  type PercentileSource,
} from '@/lib/domain/charts/prepare-percentile-series';
import type { EndpointRow } from '@/components/run/endpoint-rows';
import { LazySelect } from '@/components/ui/lazy-select';
import { endpointLabel, msCell } from '@/lib/domain/format/cells';
import { COLORS } from './chart-theme';
import { PercentileChart, type PercentileLine } from './percentile-chart';

interface Props {
  aggregated: EndpointRow;
  endpoints: EndpointRow[];
  selected: EndpointRow | null;
  onSelect: (id: string | null) => void;
}

export function PercentileCard({ aggregated, endpoints, selected, onSelect }: Props) {
  const selectId = useId();
  const sources: PercentileSource[] = useMemo(
    () => [
      { id: 'aggregated', percentiles: aggregated.percentiles },
      ...(selected ? [{ id: 'selected', percentiles: selected.percentiles }] : []),
    ],
    [aggregated, selected],
  );
  const rows = useMemo(() => preparePercentileSeries(sources), [sources]);
  const lines: PercentileLine[] = [
    { id: 'aggregated', name: 'Aggregated', color: COLORS.brand },
    ...(selected
      ? [{ id: 'selected', name: endpointLabel(selected.method, selected.name), color: COLORS.compare }]
      : []),
  ];
  const options = useMemo(
    () => endpoints.map((e) => ({ value: e.id, label: endpointLabel(e.method, e.name) })),
    [endpoints],
  );

  return (
    <Card
      title="Response-time percentiles"
      actions={
        endpoints.length > 0 && (
          <div className="flex min-w-0 items-center gap-2">
            <label htmlFor={selectId} className="shrink-0 text-sm text-slate-500">
              Compare with
            </label>
            <LazySelect
              id={selectId}
              value={selected?.id ?? ''}
              onChange={(v) => onSelect(v || null)}
              emptyLabel="Aggregated only"
              options={options}
              className="w-72 max-w-full min-w-0"
            />
          </div>
        )
      }
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">The run&apos;s files carry no percentile columns.</p>
      ) : (
        <>
          <PercentileChart data={toChartRows(rows)} lines={lines} />
          <div className="relative mt-4 overflow-x-auto">
            <table className="w-full text-right text-xs">
              <caption className="sr-only">Percentile values in milliseconds</caption>
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
                {lines.map((line) => (
                  <tr key={line.id} className="border-t border-slate-100">
                    <th scope="row" className="max-w-64 truncate py-1.5 pr-3 text-left font-medium" title={line.name}>
                      <span
                        aria-hidden
                        className="mr-1.5 inline-block h-0.5 w-3 align-middle"
                        style={{ backgroundColor: line.color }}
                      />
                      {line.name}
                    </th>
                    {rows.map((r) => (
                      <td key={r.key} className="px-2 py-1.5">
                        {msCell(r.values[line.id])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-xs text-slate-500">
            Locust buckets response times (10 ms steps from 100 ms, 100 ms steps from 1 s), so percentiles carry about
            two significant digits; P100 is the bucket of the maximum.
          </p>
        </>
      )}
    </Card>
  );
}
