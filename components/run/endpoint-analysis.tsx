'use client';
import { useCallback, useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { PercentileCard } from '@/components/charts/percentile-card';
import { sortPercentileKeys } from '@/lib/domain/charts/percentile-keys';
import type { EndpointStats } from '@/lib/domain/locust/types';
import type { PackedEndpoints } from '@/lib/domain/charts/pack-endpoints';
import { fromWire, type Wire } from '@/lib/domain/charts/wire';
import { AGGREGATED_ID, toEndpointRow, unpackRows } from './endpoint-rows';
import { EndpointTable } from './endpoint-table';

interface Props {
  aggregated: EndpointStats;
  /** Packed, as one JSON string (lib/domain/charts/wire.ts: thousands of endpoints cross cheaply). */
  endpoints: Wire<PackedEndpoints>;
}

/** Endpoint table and percentile chart; a row chosen in either drives the chart. */
export function EndpointAnalysis({ aggregated, endpoints: packed }: Props) {
  const unpacked = useMemo(() => fromWire(packed), [packed]);
  const rows = useMemo(() => unpackRows(unpacked), [unpacked]);
  const total = useMemo(() => toEndpointRow(aggregated, AGGREGATED_ID), [aggregated]);
  // The endpoints' keys (packed with them) and the Aggregated row's, in numeric order.
  const percentileKeys = useMemo(
    () => sortPercentileKeys([...unpacked.percentileKeys, ...Object.keys(aggregated.percentiles)]),
    [aggregated, unpacked],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = selectedId === null || selectedId === AGGREGATED_ID ? null : (rows[Number(selectedId)] ?? null);
  const select = useCallback((id: string | null) => setSelectedId(id === AGGREGATED_ID ? null : id), []);

  return (
    <>
      <Card title={`Endpoints (${rows.length.toLocaleString('en-US')})`}>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-500">
            This run has no per-endpoint statistics, only the Aggregated figures above.
          </p>
        ) : (
          <EndpointTable
            rows={rows}
            aggregated={total}
            percentileKeys={percentileKeys}
            selectedId={selectedId}
            onSelect={select}
          />
        )}
      </Card>
      <PercentileCard aggregated={total} endpoints={rows} selected={selected} onSelect={select} />
    </>
  );
}
