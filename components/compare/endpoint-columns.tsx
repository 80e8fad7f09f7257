// Columns of the compare page's latency, slowest and held-up tables, and what the failures table
// (failure-columns.tsx) shares with them. Cells show bare numbers; units sit in the header's second line.
import type { ReactNode } from 'react';
import {
  formattedColumn,
  methodColumn,
  msColumn,
  nameColumn,
  numberColumn,
  type TableColumn,
} from '@/components/ui/table/columns';
import type { EndpointRunFigures } from '@/lib/domain/analysis/types';
import { failurePercentText, msCell } from '@/lib/domain/format/cells';
import { formatChange, formatCount, NONE } from '@/lib/domain/format/format';
import type { EndpointView } from '@/lib/view/compare/endpoints';

export type Col = TableColumn<EndpointView>;
type MsFigure = 'medianMs' | 'p95Ms' | 'maxMs';

export const METHOD_WIDTH = 92;
export const NAME_WIDTH = 248;

export const identityColumns: Col[] = [
  methodColumn(METHOD_WIDTH),
  nameColumn(NAME_WIDTH, METHOD_WIDTH, (r) => (
    <span className="block truncate text-slate-900" title={r.label}>
      {r.name}
    </span>
  )),
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

/** A run's failure rate, red when it has failures. */
export function failurePercent(f: EndpointRunFigures): ReactNode {
  return (
    <span className={f.failures > 0 ? 'font-medium text-bad' : 'text-slate-500'}>
      {failurePercentText(f.failureRate)}
    </span>
  );
}

/** A figure of run `run` (`width` px): `show` of its figures, or "—" where the endpoint is not in that run. */
export function runColumn(
  id: string,
  header: string,
  unit: string,
  run: number,
  value: (f: EndpointRunFigures) => number | null,
  show: (f: EndpointRunFigures) => ReactNode,
  width: number,
): Col {
  return numberColumn(
    id,
    header,
    unit,
    (r) => (r.runs[run] ? value(r.runs[run]) : undefined),
    (r) => (r.runs[run] ? show(r.runs[run]) : absent),
    width,
  );
}

/** Milliseconds of run `run` (`width` px); "—" where the endpoint is not in that run. */
const runMsColumn = (id: string, header: string, unit: string, run: number, key: MsFigure, width: number) =>
  runColumn(
    id,
    header,
    unit,
    run,
    (f) => f[key],
    (f) => msCell(f[key]),
    width,
  );

/** The target's change against the baseline (relative, `width` px). */
const changeColumn = (id: string, header: string, change: (r: EndpointView) => number | null, width: number) =>
  formattedColumn(id, header, 'change', change, changeCell, width);

/** Baseline and target side by side for median, P95 and max, each with its change. */
export function latencyColumns(baseline: number, target: number): Col[] {
  const trio = (key: MsFigure, label: string, change: (r: EndpointView) => number | null): Col[] => [
    runMsColumn(`${key}B`, label, 'baseline', baseline, key, 88),
    runMsColumn(`${key}T`, label, 'target', target, key, 88),
    changeColumn(`${key}C`, `${label} Δ`, change, 108),
  ];
  return [
    ...identityColumns,
    ...trio('medianMs', 'Median', (r) => r.medianChange),
    ...trio('p95Ms', 'P95', (r) => r.p95Change),
    ...trio('maxMs', 'Max', (r) => r.maxChange),
  ];
}

/** The target's slowest endpoints by P95, with the baseline's figures (as the manual report's table). */
export function slowestColumns(baseline: number, target: number): Col[] {
  const targetP95 = (r: EndpointView) => r.runs[target]?.p95Ms;
  return [
    ...identityColumns,
    formattedColumn(
      'p95T',
      'P95',
      'ms · target',
      targetP95,
      (ms) => <span className="font-semibold text-slate-900">{msCell(ms)}</span>,
      100,
    ),
    runMsColumn('p95B', 'P95', 'ms · baseline', baseline, 'p95Ms', 100),
    changeColumn('p95C', 'P95 Δ', (r) => r.p95Change, 88),
    msColumn('maxT', 'Max', 'ms · target', (r) => r.runs[target]?.maxMs, 100),
    runMsColumn('maxB', 'Max', 'ms · baseline', baseline, 'maxMs', 100),
    changeColumn('maxC', 'Max Δ', (r) => r.maxChange, 88),
    runColumn('failT', 'Failures', 'rate · target', target, (f) => f.failureRate, failurePercent, 100),
  ];
}

/** Endpoints that held up: requests, P95 and median in both runs, all failure-free. */
export function heldUpColumns(baseline: number, target: number): Col[] {
  return [
    ...identityColumns,
    formattedColumn('reqB', 'Requests', 'baseline', (r) => r.runs[baseline]?.requests, formatCount, 100),
    formattedColumn('reqT', 'Requests', 'target', (r) => r.runs[target]?.requests, formatCount, 100),
    msColumn('p95B', 'P95', 'ms · baseline', (r) => r.runs[baseline]?.p95Ms, 100),
    msColumn('p95T', 'P95', 'ms · target', (r) => r.runs[target]?.p95Ms, 100),
    changeColumn('p95C', 'P95 Δ', (r) => r.p95Change, 88),
    changeColumn('medC', 'Median Δ', (r) => r.medianChange, 96),
  ];
}
