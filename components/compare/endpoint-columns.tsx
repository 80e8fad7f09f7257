// Columns of the compare page's endpoint tables (failures, latency, slowest, held up). Cells show
// bare numbers; units sit in the header's second line.
import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { failurePercentText, msCell } from '@/lib/domain/format/cells';
import { formatChange, formatCount, NONE } from '@/lib/domain/format/format';
import type { EndpointView } from '@/lib/view/compare/endpoints';
import { failureSignificance } from '@/lib/view/compare/endpoints';
import { formatPoints } from '@/lib/domain/report/metric-format';
import type { RunInfo } from '@/lib/view/compare/model';
import { StatusBadge } from './status-badge';

type Col = ColumnDef<EndpointView, unknown>;

export const METHOD_WIDTH = 92;
export const NAME_WIDTH = 248;

function numeric(
  id: string,
  header: string,
  unit: string | undefined,
  get: (r: EndpointView) => number | null | undefined,
  render: (r: EndpointView) => ReactNode,
  width = 96,
): Col {
  return {
    id,
    header,
    accessorFn: (r) => get(r) ?? undefined,
    sortingFn: 'basic',
    sortUndefined: 'last',
    sortDescFirst: true,
    meta: { width, align: 'right', unit, render },
  };
}

const identity: Col[] = [
  {
    id: 'method',
    header: 'Method',
    accessorFn: (r) => r.method ?? '',
    sortingFn: 'text',
    meta: {
      width: METHOD_WIDTH,
      align: 'left',
      stickyLeft: 0,
      render: (r) => <span className="font-mono text-xs text-slate-600">{r.method ?? ''}</span>,
    },
  },
  {
    id: 'name',
    header: 'Name',
    accessorFn: (r) => r.name,
    sortingFn: 'alphanumeric',
    meta: {
      width: NAME_WIDTH,
      align: 'left',
      stickyLeft: METHOD_WIDTH,
      render: (r) => (
        <span className="block truncate text-slate-900" title={r.label}>
          {r.name}
        </span>
      ),
    },
  },
];

/** "+121%", red when slower, green when faster by more than the 20% noise band. */
function changeCell(change: number | null): ReactNode {
  if (change === null) return <span className="text-slate-400">{NONE}</span>;
  const tone = change > 0.2 ? 'font-medium text-bad' : change < -0.2 ? 'text-ok' : 'text-slate-600';
  return <span className={tone}>{formatChange(change)}</span>;
}

const absent = (
  <span className="text-slate-400" title="Not in this run">
    {NONE}
  </span>
);

function twoLines(top: ReactNode, bottom: ReactNode): ReactNode {
  return (
    <span className="block leading-tight">
      <span className="block">{top}</span>
      <span className="block text-[11px] text-slate-500">{bottom}</span>
    </span>
  );
}

/** The failure-rate status (by rate, on the Holm-adjusted p-value) and the test in words beside it. */
function significanceCell(r: EndpointView): ReactNode {
  const s = failureSignificance(r);
  if (!s) return <span className="text-slate-400">{NONE}</span>;
  const tone = s.real === true ? 'font-medium text-slate-800' : 'text-slate-500';
  // The badge already says "Inconclusive": the test's p-value is all the text adds.
  const text = r.failureStatus === 'inconclusive' ? s.text.replace(/^inconclusive \((.*)\)$/, '$1') : s.text;
  return (
    <span className="flex items-center gap-1.5 text-xs">
      <StatusBadge status={r.failureStatus} />
      <span
        className={tone}
        title={s.real === null ? 'Fewer than 30 requests in a run: too few to judge a rate' : undefined}
      >
        {text}
      </span>
    </span>
  );
}

export function failureColumns(runs: RunInfo[]): Col[] {
  return [
    ...identity,
    ...runs.map((run, i) =>
      numeric(
        `rate${i}`,
        run.name,
        run.role === 'other' ? 'failure rate' : `rate · ${run.role}`,
        (r) => r.runs[i]?.failureRate,
        (r) => {
          const f = r.runs[i];
          if (!f) return absent;
          return twoLines(
            <span className={f.failures > 0 ? 'font-medium text-bad' : 'text-slate-500'}>
              {failurePercentText(f.failureRate)}
            </span>,
            `${formatCount(f.failures)} / ${formatCount(f.requests)}`,
          );
        },
        112,
      ),
    ),
    numeric(
      'change',
      'Change',
      'points',
      (r) => r.failureRateChange,
      (r) => (
        <span
          className={
            r.failureRateChange !== null && r.failureRateChange > 0
              ? 'font-medium text-bad'
              : r.failureRateChange !== null && r.failureRateChange < 0
                ? 'text-ok'
                : 'text-slate-500'
          }
        >
          {formatPoints(r.failureRateChange)}
        </span>
      ),
      104,
    ),
    {
      id: 'new',
      header: 'New',
      accessorFn: (r) => (r.newFailures ? 1 : 0),
      sortingFn: 'basic',
      sortDescFirst: true,
      meta: {
        width: 72,
        align: 'left',
        unit: 'failures',
        render: (r) =>
          r.newFailures ? (
            <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-bad">new</span>
          ) : null,
      },
    },
    {
      id: 'real',
      header: 'Status · is it real?',
      accessorFn: (r) => (r.insufficientData ? undefined : (r.failurePValueAdjusted ?? r.failurePValue ?? undefined)),
      sortingFn: 'basic',
      sortUndefined: 'last',
      meta: { width: 260, align: 'left', unit: 'failure rate · adjusted p', render: significanceCell },
    },
  ];
}

