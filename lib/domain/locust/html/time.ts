// Date/time parsing for report timestamps. Epoch values are seconds unless named `Ms`.

const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const TIME_ONLY_RE = /^(\d{1,2}):(\d{2}):(\d{2})$/;
const DAY_S = 86_400;

/**
 * "YYYY-MM-DD HH:MM:SS" or ISO-8601 -> epoch ms. Without a zone the wall clock is read as if it
 * were UTC (the caller knows whether it really is); `zoned` says whether the text carried a zone.
 */
export function parseDateTime(text: string): { ms: number; zoned: boolean } | null {
  const m = DATE_TIME_RE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (frac) ms += Math.round(Number(frac) * 1000);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(ms) ? { ms, zoned: zone !== undefined } : null;
}

/**
 * Chart time values -> epoch seconds. Full date-times are read directly; "HH:MM:SS" values get the
 * date of `anchorS` (the run start): the first one takes the day that puts it closest to the anchor,
 * later ones move to the next day when the clock goes back by more than 12 h (midnight wrap).
 * Returns null when a value is unreadable, or is time-only and there is no anchor.
 */
export function chartTimesToEpochS(values: unknown[], anchorS: number | null): number[] | null {
  const out: number[] = [];
  let dayStart: number | null = null;
  let prevSecondOfDay = 0;
  for (const value of values) {
    if (typeof value !== 'string') return null;
    const full = parseDateTime(value);
    if (full) {
      out.push(full.ms / 1000);
      continue;
    }
    const m = TIME_ONLY_RE.exec(value.trim());
    if (!m) return null;
    const sod = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    if (dayStart === null) {
      if (anchorS === null) return null;
      const base = Math.floor(anchorS / DAY_S) * DAY_S;
      const candidates = [base - DAY_S, base, base + DAY_S];
      dayStart = candidates.reduce((best, c) =>
        Math.abs(c + sod - anchorS) < Math.abs(best + sod - anchorS) ? c : best,
      );
    } else if (prevSecondOfDay - sod > DAY_S / 2) {
      dayStart += DAY_S;
    }
    prevSecondOfDay = sod;
    out.push(dayStart + sod);
  }
  return out;
}
