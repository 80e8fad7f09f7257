'use client';
// The comparison's endpoints, unpacked once in the browser for every section that lists them (the
// endpoint tables, the heatmap, and the attribution tables, whose rows name endpoints by index): the
// thousands of packed rows cross from the server once, as one JSON string (lib/domain/charts/wire.ts).
import { createContext, use, useMemo, type ReactNode } from 'react';
import { fromWire, type Wire } from '@/lib/domain/charts/wire';
import { unpackEndpoints, type EndpointView, type PackedEndpoint } from '@/lib/view/compare/endpoints';

const EndpointsContext = createContext<EndpointView[] | null>(null);

export function EndpointsProvider({
  endpoints,
  baseline,
  target,
  children,
}: {
  endpoints: Wire<PackedEndpoint[]>;
  baseline: number;
  target: number;
  children: ReactNode;
}) {
  const all = useMemo(() => unpackEndpoints(fromWire(endpoints), baseline, target), [endpoints, baseline, target]);
  return <EndpointsContext value={all}>{children}</EndpointsContext>;
}

/** Every endpoint of the comparison, in its order (what `EndpointRef` indexes). */
export function useEndpoints(): EndpointView[] {
  const all = use(EndpointsContext);
  if (all === null) throw new Error('useEndpoints needs an EndpointsProvider above it');
  return all;
}
