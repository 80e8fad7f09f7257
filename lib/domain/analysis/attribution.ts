// Attribution: how much of a change in an aggregate each endpoint explains. Pure.
//
// Latency. Locust's Aggregated average is total response time / timed requests, and each endpoint's
// average is its own total / its timed requests. When every request was timed, the aggregate
// average is therefore exactly the request-weighted mean of the endpoint averages:
//   avg = Σ w_i·avg_i, w_i = n_i / Σ n_j,
// so the change splits exactly into Contribution_i = w_t,i·avg_t,i − w_b,i·avg_b,i (an endpoint in
// one run only contributes its present side). Requests logged without a response time
// (`response_time=None`) count in n_i but not in the average; the CSVs do not say how many, so the
// identity then breaks. The residual (Aggregated average − reconstruction) is reported per run so a
// caller can see when that happened (also when a format rounds averages to whole ms, e.g. 0.14).
// Endpoints with requests but no average cannot be weighted and are listed in `unattributed`.
import type { EndpointStats, ParsedRun } from '../locust/types';

export interface LatencyContribution {
  method: string | null;
  name: string;
  /** Share of the run's timed requests (0..1); null when the endpoint is not in that run. */
  weights: { baseline: number | null; target: number | null };
  avgMs: { baseline: number | null; target: number | null };
  /** w_t·avg_t − w_b·avg_b, in ms of the aggregate average. */
  contributionMs: number;
  /** contributionMs / totalChangeMs; null when the total change is 0. */
  share: number | null;
  /** Part from the endpoint's own average changing, at mid-point weights ((w_b+w_t)/2 · Δavg), ms;
   *  null when the endpoint is in one run only. slowdownMs + mixMs = contributionMs. */
  slowdownMs: number | null;
  /** Part from its share of requests changing (Δw · (avg_b+avg_t)/2), ms; null when in one run only. */
  mixMs: number | null;
}

export interface LatencyAttribution {
  /** The Aggregated rows' averages, ms. */
  reportedMs: { baseline: number | null; target: number | null };
  /** Σ w_i·avg_i over endpoints, ms; null for a run with no weighable endpoint. */
  reconstructedMs: { baseline: number | null; target: number | null };
  /** reported − reconstructed, ms (≈ 0 up to float error when every request was timed). */
  residualMs: { baseline: number | null; target: number | null };
  /** Σ contributions = reconstructed target − reconstructed baseline, ms. */
  totalChangeMs: number | null;
  /** Sorted by |contributionMs|, largest first. */
  endpoints: LatencyContribution[];
  /** Endpoints with requests but no average in a run: left out of both the weights and the sum. */
  unattributed: { method: string | null; name: string }[];
}

const key = (e: { method: string | null; name: string }) => `${e.method ?? ''}\u0001${e.name}`;

type Pair = { method: string | null; name: string; b: EndpointStats | null; t: EndpointStats | null };

/** pairs() by run pair: one comparison asks for the latency and the failure split of the same runs
 *  (thousands of endpoints each). Parsed runs are never changed once read, and the pairs are only read. */
const pairsByRuns = new WeakMap<ParsedRun, WeakMap<ParsedRun, readonly Pair[]>>();

/** Union of the two runs' endpoints, baseline order first. */
function pairs(b: ParsedRun, t: ParsedRun): readonly Pair[] {
  const byTarget = pairsByRuns.get(b) ?? new WeakMap<ParsedRun, readonly Pair[]>();
  pairsByRuns.set(b, byTarget);
  let found = byTarget.get(t);
  if (!found) byTarget.set(t, (found = unionOf(b, t)));
  return found;
}

function unionOf(b: ParsedRun, t: ParsedRun): Pair[] {
  const out = new Map<string, Pair>();
  for (const e of b.endpoints) out.set(key(e), { method: e.method, name: e.name, b: e, t: null });
  for (const e of t.endpoints) {
    const row = out.get(key(e)) ?? { method: e.method, name: e.name, b: null, t: null };
    row.t = e;
    out.set(key(e), row);
  }
  return [...out.values()];
}

const weighable = (e: EndpointStats | null): e is EndpointStats => e !== null && e.requests > 0 && e.avgMs !== null;
const timedRequests = (run: ParsedRun) => run.endpoints.filter(weighable).reduce((s, e) => s + e.requests, 0);

/** Each endpoint's contribution (ms and share) to the change of the aggregate average response time,
 *  target vs baseline. */
