// The run page's Capacity section (ramp and step runs): the answer in one sentence, then the chart of users
// vs goodput (left axis) and P95 (right axis) with the peak and the P95 limit. Figures carry the precision
// the buckets support: goodput 2 significant digits ("~68"), ramp users 2 significant digits ("~150"; a
// ramp bucket is 5% of the peak wide), step users exact. The capacity itself is lib/domain/analysis/capacity.ts.
// Pure, no I/O.
import type { Capacity } from '../../domain/analysis/capacity';
import { RAMP_BUCKET_SHARE, RAMP_BUCKETS_ABOVE } from '../../domain/analysis/capacity';
import { niceTicks } from '../compare/scaling-curve';
import { formatMs } from '../../domain/format/format';

/** Where the P95 limit came from: the project's P95 criterion, or the page's `?p95LimitMs=`. */
export type LimitSource = 'project' | 'user';

/** Goodput "held" after the peak while the last point keeps at least this share of it (0..1); else it "fell". */
export const HELD_SHARE = 0.9;

export interface CapacityChartRow {
  users: number;
  /** Successful req/s; null when unknown. */
  goodputRps: number | null;
  p95Ms: number | null;
}

export interface CapacityView {
  /** The answer: peak, what followed, where P95 crossed the limit (or why it cannot be said). */
  sentence: string;
  rows: CapacityChartRow[];
  xTicks: number[];
  /** Left axis, req/s. */
  goodputTicks: number[];
  /** Right axis, ms; covers the limit. Empty when no P95 is known. */
  p95Ticks: number[];
  peak: { users: number; goodputRps: number; label: string } | null;
  limit: { ms: number; label: string; source: LimitSource } | null;
  /** Users from which P95 stayed above the limit (the analysis' usersAtP95Limit). */
  crossingUsers: number | null;
  /** The shaded region's legend: "P95 above the limit from ~170 users"; null without a crossing. */
  crossingText: string | null;
  /** How the points were made (buckets, windows), for the footnote. */
  method: string;
}

/** The run page's Capacity section: the view and where its P95 limit came from. */
export interface CapacitySection {
  view: CapacityView;
  shape: 'ramp' | 'steps';
  limitMs: number | null;
  source: LimitSource | null;
  /** The project's P95 criterion, ms, or null (shown beside a limit the user gave). */
  projectLimitMs: number | null;
  /** Why `?p95LimitMs=` was ignored, or null. */
  refused: string | null;
}

/** 2 significant digits: 67.65 → "68", 1,234 → "1,200", 0.456 → "0.46". */
export function sig2(x: number): string {
  return Number(x.toPrecision(2)).toLocaleString('en-US', { maximumFractionDigits: 12 });
}

const SOURCE_WORDS: Record<LimitSource, string> = {
  project: "the project's P95 criterion",
  user: 'the limit you gave',
};

/** Users as the sentence says them: ramp buckets to 2 significant digits, step loads exact. */
function usersText(users: number, shape: 'ramp' | 'steps'): string {
  return shape === 'ramp' ? `~${sig2(users)}` : users.toLocaleString('en-US');
}

function goodputClause(c: Capacity, shape: 'ramp' | 'steps'): string {
  const known = c.points.filter((p) => p.goodputRps !== null);
  const last = known[known.length - 1];
  if (c.peakGoodputRps === null || c.peakUsers === null || last === undefined) return 'Goodput per load is unknown';
  if (c.peakGoodputRps === 0) return 'No request succeeded at any load (goodput 0)';
  const peak = `~${sig2(c.peakGoodputRps)} successful req/s`;
  const at = shape === 'ramp' ? `around ${sig2(c.peakUsers)} users` : `at ${usersText(c.peakUsers, shape)} users`;
  if (last.users === c.peakUsers) {
    const top = shape === 'ramp' ? 'top of the ramp' : 'largest step';
    return `Goodput rose to ${peak} ${at}, the ${top}: no peak within the run`;
  }
  const lastAt = `${usersText(last.users, shape)} users`;
  if ((last.goodputRps as number) >= HELD_SHARE * c.peakGoodputRps) {
    const within = `${Math.round((1 - HELD_SHARE) * 100)}%`;
    return `Goodput peaked at ${peak} ${at} and held within ${within} of it up to ${lastAt}`;
  }
  const end = `~${sig2(last.goodputRps as number)} at ${lastAt}`;
  return `Goodput peaked at ${peak} ${at}, then fell as users kept rising (${end})`;
}

function p95Clause(c: Capacity, shape: 'ramp' | 'steps', source: LimitSource | null): string {
  const known = c.points.filter((p) => p.p95Ms !== null);
  const limit = c.p95LimitMs;
  if (known.length === 0) {
    const why = 'P95 per load is unknown (the history has no per-window percentiles)';
    return limit === null ? why : `${why}, so the ${formatMs(limit)} limit cannot be placed`;
  }
  if (limit === null || source === null) return 'no P95 limit: give one below to see where P95 crosses it';
  const by = `(${SOURCE_WORDS[source]})`;
  if (c.usersAtP95Limit !== null) {
    const verb = shape === 'ramp' ? 'stayed above' : 'was above';
    return `P95 ${verb} ${formatMs(limit)} from ${usersText(c.usersAtP95Limit, shape)} users ${by}`;
  }
  const upTo = `up to ${usersText(known[known.length - 1]!.users, shape)} users`;
  if (known.every((p) => (p.p95Ms as number) <= limit)) return `P95 stayed within ${formatMs(limit)} ${upTo} ${by}`;
  const single = `only in single buckets, never ${RAMP_BUCKETS_ABOVE} in a row`;
  return `P95 went above ${formatMs(limit)} ${single}, ${upTo} ${by}`;
}

