// How concentrated one run's failures are: one endpoint or error vs spread over endpoints. Pure.
import { formatCount, formatPercent } from '../format/format';
import type { ParsedRun } from '../locust/types';
import { foldPath } from './endpoint-groups';
import {
  CONCENTRATED_SHARE,
  failureKey,
  MIN_FAILURES_FOR_PATTERN,
  normalizeError,
  SPREAD_SHARE,
} from './failure-analysis';

export interface FailureConcentration {
  /** Sum of the endpoints' failure counts. */
  failures: number;
  /** The endpoint with most failures; share of `failures`. */
  topEndpoint: { method: string | null; name: string; failures: number; share: number } | null;
  /** The most frequent (method, name, normalized error) of the failures table; share of the table's occurrences. */
  topError: { method: string | null; name: string; error: string; occurrences: number; share: number } | null;
  endpointsWithFailures: number;
  endpointsWithRequests: number;
  /** none: no failures; too-few: under MIN_FAILURES_FOR_PATTERN; mixed: neither concentrated nor spread. */
  verdict: 'none' | 'too-few' | 'concentrated' | 'spread' | 'mixed';
  /** One sentence saying what the counts show, and no more. */
  evidence: string;
}

/** How concentrated one run's failures are (counts and shares 0..1): one endpoint/error vs spread over endpoints. */
export function failureConcentration(run: ParsedRun): FailureConcentration {
  const failures = run.endpoints.reduce((s, e) => s + e.failures, 0);
  const withRequests = run.endpoints.filter((e) => e.requests > 0);
  const endpointsWithFailures = withRequests.filter((e) => e.failures > 0).length;
  const top = run.endpoints.reduce<ParsedRun['endpoints'][number] | null>(
    (best, e) => (e.failures > (best?.failures ?? 0) ? e : best),
    null,
  );
  const topEndpoint =
    top && failures > 0
      ? { method: top.method, name: top.name, failures: top.failures, share: top.failures / failures }
      : null;
  const errors = new Map<string, { method: string | null; name: string; error: string; occurrences: number }>();
  for (const f of run.failures) {
    const key = failureKey(f.method, f.name, f.error);
    const row = errors.get(key) ?? {
      method: f.method,
      name: foldPath(f.name),
      error: normalizeError(f.error),
      occurrences: 0,
    };
    row.occurrences += f.occurrences;
    errors.set(key, row);
  }
  const tableTotal = [...errors.values()].reduce((s, e) => s + e.occurrences, 0);
  const best = [...errors.values()].reduce<{
    method: string | null;
    name: string;
    error: string;
    occurrences: number;
  } | null>((b, e) => (e.occurrences > (b?.occurrences ?? 0) ? e : b), null);
  const topError = best && tableTotal > 0 ? { ...best, share: best.occurrences / tableTotal } : null;
  const base = { failures, topEndpoint, topError, endpointsWithFailures, endpointsWithRequests: withRequests.length };
  const where = `${endpointsWithFailures} of ${withRequests.length} endpoints with requests had failures`;
  const label = (e: { method: string | null; name: string }) => `${e.method ? `${e.method} ` : ''}${e.name}`;
  if (failures === 0) return { ...base, verdict: 'none', evidence: 'No endpoint recorded a failure.' };
  if (failures < MIN_FAILURES_FOR_PATTERN) {
    const only = `Only ${formatCount(failures)} failure${failures === 1 ? '' : 's'}`;
    return { ...base, verdict: 'too-few', evidence: `${only}, too few to show a pattern; ${where}.` };
  }
  const te = topEndpoint as NonNullable<typeof topEndpoint>;
  const share = `${formatCount(te.failures)} of ${formatCount(failures)} failures (${formatPercent(te.share, 0)})`;
  if (te.share >= CONCENTRATED_SHARE || (topError?.share ?? 0) >= CONCENTRATED_SHARE) {
    const sameEndpoint = topError !== null && topError.method === te.method && topError.name === foldPath(te.name);
    const n = topError?.occurrences ?? 0;
    const err =
      !topError || topError.share < CONCENTRATED_SHARE
        ? ''
        : sameEndpoint
          ? `, ${n === te.failures ? 'all' : `${formatCount(n)} of them`} with one error (${clip(topError.error)})`
          : `, and ${formatPercent(topError.share, 0)} of the failures table is one error on ${label(topError)} ` +
            `(${clip(topError.error)})`;
    return { ...base, verdict: 'concentrated', evidence: `${share} are on ${label(te)}${err}; ${where}.` };
  }
  if (withRequests.length > 0 && endpointsWithFailures / withRequests.length >= SPREAD_SHARE) {
    return {
      ...base,
      verdict: 'spread',
      evidence:
        `${where} (${formatPercent(endpointsWithFailures / withRequests.length, 0)}), and the most on one endpoint ` +
        `is ${share}, on ${label(te)}.`,
    };
  }
  return {
    ...base,
    verdict: 'mixed',
    evidence:
      `${where}, and the most on one endpoint is ${share}, on ${label(te)}: failures are neither in one place nor on ` +
      'half of the endpoints.',
  };
}

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);
