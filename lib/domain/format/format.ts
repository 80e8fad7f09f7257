// Numbers as people write them in a review: 1,200 ms; 91.72%; +567%; 2 min 5 s. Null -> "—".

export const NONE = '—';

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Milliseconds: 1,200 ms; small values keep one decimal (4.5 ms); >= 10 s as seconds (12.3 s). */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return NONE;
  if (Math.abs(ms) >= 10_000) return `${(ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s`;
  if (Math.abs(ms) < 10 && ms !== Math.round(ms)) return `${ms.toFixed(1)} ms`;
  return `${int.format(ms)} ms`;
}

/** A count: 1,234,567. */
export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? NONE : int.format(n);
}

/** A fraction as a percentage: 0.9172 -> "91.72%". */
export function formatPercent(fraction: number | null | undefined, digits = 2): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return NONE;
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A relative change: 5.67 -> "+567%", -0.25 -> "−25%". */
export function formatChange(fraction: number | null | undefined, digits = 0): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return NONE;
  const pct = (fraction * 100).toFixed(digits);
  return fraction > 0 ? `+${pct}%` : fraction < 0 ? `−${pct.slice(1)}%` : `${pct}%`;
}

/** A rate per second: 13.04/s, 0.25/s. */
export function formatRate(perS: number | null | undefined): string {
  if (perS === null || perS === undefined || !Number.isFinite(perS)) return NONE;
  return `${perS.toLocaleString('en-US', { maximumFractionDigits: perS >= 100 ? 0 : 2 })}/s`;
}

/** Seconds: 45 s, 2 min 5 s, 1 h 2 min. */
export function formatDuration(s: number | null | undefined): string {
  if (s === null || s === undefined || !Number.isFinite(s)) return NONE;
  const total = Math.round(s);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return sec > 0 ? `${m} min ${sec} s` : `${m} min`;
  return `${sec} s`;
}

/** Bytes: 512 B, 1.5 KB, 3.2 MB. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return NONE;
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** A number kept to 6 significant digits for the trip to the browser (pages show at most 4); null stays null. */
export function toSixDigits(v: number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  // Whole numbers of at most 6 digits (counts, Locust's bucketed ms) are already exact: skip the string round trip.
  if (Number.isInteger(v) && v > -1e6 && v < 1e6) return v;
  return Number.isFinite(v) ? Number(v.toPrecision(6)) : v;
}
