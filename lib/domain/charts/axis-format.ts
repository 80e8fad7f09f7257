// Compact tick labels for chart axes (the tooltips use the full formats of lib/domain/format).

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const small = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Milliseconds: 0, 250 ms, 1.05 s, 12.5 s (enough digits that neighbouring ticks never read alike). */
export function formatMsTick(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  if (Math.abs(ms) >= 1000) return `${Number((ms / 1000).toFixed(2))} s`;
  return ms === 0 ? '0' : `${Number(ms.toFixed(ms < 10 ? 1 : 0))} ms`;
}

/** Counts and rates: 0.45, 1.35, 950, 1.2K, 15K. */
export function formatCountTick(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Math.abs(n) < 10 ? small.format(n) : compact.format(n);
}
