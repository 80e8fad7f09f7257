// Timestamps shared by every parser: ISO-8601 strings, milliseconds only when non-zero.

/** Epoch ms -> "YYYY-MM-DDTHH:MM:SS[.mmm]Z"; with `utc` false the `Z` is dropped (zone unknown). */
export function isoFromMs(ms: number, utc: boolean): string {
  const iso = new Date(ms).toISOString().replace('.000Z', 'Z');
  return utc ? iso : iso.slice(0, -1);
}

/** Epoch seconds (any JSON value) -> ISO UTC, or null when not a finite number. */
export function isoFromEpochS(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const ms = value * 1000;
  return Number.isNaN(new Date(ms).getTime()) ? null : isoFromMs(ms, true);
}