/** Baseline and target side by side for median, P95 and max, each with its change. */
export function latencyColumns(baseline: number, target: number): Col[] {
  const b = 'baseline';
  const t = 'target';
  const ms = (i: number, key: 'medianMs' | 'p95Ms' | 'maxMs') => (r: EndpointView) =>
    r.runs[i] ? msCell(r.runs[i]![key]) : absent;
  const trio = (
    key: 'medianMs' | 'p95Ms' | 'maxMs',
    label: string,
    change: (r: EndpointView) => number | null,
  ): Col[] => [
    numeric(`${key}B`, label, b, (r) => r.runs[baseline]?.[key], ms(baseline, key), 88),
    numeric(`${key}T`, label, t, (r) => r.runs[target]?.[key], ms(target, key), 88),
    numeric(`${key}C`, `${label} Δ`, 'change', change, (r) => changeCell(change(r)), 108),
  ];
  return [
    ...identity,
    ...trio('medianMs', 'Median', (r) => r.medianChange),
    ...trio('p95Ms', 'P95', (r) => r.p95Change),
    ...trio('maxMs', 'Max', (r) => r.maxChange),
  ];
}

/** The target's slowest endpoints by P95, with the baseline's figures (as the manual report's table). */
export function slowestColumns(baseline: number, target: number): Col[] {
  const b = 'baseline';
  const t = 'target';
  return [
    ...identity,
    numeric(
      'p95T',
      'P95',
      `ms · ${t}`,
      (r) => r.runs[target]?.p95Ms,
      (r) => <span className="font-semibold text-slate-900">{msCell(r.runs[target]?.p95Ms)}</span>,
      100,
    ),
    numeric(
      'p95B',
      'P95',
      `ms · ${b}`,
      (r) => r.runs[baseline]?.p95Ms,
      (r) => (r.runs[baseline] ? msCell(r.runs[baseline]!.p95Ms) : absent),
      100,
    ),
    numeric(
      'p95C',
      'P95 Δ',
      'change',
      (r) => r.p95Change,
      (r) => changeCell(r.p95Change),
      88,
    ),
    numeric(
      'maxT',
      'Max',
      `ms · ${t}`,
      (r) => r.runs[target]?.maxMs,
      (r) => msCell(r.runs[target]?.maxMs),
      100,
    ),
    numeric(
      'maxB',
      'Max',
      `ms · ${b}`,
      (r) => r.runs[baseline]?.maxMs,
      (r) => (r.runs[baseline] ? msCell(r.runs[baseline]!.maxMs) : absent),
      100,
    ),
    numeric(
      'maxC',
      'Max Δ',
      'change',
      (r) => r.maxChange,
      (r) => changeCell(r.maxChange),
      88,
    ),
    numeric(
      'failT',
      'Failures',
      `rate · ${t}`,
      (r) => r.runs[target]?.failureRate,
      (r) => {
        const f = r.runs[target];
        return f ? (
          <span className={f.failures > 0 ? 'font-medium text-bad' : 'text-slate-500'}>
            {failurePercentText(f.failureRate)}
          </span>
        ) : (
          absent
        );
      },
      100,
    ),
  ];
}

/** Endpoints that held up: requests, P95 and median in both runs, all failure-free. */
export function heldUpColumns(baseline: number, target: number): Col[] {
  const b = 'baseline';
  const t = 'target';
  return [
    ...identity,
    numeric(
      'reqB',
      'Requests',
      b,
      (r) => r.runs[baseline]?.requests,
      (r) => formatCount(r.runs[baseline]?.requests),
      100,
    ),
    numeric(
      'reqT',
      'Requests',
      t,
      (r) => r.runs[target]?.requests,
      (r) => formatCount(r.runs[target]?.requests),
      100,
    ),
    numeric(
      'p95B',
      'P95',
      `ms · ${b}`,
      (r) => r.runs[baseline]?.p95Ms,
      (r) => msCell(r.runs[baseline]?.p95Ms),
      100,
    ),
    numeric(
      'p95T',
      'P95',
      `ms · ${t}`,
      (r) => r.runs[target]?.p95Ms,
      (r) => msCell(r.runs[target]?.p95Ms),
      100,
    ),
    numeric(
      'p95C',
      'P95 Δ',
      'change',
      (r) => r.p95Change,
      (r) => changeCell(r.p95Change),
      88,
    ),
    numeric(
      'medC',
      'Median Δ',
      'change',
      (r) => r.medianChange,
      (r) => changeCell(r.medianChange),
      96,
    ),
  ];
}
