// Failure messages diffed between runs by their rate per request of their endpoint (README "Failure
// messages"). Pure.
import { unwrapDoubleRepr } from '../locust/error-text';
import type { ParsedRun } from '../locust/types';
import { foldPath } from './endpoint-groups';
import {
  CHANGE_THRESHOLD,
  classifyFailure,
  failureKey,
  normalizeError,
  type FailureCategory,
  type FailureDiffStatus,
} from './failure-analysis';

export interface FailureDiff {
  method: string | null;
  /** Request name with ids folded (foldPath), so `/jobs/<uuid>` rows of two runs meet. */
  name: string;
  /** The normalized error text: what is compared between runs. */
  error: string;
  /** One error text as written (double repr removed): the target's if present, else the baseline's,
   *  else the first run's. */
  example: string;
  category: FailureCategory;
  statusCode: number | null;
  /** Occurrences per run (rows sharing the key summed); null when the error is absent from that run. */
  occurrences: (number | null)[];
  /** Occurrences per request of the endpoint (folded name) in each run; null when the run never called it. */
  rates: (number | null)[];
  /** Target vs baseline rate, relative (0.25 = +25%); null when either rate is unknown or the baseline's is 0. */
  change: number | null;
  /** Target vs baseline; null when the error is in neither (only in another run). */
  status: FailureDiffStatus | null;
}

/** Requests per (method, folded name) of one run: the denominator of a message's rate. */
function requestsByEndpoint(run: ParsedRun): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of run.endpoints) {
    const key = `${e.method ?? ''}\u0001${foldPath(e.name)}`;
    out.set(key, (out.get(key) ?? 0) + e.requests);
  }
  return out;
}

/** new / resolved / grown / shrunk / same by rate per request; not-comparable when a run has no requests there. */
function diffStatus(
  b: number | null,
  t: number | null,
  rb: number | null,
  rt: number | null,
): FailureDiffStatus | null {
  if (b === null && t === null) return null;
  if (rb === null || rt === null) return 'not-comparable';
  if (rb === 0 && rt > 0) return 'new';
  if (rb > 0 && rt === 0) return 'resolved';
  return rt >= rb * (1 + CHANGE_THRESHOLD) ? 'grown' : rt <= rb * (1 - CHANGE_THRESHOLD) ? 'shrunk' : 'same';
}

/** Error messages diffed between runs, keyed by (method, folded name, normalized error);
 *  compared by rate per request. */
export function diffFailures(runs: ParsedRun[], baseline: number, target: number): FailureDiff[] {
  const rows = new Map<
    string,
    { method: string | null; name: string; error: string; examples: (string | null)[]; occurrences: (number | null)[] }
  >();
  runs.forEach((run, i) => {
    for (const f of run.failures) {
      const key = failureKey(f.method, f.name, f.error);
      const row = rows.get(key) ?? {
        method: f.method,
        name: foldPath(f.name),
        error: normalizeError(f.error),
        examples: runs.map(() => null),
        occurrences: runs.map(() => null),
      };
      rows.set(key, row);
      row.occurrences[i] = (row.occurrences[i] ?? 0) + f.occurrences;
      row.examples[i] ??= unwrapDoubleRepr(f.error);
    }
  });
  const requests = runs.map(requestsByEndpoint);
  const rank: Record<FailureDiffStatus, number> = {
    new: 0,
    grown: 1,
    resolved: 2,
    shrunk: 3,
    'not-comparable': 4,
    same: 5,
  };
  return [...rows.values()]
    .map(({ method, name, error, examples, occurrences }) => {
      const rates = occurrences.map((n, i) => {
        const called = requests[i]!.get(`${method ?? ''}\u0001${name}`) ?? 0;
        return called > 0 ? Math.min(1, (n ?? 0) / called) : null;
      });
      const [b, t] = [occurrences[baseline] ?? null, occurrences[target] ?? null];
      const [rb, rt] = [rates[baseline] ?? null, rates[target] ?? null];
      const example = examples[target] ?? examples[baseline] ?? (examples.find((e) => e !== null) as string);
      const change = rb !== null && rt !== null && rb > 0 ? rt / rb - 1 : null;
      return {
        method,
        name,
        error,
        example,
        ...classifyFailure(example),
        occurrences,
        rates,
        change,
        status: diffStatus(b, t, rb, rt),
      };
    })
    .sort(
      (x, y) =>
        (x.status === null ? 9 : rank[x.status]) - (y.status === null ? 9 : rank[y.status]) ||
        (y.occurrences[target] ?? 0) - (x.occurrences[target] ?? 0),
    );
}
