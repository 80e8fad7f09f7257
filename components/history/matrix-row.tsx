'use client';
// One row of the endpoint trend matrix: the scope (a link that puts it on the chart), its sparkline, its newest
// value, its recent change (red for the worse, green for the better once it is as large as a change point may
// be) and its open change points (the sparkline turns red with one).
import Link from 'next/link';
import { memo } from 'react';
import { COLORS } from '@/components/charts/chart-theme';
import { Badge } from '@/components/ui/badge';
import type { TrendMetric } from '@/lib/domain/history/run-figures';
import { formatTrendValue, recentChangeWords, scopeText } from '@/lib/view/history/words';
import { Sparkline } from './sparkline';

export interface MatrixRowData {
  scope: string;
  values: (number | null)[];
  recentChange: number | null;
  openChangePoints: number;
}

export const ROW_HEIGHT_PX = 40;

const CELL = 'border-b border-slate-100 px-3 align-middle';
const TONE_TEXT = { bad: 'text-bad font-medium', ok: 'text-ok font-medium', neutral: 'text-slate-600' } as const;

export const MatrixRow = memo(function MatrixRow(props: {
  row: MatrixRowData;
  rowIndex: number;
  metric: TrendMetric;
  href: string;
  selected: boolean;
  eraBreaks: readonly number[];
}) {
  const { row, metric, selected } = props;
  const change = recentChangeWords(metric, row.recentChange);
  const newest = row.values.findLast((v) => v !== null) ?? null;
  const name = scopeText(row.scope);
  return (
    <tr
      aria-rowindex={props.rowIndex}
      aria-selected={selected}
      data-scope={row.scope}
      className={selected ? 'bg-brand-50' : 'bg-white'}
      style={{ height: ROW_HEIGHT_PX }}
    >
      <td
        className={`${CELL} sticky left-0 z-[5] border-r border-r-slate-200 ${selected ? 'bg-brand-50' : 'bg-white'}`}
        title={name}
      >
        <Link
          href={props.href}
          prefetch={false}
          className={`line-clamp-2 leading-4 break-all hover:underline ${
            row.scope === 'aggregate' ? 'font-semibold text-slate-900' : 'text-slate-800'
          }`}
          aria-current={selected ? 'true' : undefined}
        >
          {name}
        </Link>
      </td>
      <td className={CELL}>
        <Sparkline
          values={row.values}
          eraBreaks={props.eraBreaks}
          color={row.openChangePoints > 0 ? COLORS.bad : COLORS.brand}
        />
      </td>
      <td className={`${CELL} num text-right text-slate-800`}>{formatTrendValue(metric, newest)}</td>
      <td className={`${CELL} num text-right ${TONE_TEXT[change.tone]}`}>{change.text}</td>
      <td className={`${CELL} text-right`}>
        {row.openChangePoints > 0 ? (
          <Badge tone="warn">{row.openChangePoints} open</Badge>
        ) : (
          <span className="text-slate-400">—</span>
        )}
      </td>
    </tr>
  );
});
