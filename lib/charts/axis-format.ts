// Compact tick labels for chart axes (the tooltips use the full formats of lib/format).

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Milliseconds: 0, 250 ms, 1.5 s, 12 s. */
export function formatMsTick(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  if (Math.abs(ms) >= 1000) return `${Number((ms / 1000).toFixed(ms >= 10_000 ? 0 : 1))} s`;
  return ms === 0 ? '0' : `${Number(ms.toFixed(ms < 10 ? 1 : 0))} ms`;
}

/** Counts and rates: 950, 1.2K, 15K. */
export function formatCountTick(n: number): string {
  return Number.isFinite(n) ? compact.format(n) : '';
}
