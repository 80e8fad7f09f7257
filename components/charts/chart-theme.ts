// Colours and axis styling shared by every chart (hex values of the theme in app/globals.css).

export const COLORS = {
  brand: '#1f57cc',
  /** The brand colour, light: a secondary series beside a brand one (all requests beside goodput). */
  brandLight: '#a3bcee',
  compare: '#d97706',
  bad: '#b91c1c',
  /** Goodput (successful requests) in time series. */
  ok: '#15803d',
  users: '#0f766e',
  grid: '#e2e8f0',
  axis: '#64748b',
  reset: '#94a3b8',
} as const;

/** Stable colours for the usual percentiles; others take the fallback palette in order. */
const PERCENTILE_COLORS: Record<string, string> = {
  '50': '#0d9488',
  '66': '#0891b2',
  '75': '#2563eb',
  '80': '#4f46e5',
  '90': '#7c3aed',
  '95': '#d97706',
  '98': '#ea580c',
  '99': '#dc2626',
  '99.9': '#be123c',
  '99.99': '#9f1239',
  '100': '#4c0519',
};
const FALLBACK = ['#0369a1', '#65a30d', '#c026d3', '#a16207', '#475569'];

export function percentileColor(key: string, index: number): string {
  return PERCENTILE_COLORS[key] ?? FALLBACK[index % FALLBACK.length] ?? COLORS.brand;
}

export const AXIS_TICK = { fontSize: 12, fill: COLORS.axis } as const;

export const AXIS_PROPS = { tick: AXIS_TICK, tickLine: false, axisLine: { stroke: COLORS.grid }, stroke: COLORS.grid } as const;
