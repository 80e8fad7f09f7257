'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { INPUT } from '@/components/ui/form-styles';
import type { FailureDiffStatus } from '@/lib/domain/analysis/failure-analysis';
import { formatCount, NONE } from '@/lib/domain/format/format';
import {
  CATEGORY_WORDS,
  countByStatus,
  DIFF_STATUSES,
  DIFF_STATUS_WORDS,
  diffStatusTone,
  filterFailureDiffs,
  type ConcentrationRow,
  type FailureDiffRow,
} from '@/lib/view/compare/failure-messages';
import type { RunInfo } from '@/lib/view/compare/model';
import { CompareTable } from './compare-table';
import { RunSwatch } from './run-swatch';

const STATUS_TONE = {
  new: 'bad',
  grown: 'warn',
  shrunk: 'ok',
  resolved: 'ok',
  same: 'neutral',
  'not-comparable': 'neutral',
} as const;
const STATUS_RANK: Record<FailureDiffStatus, number> = {
  new: 0,
  grown: 1,
  shrunk: 2,
  resolved: 3,
  'not-comparable': 4,
  same: 5,
};

export function DiffStatusBadge({ status }: { status: FailureDiffStatus | null }) {
  if (status === null)
    return (
      <span className="text-xs text-slate-500" title="In another run only, neither baseline nor target">
        other run
      </span>
    );
  return (
    <span title={DIFF_STATUS_WORDS[status]} className="inline-flex">
      <Badge tone={STATUS_TONE[status]}>{status}</Badge>
    </span>
  );
}

type Col = ColumnDef<FailureDiffRow, unknown>;

const rowId = (r: FailureDiffRow) => r.id;
const rowLabel = (r: FailureDiffRow) => `${r.label}: ${r.example}`;

function columns(runs: RunInfo[]): Col[] {
  return [
    {
      id: 'status',
      header: 'Status',
      accessorFn: (r) => (r.status === null ? 9 : STATUS_RANK[r.status]),
      sortingFn: 'basic',
      meta: { width: 96, align: 'left', unit: 'vs baseline', render: (r) => <DiffStatusBadge status={r.status} /> },
    },
    {
      id: 'name',
      header: 'Endpoint',
      accessorFn: (r) => r.label,
      sortingFn: 'alphanumeric',
      meta: {
        width: 256,
        align: 'left',
        unit: 'ids folded into [id]',
        render: (r) => (
          <span className="block truncate text-slate-900" title={r.label}>
            {r.method && (
              <>
                <span className="font-mono text-xs text-slate-500">{r.method}</span>{' '}
              </>
            )}
            {r.name}
          </span>
        ),
      },
    },
    {
      id: 'error',
      header: 'Error',
      accessorFn: (r) => r.example,
      sortingFn: 'alphanumeric',
      meta: {
        width: 340,
        align: 'left',
        unit: 'one example, as written',
        render: (r) => (
          <span
            className={[
              'line-clamp-2 font-mono text-[11px] leading-snug',
              '[overflow-wrap:anywhere] whitespace-normal text-bad',
            ].join(' ')}
            title={r.example}
          >
            {r.example}
          </span>
        ),
      },
    },
    {
      id: 'kind',
      header: 'Kind',
      accessorFn: (r) => r.kind,
      sortingFn: 'alphanumeric',
      meta: {
        width: 124,
        align: 'left',
        unit: 'category · code',
        render: (r) => (
          <span className="block leading-tight" title={r.kind}>
            <span className="block text-slate-800">{CATEGORY_WORDS[r.category]}</span>
            {r.statusCode !== null && <span className="block text-[11px] text-slate-500">HTTP {r.statusCode}</span>}
          </span>
        ),
      },
    },
    ...runs.map((run, i): Col => ({
      id: `occ${i}`,
      header: run.name,
      accessorFn: (r) => r.occurrences[i] ?? undefined,
      sortingFn: 'basic',
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: {
        width: 96,
        align: 'right',
        unit: run.role === 'other' ? 'occurrences' : run.role,
        render: (r) =>
          r.occurrences[i] == null ? (
            <span className="text-slate-400" title="Not in this run">
              {NONE}
            </span>
          ) : (
            <span className="font-medium text-slate-900">{formatCount(r.occurrences[i])}</span>
          ),
      },
    })),
    {
      id: 'change',
      header: 'Change',
      accessorFn: (r) => r.change ?? undefined,
      sortingFn: 'basic',
      sortUndefined: 'last',
      sortDescFirst: true,
      meta: {
        width: 112,
        align: 'right',
        unit: 'per request',
        render: (r) => (
          <span
            className={
              { bad: 'font-medium text-bad', ok: 'text-ok', neutral: 'text-slate-500' }[diffStatusTone(r.status)]
            }
          >
            {r.changeText}
          </span>
        ),
      },
    },
  ];
}

/** A status filter chip: the pressed one dark. */
const filterChip = (pressed: boolean) =>
  `rounded-full border px-2.5 py-1 ${
    pressed ? 'border-slate-700 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
  }`;

