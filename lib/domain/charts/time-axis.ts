// Time axis helpers. Elapsed values are seconds since the series origin; clock values are Unix
// epoch seconds shown in UTC (server and browser then render the same text).

const TICK_STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

const pad = (n: number) => String(n).padStart(2, '0');

/** 75 -> "01:15"; 3725 -> "1:02:05". Negative values keep a leading minus. */
export function formatElapsed(seconds: number): string {
  if (!Number.isFinite(seconds)) return '';
  const sign = seconds < 0 ? '−' : '';
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${pad(m)}:${pad(s)}`;
}

/** Epoch seconds -> "14:28:31" (UTC). */
export function formatClockUtc(epochS: number): string {
  if (!Number.isFinite(epochS)) return '';
  const d = new Date(epochS * 1000);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function tickStep(spanS: number, target: number): number {
  return TICK_STEPS_S.find((s) => spanS / s <= target) ?? Math.ceil(spanS / target / 86400) * 86400;
}

/** Round tick positions from 0 to maxS (elapsed seconds), at most about `target` of them. */
export function elapsedTicks(maxS: number, target = 8): number[] {
  if (!Number.isFinite(maxS) || maxS <= 0) return [0];
  const step = tickStep(maxS, target);
  const ticks: number[] = [];
  for (let t = 0; t <= maxS + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/** Elapsed positions (0..maxS) whose clock time (originS + t, UTC) is round: 14:30:00, 14:32:00, … */
export function clockTicks(originS: number, maxS: number, target = 8): number[] {
  if (!Number.isFinite(originS) || !Number.isFinite(maxS) || maxS <= 0) return [0];
  const step = tickStep(maxS, target);
  const ticks: number[] = [];
  for (let clock = Math.ceil(originS / step) * step; clock <= originS + maxS + 1e-9; clock += step)
    ticks.push(clock - originS);
  return ticks;
}
