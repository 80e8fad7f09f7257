// One matrix row's trend: a plain SVG path (thousands of rows: no chart library per row), faint era
// boundaries, and a dot on the newest value. Decorative: the row states the figures in words.
import { memo } from 'react';
import { COLORS } from '@/components/charts/chart-theme';
import { sparkline } from '@/lib/view/history/sparkline';

export const SPARK_WIDTH_PX = 160;
export const SPARK_HEIGHT_PX = 26;

export const Sparkline = memo(function Sparkline({
  values,
  eraBreaks,
  color,
}: {
  values: readonly (number | null)[];
  /** x (px) of era boundaries (the same for every row of the matrix). */
  eraBreaks: readonly number[];
  color: string;
}) {
  const { path, last } = sparkline(values, SPARK_WIDTH_PX, SPARK_HEIGHT_PX);
  return (
    <svg
      aria-hidden
      width={SPARK_WIDTH_PX}
      height={SPARK_HEIGHT_PX}
      viewBox={`0 0 ${SPARK_WIDTH_PX} ${SPARK_HEIGHT_PX}`}
      className="block overflow-visible"
    >
      {eraBreaks.map((x) => (
        <line key={x} x1={x} x2={x} y1={0} y2={SPARK_HEIGHT_PX} stroke={COLORS.reset} strokeDasharray="2 2" />
      ))}
      <path d={path} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      {last && <circle cx={last.x} cy={last.y} r={2.25} fill={color} />}
    </svg>
  );
});