const TONE_CLASS = { ok: 'ok', warn: 'warn', bad: 'bad', neutral: 'neutral' } as const;

/** Error messages diffed between baseline and target (filter by status and text, sort any column),
 *  then where each run's failures are. */
export function FailureMessages({
  rows,
  concentration,
  runs,
  stepped,
}: {
  rows: FailureDiffRow[];
  concentration: ConcentrationRow[];
  runs: RunInfo[];
  stepped: boolean;
}) {
  const [statuses, setStatuses] = useState<FailureDiffStatus[]>([]);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const counts = useMemo(() => countByStatus(rows), [rows]);
  const shown = useMemo(() => filterFailureDiffs(rows, statuses, deferred), [rows, statuses, deferred]);
  const cols = useMemo(() => columns(runs), [runs]);
  const id = useId();
  const toggle = (s: FailureDiffStatus) =>
    setStatuses((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]));
  const anyFailures = concentration.some((c) => c.verdict !== 'none');

  return (
    <Card
      title={`Failure messages (${rows.length})`}
      actions={
        <span className="text-xs text-slate-500">Locust’s failures table, diffed; new / grown / shrunk at ±25%</span>
      }
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">
          {stepped
            ? 'Locust records failure messages for the whole run, not per step, so they cannot be diffed between ' +
              'steps; failure counts per step are in the steps table.'
            : 'No failure messages in any run (or the runs were uploaded without their _failures.csv).'}
        </p>
      ) : (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div
              role="group"
              aria-label="Filter by status"
              data-print-hide
              className="flex flex-wrap items-center gap-1.5 text-sm"
            >
              <button
                type="button"
                aria-pressed={statuses.length === 0}
                onClick={() => setStatuses([])}
                className={filterChip(statuses.length === 0)}
              >
                All <span className="num ml-0.5 text-xs opacity-80">{rows.length}</span>
              </button>
              {DIFF_STATUSES.filter((s) => counts[s] > 0).map((s) => (
                <button
                  key={s}
                  type="button"
                  aria-pressed={statuses.includes(s)}
                  onClick={() => toggle(s)}
                  title={DIFF_STATUS_WORDS[s]}
                  className={filterChip(statuses.includes(s))}
                >
                  {s} <span className="num ml-0.5 text-xs opacity-80">{counts[s]}</span>
                </button>
              ))}
            </div>
            <div className="w-full max-w-xs">
              <label htmlFor={`${id}-filter`} className="sr-only">
                Filter failure messages by endpoint, error or kind
              </label>
              <input
                id={`${id}-filter`}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder="Filter by endpoint, error, 503…"
                className={INPUT}
              />
            </div>
          </div>
          <p className="text-xs text-slate-500" aria-live="polite">
            New = only in {runs.find((r) => r.role === 'target')?.name ?? 'the target'}; resolved = only in the
            baseline; grown / shrunk = at least 25% more / less often per request of the endpoint (its traffic changes
            too); not comparable = the other run never called the endpoint. Messages are matched with ids, tokens and
            addresses normalized.
            {(statuses.length > 0 || deferred) && ` Showing ${shown.length} of ${rows.length}.`}
          </p>
          <CompareTable
            rows={shown}
            columns={cols}
            getRowId={rowId}
            rowLabel={rowLabel}
            label="Failure messages"
            rowHeight={48}
            empty={
              `No failure message matches${deferred ? ` “${deferred}”` : ''}` +
              `${statuses.length > 0 ? ` with status ${statuses.join(' or ')}` : ''}.`
            }
          />
        </div>
      )}
      {anyFailures && (
        <div className={rows.length === 0 ? 'mt-4' : 'mt-5 border-t border-slate-100 pt-4'}>
          <h3 className="text-sm font-semibold text-slate-800">Where the failures are</h3>
          <ul className="mt-2 space-y-2 text-sm" aria-label="Failure concentration per run">
            {concentration.map((c) => {
              const run = runs[c.run];
              return (
                <li key={c.run} className="flex flex-wrap items-start gap-x-2 gap-y-1" data-run={run?.name}>
                  <span className="flex min-w-40 items-center gap-1.5 font-medium text-slate-800">
                    <RunSwatch color={run?.color ?? '#94a3b8'} />
                    {run?.name}
                  </span>
                  <Badge tone={TONE_CLASS[c.tone]}>{c.label}</Badge>
                  <span className="min-w-0 basis-full [overflow-wrap:anywhere] text-slate-700 sm:flex-1">
                    {c.evidence}
                    {c.meaning && <span className="text-slate-500"> — {c.meaning}.</span>}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="mt-2 text-xs text-slate-500">
            Concentrated: one endpoint or one error holds at least 60% of the failures. Spread: failures on at least
            half of the endpoints with requests. Fewer than 5 failures show no pattern.
          </p>
        </div>
      )}
    </Card>
  );
}
