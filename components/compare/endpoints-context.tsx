'use client';
// The comparison's rows (every endpoint, the attribution rows: ~1 MB on a 5,000-endpoint comparison) are not in the
// page: they are fetched once it is interactive (lib/view/compare/rows.ts) and unpacked once here for every section
// that lists them (the endpoint tables, the heatmap, the attribution tables, whose rows name endpoints by index).
// Those sections sit inside <WithCompareRows>, which shows what is coming, or what failed, until the rows are here.
import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import { loadCompareRows } from '@/components/api/compare-rows';
import { errorMessage } from '@/components/api/errors';
import { PendingSection } from '@/components/ui/pending-section';
import { unpackEndpoints, type EndpointView } from '@/lib/view/compare/endpoints';
import type { CompareRows } from '@/lib/view/compare/rows';

type RowsState =
  | { status: 'loading' }
  | { status: 'ready'; endpoints: EndpointView[]; rows: CompareRows }
  | { status: 'failed'; message: string };

const RowsContext = createContext<{ state: RowsState; retry: () => void } | null>(null);

/** `href`: the model's `hrefs.rows` (or a share link's own); keyed by it, so another comparison starts afresh. */
export function CompareRowsProvider(props: { href: string; baseline: number; target: number; children: ReactNode }) {
  const { href, baseline, target, children } = props;
  const [state, setState] = useState<RowsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    // One catch for the request and the unpacking: a 200 that is not the rows (a proxy's page) fails too.
    loadCompareRows(href, { signal: controller.signal })
      .then((rows) => {
        if (!Array.isArray(rows?.endpoints)) throw new Error('the server did not answer with the rows');
        const endpoints = unpackEndpoints(rows.endpoints, baseline, target);
        if (!controller.signal.aborted) setState({ status: 'ready', rows, endpoints });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', message: errorMessage(e) });
      });
    return () => controller.abort();
  }, [href, baseline, target, attempt]);
  const retry = () => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  };
  return <RowsContext value={{ state, retry }}>{children}</RowsContext>;
}

function useRowsState() {
  const value = use(RowsContext);
  if (value === null) throw new Error('compare rows need a CompareRowsProvider above them');
  return value;
}

function useReadyRows() {
  const { state } = useRowsState();
  if (state.status !== 'ready') throw new Error('compare rows are read inside <WithCompareRows> only');
  return state;
}

/** Its children once the rows are here; until then what is coming (`what`: "the endpoint tables"), or the failure
 *  with a way to try again. */
export function WithCompareRows({ what, children }: { what: string; children: ReactNode }) {
  const { state, retry } = useRowsState();
  if (state.status === 'ready') return children;
  if (state.status === 'loading') return <PendingSection>Loading {what}…</PendingSection>;
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-5 py-4 text-sm text-red-800">
      Could not load {what}: {state.message}{' '}
      <button type="button" onClick={retry} className="font-medium underline">
        Try again
      </button>
    </div>
  );
}

/** Every endpoint of the comparison, in its order (what `EndpointRef` indexes). Inside <WithCompareRows> only. */
export function useEndpoints(): EndpointView[] {
  return useReadyRows().endpoints;
}

/** The attribution rows (a row per endpoint). Inside <WithCompareRows> only. */
export function useAttributionRows(): Pick<CompareRows, 'latency' | 'failures'> {
  const { latency, failures } = useReadyRows().rows;
  return { latency, failures };
}
