// A synthetic stepped Locust 1.2+ run (users 50 -> 100 -> 150 in one test): `_stats.csv` and
// `_stats_history.csv` texts, and the run parsed from them. Shared by the load-step tests.
import { parseUpload } from '../../lib/domain/locust/index';
import type { ParsedRun } from '../../lib/domain/locust/types';

// --- generator (GEN-BEGIN) -----------------------------------------------------------------------
export const T0 = 1_700_000_000;
const PCTS = ['50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%'];
const HISTORY_HEADER = [
  'Timestamp',
  'User Count',
  'Type',
  'Name',
  'Requests/s',
  'Failures/s',
  ...PCTS,
  'Total Request Count',
  'Total Failure Count',
  'Total Median Response Time',
  'Total Average Response Time',
  'Total Min Response Time',
  'Total Max Response Time',
  'Total Average Content Size',
].join(',');
const STATS_HEADER = [
  'Type',
  'Name',
  'Request Count',
  'Failure Count',
  'Median Response Time',
  'Average Response Time',
  'Min Response Time',
  'Max Response Time',
  'Average Content Size',
  'Requests/s',
  'Failures/s',
  ...PCTS,
].join(',');
/** Users at second k: 0 before start, ramps of 10/s, plateaus 50 (k 9–69), 100 (74–134), 150 (139–199),
 *  then stopped. */
function usersAt(k: number): number {
  if (k < 5 || k > 199) return 0;
  if (k < 9) return 10 * (k - 4);
  if (k <= 69) return 50;
  if (k < 74) return 50 + 10 * (k - 69);
  if (k <= 134) return 100;
  if (k < 139) return 100 + 10 * (k - 134);
  return 150;
}
type Entry = {
  type: string;
  name: string;
  from: number;
  inc: (k: number, u: number) => number;
  fail: (k: number, u: number) => number;
  p50: (k: number) => number;
};
const ENTRIES: Entry[] = [
  {
    type: 'GET',
    name: '/a',
    from: 5,
    inc: (k, u) => Math.floor(u * 0.2) + (k % 3),
    fail: (k) => (k % 7 === 0 ? 1 : 0),
    p50: (k) => 20 + usersAt(k - 5) + (k % 4) * 2,
  },
  {
    type: 'POST',
    name: '/b',
    from: 80,
    inc: (k, u) => Math.floor(u * 0.1) + (k % 2),
    fail: (k, u) => (u >= 100 && k % 5 === 0 ? 2 : 0),
    p50: (k) => 100 + 2 * usersAt(k - 5) + (k % 3) * 10,
  },
];
/** History + stats text; `reset`: stats reset between seconds 99 and 100
 *  (row 100 holds half that second's requests). */
export function generate(opts: { full: boolean; reset: boolean }): { history: string; stats: string } {
  const lines = [HISTORY_HEADER];
  const tot = ENTRIES.map(() => ({ r: 0, f: 0 }));
  const pct = (p50: number) => [p50, p50, p50, p50, 2 * p50, 3 * p50, 4 * p50, 5 * p50, 5 * p50, 5 * p50, 5 * p50];
  for (let k = 0; k <= 202; k++) {
    const u = usersAt(k);
    ENTRIES.forEach((e, i) => {
      const inc = u > 0 && k >= e.from ? e.inc(k, u) : 0;
      const fail = inc > 0 ? e.fail(k, u) : 0;
      if (opts.reset && k === 100) tot[i] = { r: Math.floor(inc / 2), f: Math.floor(fail / 2) };
      else tot[i] = { r: tot[i]!.r + inc, f: tot[i]!.f + fail };
    });
    const windowed = (e: Entry | null, first: number) => {
      const since = opts.reset && k >= 100 ? 100 : first;
      return k < since + 10 ? pct(0) : pct(e ? e.p50(k) : 30 + usersAt(k - 5) + (k % 5));
    };
    const row = (type: string, name: string, r: number, f: number, p: number[]) =>
      [
        T0 + k,
        u,
        type,
        name,
        '1.000000',
        '0.000000',
        ...(r === 0 ? PCTS.map(() => 'N/A') : p),
        r,
        f,
        r ? 80 : 0,
        r ? 85.5 : 0,
        r ? 12 : 0,
        r ? 400 : 0,
        r ? 1000 : 0,
      ].join(',');
    if (opts.full)
      ENTRIES.forEach(
        (e, i) => k >= e.from && lines.push(row(e.type, e.name, tot[i]!.r, tot[i]!.f, windowed(e, e.from))),
      );
    const all = tot.reduce((a, t) => ({ r: a.r + t.r, f: a.f + t.f }), { r: 0, f: 0 });
    lines.push(row('', 'Aggregated', all.r, all.f, opts.full ? windowed(null, 5) : pct(30 + usersAt(k) / 2)));
  }
  const statRow = (type: string, name: string, r: number, f: number) =>
    [type, name, r, f, 80, 85.5, 12, 400, 1000, (r / 190).toFixed(6), (f / 190).toFixed(6), ...pct(80)].join(',');
  const sum = tot.reduce((a, t) => ({ r: a.r + t.r, f: a.f + t.f }), { r: 0, f: 0 });
  const stats = [
    STATS_HEADER,
    ...ENTRIES.map((e, i) => statRow(e.type, e.name, tot[i]!.r, tot[i]!.f)),
    statRow('', 'Aggregated', sum.r, sum.f),
  ].join('\n');
  return { history: `${lines.join('\n')}\n`, stats: `${stats}\n` };
}
// --- generator (GEN-END) -------------------------------------------------------------------------

const enc = new TextEncoder();
export function synthetic(opts: { full: boolean; reset: boolean }): ParsedRun {
  const { history, stats } = generate(opts);
  return parseUpload([
    { name: 'stepped_stats.csv', bytes: enc.encode(stats) },
    { name: 'stepped_stats_history.csv', bytes: enc.encode(history) },
  ]).runs[0]!.run;
}
