'use client';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Card } from '@/components/ui/card';
import { segmentOption } from '@/components/ui/form-styles';
import { filterEndpoints } from '@/lib/view/compare/endpoints';
import { HEAT_STEPS, heatCellLabel, heatCellText, heatmapRows, heatStep } from '@/lib/view/compare/heatmap';
import type { RunInfo } from '@/lib/view/compare/model';
import { formatMs } from '@/lib/domain/format/format';
import { formatUsers } from '@/lib/domain/report/metric-format';
import { useEndpoints } from './endpoints-context';
import { RunSwatch } from './run-swatch';

const PAGE = 40;

interface Props {
  runs: RunInfo[];
  baseline: number;
}

/** Endpoint × run grid of the P95 change against the baseline: which endpoint regressed in which run.
 *  The endpoints come from the CompareRowsProvider above, inside <WithCompareRows> (endpoints-context.tsx). */
export function EndpointHeatmap({ runs, baseline }: Props) {
  const endpoints = useEndpoints();
  const all = useMemo(() => heatmapRows(endpoints, baseline), [endpoints, baseline]);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const [order, setOrder] = useState<'change' | 'name'>('change');
  const [limit, setLimit] = useState(PAGE);
  const rows = useMemo(() => {
    const filtered = filterEndpoints(all, deferred);
    return order === 'name' ? [...filtered].sort((a, b) => a.label.localeCompare(b.label)) : filtered;
  }, [all, deferred, order]);
  const shown = rows.slice(0, limit);
  const columns = runs.map((run, i) => ({ run, i })).filter(({ i }) => i !== baseline);
  const id = useId();
  const base = runs[baseline];

  return (
    <Card
      title="P95 change by endpoint and run"
      actions={<span className="text-xs text-slate-500">each run against the baseline {base?.name}</span>}
    >
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <div className="relative w-full max-w-xs">
            <label htmlFor={`${id}-q`} className="sr-only">
              Filter the heatmap by method or name
            </label>
            <input
              id={`${id}-q`}
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setLimit(PAGE);
              }}
              placeholder="Filter by method or name…"
              className={[
                'w-full rounded-lg border border-slate-300 px-3 py-1.5 text-sm shadow-sm',
                'focus:border-brand-500 focus:ring-2 focus:ring-brand-100 focus:outline-none',
              ].join(' ')}
            />
          </div>
          <div
            role="radiogroup"
            aria-label="Order of the endpoints"
            className="inline-flex rounded-lg border border-slate-300 bg-slate-50 p-0.5 text-sm"
          >
            {(['change', 'name'] as const).map((o) => (
              <button
                key={o}
                type="button"
                role="radio"
                aria-checked={order === o}
                onClick={() => setOrder(o)}
                className={`rounded-md px-2.5 py-1 ${segmentOption(order === o)}`}
              >
                {o === 'change' ? 'Largest change first' : 'By name'}
              </button>
            ))}
          </div>
          <Legend />
        </div>
        <div
          className="max-h-[640px] w-fit max-w-full overflow-auto rounded-lg border border-slate-200"
          role="region"
          aria-label="Heatmap of P95 change"
          tabIndex={0}
        >
          <table className="border-separate border-spacing-0 text-xs">
            <caption className="sr-only">
              P95 change of each endpoint in each run against the baseline {base?.name}; the baseline P95 is in the
              second column.
            </caption>
            <thead>
              <tr>
                <th
                  scope="col"
                  className={[
                    'sticky top-0 left-0 z-30 w-72 max-w-72 min-w-72 border-r border-b border-slate-200 bg-slate-50',
                    'px-3 py-2 text-left align-bottom font-semibold tracking-wide text-slate-600 uppercase',
                  ].join(' ')}
                >
                  Endpoint
                </th>
                <th
                  scope="col"
                  className={[
                    'sticky top-0 z-20 border-b border-slate-200 bg-slate-50 px-2 py-2',
                    'text-right align-bottom font-medium text-slate-600',
                  ].join(' ')}
                >
                  <span className="block">P95</span>
                  <span className="block text-[11px] font-normal text-slate-400">baseline</span>
                </th>
                {columns.map(({ run }) => (
                  <th
                    key={run.id}
                    scope="col"
                    title={`${run.name} · ${formatUsers(run.userCount)}`}
                    className={[
                      'sticky top-0 z-20 w-16 max-w-16 min-w-16 border-b border-slate-200',
                      'bg-slate-50 px-1 pt-2 pb-2 align-bottom font-medium text-slate-700',
                    ].join(' ')}
                  >
                    <span
                      className={[
                        'mx-auto block max-h-36 [transform:rotate(180deg)]',
                        'truncate text-left [writing-mode:vertical-rl]',
                      ].join(' ')}
                    >
                      {run.name}
                    </span>
                    <span
                      className={[
                        'mt-1.5 flex items-center justify-center gap-1',
                        'text-[11px] font-normal text-slate-500',
                      ].join(' ')}
                    >
                      <RunSwatch color={run.color} />
                      {run.userCount !== null ? `${run.userCount.toLocaleString('en-US')} u` : '?'}
                    </span>
                    {run.role === 'target' && (
                      <span
                        className={[
                          'mt-0.5 block text-center text-[10px] font-semibold',
                          'tracking-wide text-brand-700 uppercase',
                        ].join(' ')}
                      >
                        target
                      </span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.id}>
                  <th
                    scope="row"
                    className={[
                      'sticky left-0 z-10 w-72 max-w-72 min-w-72 truncate border-r border-b border-slate-100',
                      'border-r-slate-200 bg-white px-3 py-1 text-left font-normal text-slate-800',
                    ].join(' ')}
                    title={row.label}
                  >
                    {row.label}
                  </th>
                  <td className="num border-b border-slate-100 px-2 py-1 text-right whitespace-nowrap text-slate-600">
                    {formatMs(row.baselineP95)}
                  </td>
                  {columns.map(({ run, i }) => {
                    const cell = row.cells[i]!;
                    const label = heatCellLabel(row, cell, run.name);
                    if (cell.change === null) {
                      return (
                        <td
                          key={run.id}
                          title={label}
                          className={[
                            'border-b border-l border-white',
                            'bg-[repeating-linear-gradient(135deg,#f8fafc_0_4px,#e2e8f0_4px_5px)] px-1',
                            'py-1 text-center text-slate-400',
                          ].join(' ')}
                        >
                          <span aria-hidden>{cell.missing === 'absent' ? 'absent' : '—'}</span>
                          <span className="sr-only">{label}</span>
                        </td>
                      );
                    }
                    const step = heatStep(cell.change);
                    return (
                      <td
                        key={run.id}
                        title={label}
                        className="num border-b border-l border-white px-1 py-1 text-center font-medium"
                        style={{ backgroundColor: step.background, color: step.text }}
                      >
                        <span aria-hidden>{heatCellText(cell.change)}</span>
                        <span className="sr-only">{label}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
              {shown.length === 0 && (
                <tr>
                  <td colSpan={columns.length + 2} className="px-4 py-8 text-slate-500">
                    <span className="sticky left-4">
                      {deferred ? `No endpoint matches “${deferred}”.` : 'No endpoints.'}
                    </span>
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <span>
            {shown.length.toLocaleString('en-US')} of {rows.length.toLocaleString('en-US')} endpoints
            {order === 'change' ? ', the largest change in any run first' : ''}.
          </span>
          {shown.length < rows.length && (
            <button
              type="button"
              onClick={() => setLimit((l) => l + 100)}
              className="font-medium text-brand-600 hover:text-brand-700"
            >
              Show {Math.min(100, rows.length - shown.length)} more
            </button>
          )}
        </div>
      </div>
    </Card>
  );
}

function Legend() {
  return (
    <div
      className="ml-auto flex flex-wrap items-center gap-1 text-[11px] text-slate-600"
      aria-label="Colour scale: P95 change against the baseline"
    >
      <span className="mr-1">faster</span>
      {HEAT_STEPS.map((s) => (
        <span
          key={s.label}
          className="rounded px-1.5 py-0.5 font-medium"
          style={{ backgroundColor: s.background, color: s.text }}
        >
          {s.label}
        </span>
      ))}
      <span className="ml-1">slower</span>
    </div>
  );
}
