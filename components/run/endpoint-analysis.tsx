'use client';
import { useCallback, useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { PercentileCard } from '@/components/charts/percentile-card';
import { percentileKeysOf } from '@/lib/charts/percentile-keys';
import type { EndpointStats } from '@/lib/locust/types';
import { unpackEndpoints, type PackedEndpoints } from '@/lib/charts/pack-endpoints';
import { fromWire, type Wire } from '@/lib/charts/wire';
import { AGGREGATED_ID, toEndpointRow } from './endpoint-rows';
import { EndpointTable } from './endpoint-table';

interface Props {
  aggregated: EndpointStats;
  /** Packed, as one JSON string (lib/charts/wire.ts: thousands of endpoints cross cheaply). */
  endpoints: Wire<PackedEndpoints>;
}

/** Endpoint table and percentile chart; a row chosen in either drives the chart. */
export function EndpointAnalysis({ aggregated, endpoints: packed }: Props) {
  const endpoints = useMemo(() => unpackEndpoints(fromWire(packed)), [packed]);
  const rows = useMemo(() => endpoints.map((e, i) => toEndpointRow(e, String(i))), [endpoints]);
  const total = useMemo(() => toEndpointRow(aggregated, AGGREGATED_ID), [aggregated]);
  const percentileKeys = useMemo(() => percentileKeysOf([aggregated, ...endpoints]), [aggregated, endpoints]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = selectedId === null || selectedId === AGGREGATED_ID ? null : (rows[Number(selectedId)] ?? null);
  const select = useCallback((id: string | null) => setSelectedId(id === AGGREGATED_ID ? null : id), []);

  return (
    <>
      <Card title={`Endpoints (${endpoints.length.toLocaleString('en-US')})`}>
        {endpoints.length === 0 ? (
          <p className="text-sm text-slate-500">This run has no per-endpoint statistics, only the Aggregated figures above.</p>
        ) : (
          <EndpointTable rows={rows} aggregated={total} percentileKeys={percentileKeys} selectedId={selectedId} onSelect={select} />
        )}
      </Card>
      <PercentileCard aggregated={total} endpoints={rows} selected={selected} onSelect={select} />
    </>
  );
}