/** The sentence: "Goodput peaked at ~68 successful req/s around 150 users, then fell …; P95 stayed above …". */
export function capacitySentence(c: Capacity, shape: 'ramp' | 'steps', source: LimitSource | null): string {
  return `${goodputClause(c, shape)}; ${p95Clause(c, shape, source)}.`;
}

/**
 * The section's view of a capacity curve. `shape`/`peakUsers`: the run's load profile (ramp bucket width);
 * `source`: where `c.p95LimitMs` came from (null when there is no limit); `ceilingMs`: the run's latency
 * ceiling (lib/domain/analysis/latency-ceiling.ts), P95 values there being lower bounds.
 */
export function capacityView(
  c: Capacity,
  shape: 'ramp' | 'steps',
  peakUsers: number,
  source: LimitSource | null,
  ceilingMs: number | null = null,
): CapacityView {
  const rows = c.points.map((p) => ({ users: p.users, goodputRps: p.goodputRps, p95Ms: p.p95Ms }));
  const maxUsers = Math.max(peakUsers, ...rows.map((r) => r.users));
  const goodputs = rows.flatMap((r) => (r.goodputRps === null ? [] : [r.goodputRps]));
  const p95s = rows.flatMap((r) => (r.p95Ms === null ? [] : [r.p95Ms]));
  const limit =
    c.p95LimitMs !== null && source !== null
      ? { ms: c.p95LimitMs, label: `P95 limit ${formatMs(c.p95LimitMs)}`, source }
      : null;
  // At the largest load the highest point is no peak (the sentence says so): labelled "highest".
  const atTop = c.peakUsers === rows.filter((r) => r.goodputRps !== null).at(-1)?.users;
  const peakLabel = (rps: number) => `${atTop ? 'highest' : 'peak'} ~${sig2(rps)}/s`;
  const peak =
    c.peakUsers !== null && c.peakGoodputRps !== null
      ? { users: c.peakUsers, goodputRps: c.peakGoodputRps, label: peakLabel(c.peakGoodputRps) }
      : null;
  return {
    sentence: capacitySentence(c, shape, source),
    rows,
    xTicks: niceTicks(maxUsers, true),
    goodputTicks: niceTicks(Math.max(0, ...goodputs) * 1.15),
    p95Ticks: p95s.length === 0 ? [] : niceTicks(Math.max(...p95s, limit?.ms ?? 0) * 1.05),
    peak,
    limit,
    crossingUsers: c.usersAtP95Limit,
    crossingText:
      limit && c.usersAtP95Limit !== null
        ? `P95 above the limit from ${usersText(c.usersAtP95Limit, shape)} users`
        : null,
    method: methodText(shape, peakUsers) + (ceilingMs !== null && p95s.length > 0 ? ceilingText(ceilingMs) : ''),
  };
}

function methodText(shape: 'ramp' | 'steps', peakUsers: number): string {
  if (shape === 'steps') {
    return (
      "One point per load step: goodput = successful requests ÷ the step's seconds" +
      " (from the cumulative counters); P95 = the median of the step's ~10 s window values from 10 s into it."
    );
  }
  const width = Math.max(1, Math.round(peakUsers * RAMP_BUCKET_SHARE));
  return (
    `Ramp rows up to the peak, in buckets of ${width.toLocaleString('en-US')} users` +
    ` (${Math.round(RAMP_BUCKET_SHARE * 100)}% of the peak; users = each bucket's mean):` +
    " goodput = successful requests ÷ seconds from the cumulative counters; P95 = the median of the bucket's" +
    ' ~10 s window values, which lag the user count by up to ~10 s.' +
    ` "Stayed above" needs ${RAMP_BUCKETS_ABOVE} buckets in a row above the limit.`
  );
}

/** " P95 at ~9.2 s …": the ceiling as the run's ceiling note says it (seconds to 2 significant digits). */
function ceilingText(ceilingMs: number): string {
  const at = ceilingMs >= 1000 ? `~${sig2(ceilingMs / 1000)} s` : `~${sig2(ceilingMs)} ms`;
  return ` P95 values at ${at}, the run's latency ceiling (likely a timeout), are lower bounds.`;
}

/** `?p95LimitMs=` of the page: a positive number of ms, else ignored with the reason. Absent → null, no reason. */
export function parseP95LimitParam(raw: string | string[] | undefined): {
  limitMs: number | null;
  refused: string | null;
} {
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (text === undefined || text === '') return { limitMs: null, refused: null };
  const ms = Number(text);
  if (Number.isFinite(ms) && ms > 0) return { limitMs: ms, refused: null };
  const refused = `p95LimitMs must be a positive number of milliseconds; "${text.slice(0, 40)}" ignored`;
  return { limitMs: null, refused };
}
