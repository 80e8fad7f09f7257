// A sparkline as one SVG path (issue 19's matrix draws thousands: no chart library per row). The values
// (oldest first, null where a run has none: a gap) span the width; the lowest known value sits at the
// bottom, the highest at the top, a flat series in the middle. Coordinates in px, rounded to 0.1. Pure.

export interface Sparkline {
  /** The line ("M1,2L3,4…"); "" without a known value. A lone value between gaps is a dot-sized segment. */
  path: string;
  /** The newest known value's point; null without one. */
  last: { x: number; y: number } | null;
}

const r = (v: number) => Math.round(v * 10) / 10;

export function sparkline(values: readonly (number | null)[], widthPx: number, heightPx: number, padPx = 2): Sparkline {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return { path: '', last: null };
  const span = max - min;
  const stepX = values.length > 1 ? (widthPx - 2 * padPx) / (values.length - 1) : 0;
  const innerH = heightPx - 2 * padPx;
  const yOf = (v: number) => (span === 0 ? heightPx / 2 : padPx + innerH - ((v - min) / span) * innerH);
  const parts: string[] = [];
  let last: Sparkline['last'] = null;
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      drawing = false;
      return;
    }
    const x = r(values.length > 1 ? padPx + i * stepX : widthPx / 2);
    const y = r(yOf(v));
    const next = values[i + 1];
    const alone = !drawing && (next === null || next === undefined || !Number.isFinite(next));
    parts.push(`${drawing ? 'L' : 'M'}${x},${y}${alone ? `h0.1` : ''}`);
    drawing = true;
    last = { x, y };
  });
  return { path: parts.join(''), last };
}

/** x (px) of the boundary before each run that starts an era, between it and the run before. */
export function eraBreaksPx(eraOfRun: readonly number[], widthPx: number, padPx = 2): number[] {
  if (eraOfRun.length < 2) return [];
  const stepX = (widthPx - 2 * padPx) / (eraOfRun.length - 1);
  const out: number[] = [];
  for (let i = 1; i < eraOfRun.length; i++) {
    if (eraOfRun[i] !== eraOfRun[i - 1]) out.push(r(padPx + (i - 0.5) * stepX));
  }
  return out;
}
