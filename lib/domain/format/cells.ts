// Table-cell and label text of the run page, comparison, charts and tables. Cells carry the unit
// in the column header, so they show bare numbers; null -> "—" (never 0).
import { NONE } from './format';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** Rates keep two decimals so a column of them lines up (1.00, 0.61). */
const rateDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Milliseconds without unit: 0.42, 10.6, 335, 4,397. */
export function msCell(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return NONE;
  const abs = Math.abs(ms);
  return abs < 1 ? twoDecimals.format(ms) : abs < 100 ? oneDecimal.format(ms) : grouped.format(ms);
}

/** Per-second rate without unit: 0.61, 9.33, 1,204. */
export function rateCell(perS: number | null | undefined): string {
  if (perS === null || perS === undefined || !Number.isFinite(perS)) return NONE;
  return perS >= 100 ? grouped.format(perS) : rateDecimals.format(perS);
}

/** A failure ratio as a percentage: 0 -> "0%", 0.000027 -> "<0.01%" (never a red "0.00%"), 0.0145 -> "1.45%". */
export function failurePercentText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return NONE;
  if (rate === 0) return '0%';
  if (rate < 0.0001) return '<0.01%';
  return `${(rate * 100).toFixed(2)}%`;
}

/** "1 kind", "5 kinds". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** failures / requests as a fraction; null without requests (locust-formats §9.3: may exceed 1). */
export function failureRate(failures: number, requests: number): number | null {
  return requests > 0 ? failures / requests : failures > 0 ? 1 : null;
}

/** ISO-8601 -> "2026-11-26 21:59:15 UTC" (same text on server and browser). */
export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return NONE;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "GET /login" or just the name when the method is unknown. */
export function endpointLabel(method: string | null, name: string): string {
  return method ? `${method} ${name}` : name;
}
