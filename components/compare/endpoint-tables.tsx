'use client';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { SEARCH_INPUT } from '@/components/ui/form-styles';
import {
  failingEndpoints,
  filterEndpoints,
  heldUpEndpoints,
  HELD_UP_TOLERANCE,
  latencyEndpoints,
  SLOWEST_COUNT,
  slowestEndpoints,
  type EndpointView,
} from '@/lib/view/compare/endpoints';
import type { RunInfo } from '@/lib/view/compare/model';
import { CompareTable } from './compare-table';
import { useEndpoints } from './endpoints-context';
import { heldUpColumns, latencyColumns, slowestColumns } from './endpoint-columns';
import { failureColumns } from './failure-columns';

type Tab = 'failures' | 'latency' | 'slowest' | 'held-up';

const rowId = (r: EndpointView) => r.id;
const rowLabel = (r: EndpointView) => r.label;

interface Props {
  runs: RunInfo[];
  baseline: number;
  target: number;
}

/** The per-endpoint analysis: failures, latency changes, the slowest endpoints, and those that held up. */
/** The endpoints come from the CompareRowsProvider above, inside <WithCompareRows> (endpoints-context.tsx). */
export function EndpointTables({ runs, baseline, target }: Props) {
  const all = useEndpoints();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const filtered = useMemo(() => filterEndpoints(all, deferred), [all, deferred]);
  const lists = useMemo(
    () => ({
      failures: failingEndpoints(filtered),
      latency: latencyEndpoints(filtered, baseline, target),
      slowest: slowestEndpoints(filtered, target),
      'held-up': heldUpEndpoints(filtered, baseline, target),
    }),
    [filtered, baseline, target],
  );
  const columns = useMemo(
    () => ({
      failures: failureColumns(runs),
      latency: latencyColumns(baseline, target),
      slowest: slowestColumns(baseline, target),
      'held-up': heldUpColumns(baseline, target),
    }),
    [runs, baseline, target],
  );
  const newCount = useMemo(() => lists.failures.filter((r) => r.newFailures).length, [lists.failures]);
  const [tab, setTab] = useState<Tab>(() => (failingEndpoints(all).length > 0 ? 'failures' : 'latency'));
  const id = useId();
  const t = runs[target]?.name ?? 'the target';
  const b = runs[baseline]?.name ?? 'the baseline';
  const TABS: { id: Tab; label: string; count: number; note: string }[] = [
    {
      id: 'failures',
      label: 'Failures',
      count: lists.failures.length,
      note:
        `Endpoints with failures in any run${newCount > 0 ? `; ${newCount} failing only in ${t} (“new”)` : ''}. ` +
        'Failure rates are compared by rate, not count, with a two-proportion or Fisher exact test; ' +
        'p-values are Holm-adjusted for the number of endpoints tested at once; “inconclusive” = the test cannot ' +
        'tell; “insufficient data” = fewer than 30 requests in a run.',
    },
    {
      id: 'latency',
      label: 'Latency changes',
      count: lists.latency.length,
      note: `Median, P95 and max (ms) of ${t} (target) against ${b} (baseline), the largest P95 growth first.`,
    },
    {
      id: 'slowest',
      label: 'Slowest endpoints',
      count: lists.slowest.length,
      note: `The ${SLOWEST_COUNT} highest P95 in ${t} (target), with the figures of ${b} (baseline).`,
    },
    {
      id: 'held-up',
      label: 'Held up',
      count: lists['held-up'].length,
      note:
        `No failures in any run and P95 of ${t} (target) within ±${HELD_UP_TOLERANCE * 100}% of ${b} (baseline): ` +
        'what scaled well.',
    },
  ];
  const current = TABS.find((x) => x.id === tab)!;

  return (
    <Card title={`Endpoints (${all.length.toLocaleString('en-US')})`}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div
            role="tablist"
            aria-label="Endpoint tables"
            className="inline-flex flex-wrap rounded-lg border border-slate-300 bg-slate-50 p-0.5 text-sm"
          >
            {TABS.map((x) => (
              <button
                key={x.id}
                id={`${id}-${x.id}`}
                type="button"
                role="tab"
                aria-selected={tab === x.id}
                aria-controls={`${id}-panel`}
                onClick={() => setTab(x.id)}
                className={[
                  'rounded-md px-3 py-1.5',
                  tab === x.id
                    ? 'bg-white font-medium text-slate-900 shadow-sm'
                    : 'text-slate-600 hover:text-slate-900',
                ].join(' ')}
              >
                {x.label}{' '}
                <span
                  className={[
                    'num ml-0.5 rounded-full px-1.5 text-xs',
                    tab === x.id ? 'bg-slate-100 text-slate-700' : 'text-slate-500',
                  ].join(' ')}
                >
                  {x.count.toLocaleString('en-US')}
                </span>
              </button>
            ))}
          </div>
          <div className="relative w-full max-w-xs">
            <label htmlFor={`${id}-filter`} className="sr-only">
              Filter endpoints by method or name
            </label>
            <svg
              aria-hidden
              viewBox="0 0 20 20"
              className="pointer-events-none absolute top-2.5 left-2.5 h-4 w-4 text-slate-400"
              fill="none"
              stroke="currentColor"
              strokeWidth={1.8}
            >
              <circle cx="9" cy="9" r="5.5" />
              <path d="M13.5 13.5L17 17" strokeLinecap="round" />
            </svg>
            <input
              id={`${id}-filter`}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Filter by method or name…"
              className={SEARCH_INPUT}
            />
          </div>
        </div>
        <p className="text-xs text-slate-500" aria-live="polite">
          {current.note}
          {deferred &&
            ` Filtered by “${deferred}”: ${filtered.length.toLocaleString('en-US')} of ` +
              `${all.length.toLocaleString('en-US')} endpoints match.`}
        </p>
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
          <CompareTable
            key={tab}
            rows={lists[tab]}
            columns={columns[tab]}
            getRowId={rowId}
            rowLabel={rowLabel}
            label={current.label}
            rowHeight={tab === 'failures' ? 44 : 36}
            empty={
              deferred
                ? `No endpoint matches “${deferred}” here.`
                : tab === 'failures'
                  ? 'No failures in any run.'
                  : tab === 'held-up'
                    ? 'No endpoint stayed failure-free with a stable P95.'
                    : 'No endpoint has latency figures in both runs.'
            }
          />
        </div>
      </div>
    </Card>
  );
}
