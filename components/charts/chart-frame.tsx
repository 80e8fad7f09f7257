import type { ReactNode } from 'react';

/**
 * A chart read as one image: `summary` (the numbers it shows, lib/domain/charts/chart-summary.ts) is its text
 * alternative. Draw the chart with `accessibilityLayer={false}`, so it is no tab stop either (Recharts' layer
 * makes each chart a focusable, unnamed "application").
 */
export function ChartFrame({
  summary,
  children,
  className,
}: {
  summary: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div role="img" aria-label={summary} className={className}>
      {children}
    </div>
  );
}
