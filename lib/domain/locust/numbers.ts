// Number and label helpers shared by every parser.

// `\d+(?:\.\d*)?`, not `\d+\.?\d*`: two adjacent digit runs backtrack quadratically on a long digit run.
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a numeric cell: ints, floats, `120.0`, exponent notation, `inf`.
 * Returns null for "no data" (`N/A`, empty, `None`); undefined when the text is not a number.
 */
export function readNumberCell(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '' || t === 'N/A' || t === 'None' || t === 'nan' || t === 'NaN') return null;
  if (NUMBER_RE.test(t)) return Number(t);
  if (t === 'inf' || t === 'Infinity') return Infinity;
  if (t === '-inf' || t === '-Infinity') return -Infinity;
  return undefined;
}

/** Canonical percentile key from a column label: "50%" -> "50", "57.0%" -> "57", "99.999" -> "99.999". */
export function percentileKeyFromLabel(label: string): string | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:%\s*)?$/.exec(label);
  if (!m || m[1] === undefined) return null;
  return canonicalPercent(Number(m[1]));
}

/** Canonical percentile key from a fraction: 0.95 -> "95", 0.999 -> "99.9", 1 -> "100". */
export function percentileKeyFromFraction(fraction: number): string {
  return canonicalPercent(fraction * 100);
}

function canonicalPercent(percent: number): string {
  // Round away float noise (0.95 * 100 = 95.00000000000001) at 6 decimals, like Locust's labels.
  return String(Number(percent.toFixed(6)));
}

/** Sort comparator for percentile keys ("50" < "99.9" < "100"). */
export function comparePercentileKeys(a: string, b: string): number {
  return Number(a) - Number(b);
}

/** Builds a NumericColumn from nullable values (null -> NaN). */
export function toColumn(values: readonly (number | null)[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? NaN;
  return out;
}

/** Reads a NumericColumn back as nullable values (NaN -> null). */
export function columnValues(column: ArrayLike<number>): (number | null)[] {
  const out: (number | null)[] = new Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    out[i] = Number.isNaN(v) ? null : v;
  }
  return out;
}