export function attributeLatency(runs: ParsedRun[], baseline: number, target: number): LatencyAttribution {
  const b = runs[baseline] as ParsedRun;
  const t = runs[target] as ParsedRun;
  const nb = timedRequests(b);
  const nt = timedRequests(t);
  const unattributed: { method: string | null; name: string }[] = [];
  const rows = pairs(b, t).flatMap(({ method, name, b: eb, t: et }) => {
    if ((eb && eb.requests > 0 && eb.avgMs === null) || (et && et.requests > 0 && et.avgMs === null))
      unattributed.push({ method, name });
    const sb = weighable(eb) && nb > 0 ? { w: eb.requests / nb, avg: eb.avgMs as number } : null;
    const st = weighable(et) && nt > 0 ? { w: et.requests / nt, avg: et.avgMs as number } : null;
    if (sb === null && st === null) return [];
    const contributionMs = (st ? st.w * st.avg : 0) - (sb ? sb.w * sb.avg : 0);
    const both = sb !== null && st !== null;
    return [
      {
        method,
        name,
        weights: { baseline: sb?.w ?? null, target: st?.w ?? null },
        avgMs: { baseline: sb?.avg ?? null, target: st?.avg ?? null },
        contributionMs,
        share: null as number | null,
        slowdownMs: both ? ((sb.w + st.w) / 2) * (st.avg - sb.avg) : null,
        mixMs: both ? (st.w - sb.w) * ((sb.avg + st.avg) / 2) : null,
      },
    ];
  });
  const recon = (run: ParsedRun, n: number) =>
    n > 0 ? run.endpoints.filter(weighable).reduce((s, e) => s + (e.requests / n) * (e.avgMs as number), 0) : null;
  const rb = recon(b, nb);
  const rt = recon(t, nt);
  const totalChangeMs = rb !== null && rt !== null ? rows.reduce((s, r) => s + r.contributionMs, 0) : null;
  for (const r of rows) r.share = totalChangeMs ? r.contributionMs / totalChangeMs : null;
  const residual = (reported: number | null, r: number | null) =>
    reported !== null && r !== null ? reported - r : null;
  return {
    reportedMs: { baseline: b.aggregated.avgMs, target: t.aggregated.avgMs },
    reconstructedMs: { baseline: rb, target: rt },
    residualMs: { baseline: residual(b.aggregated.avgMs, rb), target: residual(t.aggregated.avgMs, rt) },
    totalChangeMs,
    endpoints: rows.sort((x, y) => Math.abs(y.contributionMs) - Math.abs(x.contributionMs)),
    unattributed,
  };
}

export interface FailureContribution {
  method: string | null;
  name: string;
  /** Failure counts; null when the endpoint is not in that run. */
  failures: { baseline: number | null; target: number | null };
  /** Target − baseline failures (a missing side counts as 0 failures). */
  change: number;
  /** change / total change; null when the total change is 0. */
  share: number | null;
  /** f_t/N_t − f_b/N_b: the endpoint's part of the change in the aggregate failure rate, in points (fractions). */
  rateContribution: number | null;
}

export interface FailureAttribution {
  /** Σ endpoint failures, per run. */
  failures: { baseline: number; target: number };
  /** Target − baseline, Σ of the endpoints' changes. */
  totalChange: number;
  /** Sorted by |change|, largest first; endpoints with no failures in either run are left out. */
  endpoints: FailureContribution[];
}

/** Each endpoint's part (count and share) of the change in the failure count, and of the failure rate (points),
 *  target vs baseline. */
export function attributeFailures(runs: ParsedRun[], baseline: number, target: number): FailureAttribution {
  const b = runs[baseline] as ParsedRun;
  const t = runs[target] as ParsedRun;
  const sum = (run: ParsedRun, f: (e: EndpointStats) => number) => run.endpoints.reduce((s, e) => s + f(e), 0);
  const [fb, ft, nb, nt] = [
    sum(b, (e) => e.failures),
    sum(t, (e) => e.failures),
    sum(b, (e) => e.requests),
    sum(t, (e) => e.requests),
  ];
  const totalChange = ft - fb;
  const endpoints = pairs(b, t)
    .filter(({ b: eb, t: et }) => (eb?.failures ?? 0) > 0 || (et?.failures ?? 0) > 0)
    .map(({ method, name, b: eb, t: et }) => {
      const change = (et?.failures ?? 0) - (eb?.failures ?? 0);
      return {
        method,
        name,
        failures: { baseline: eb?.failures ?? null, target: et?.failures ?? null },
        change,
        share: totalChange !== 0 ? change / totalChange : null,
        rateContribution: nb > 0 && nt > 0 ? (et?.failures ?? 0) / nt - (eb?.failures ?? 0) / nb : null,
      };
    })
    .sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
  return { failures: { baseline: fb, target: ft }, totalChange, endpoints };
}
