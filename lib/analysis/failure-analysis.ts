// Failures between runs: classification of Locust error texts (SPEC 4.2: str and repr forms,
// double repr, CatchResponseError, "for url: <name>"), a diff of error messages between runs, and
// how concentrated one run's failures are. Pure.
import { unwrapDoubleRepr } from '../locust/error-text';
import type { ParsedRun } from '../locust/types';
import { formatCount, formatPercent } from '../format/format';
import { foldPath, ID } from './endpoint-groups';

export type FailureCategory = 'http-5xx' | 'http-4xx' | 'csrf' | 'timeout' | 'connection' | 'assertion' | 'other';
/** By the rate per request of the endpoint; not-comparable: the other run never called the endpoint. */
export type FailureDiffStatus = 'new' | 'resolved' | 'grown' | 'shrunk' | 'same' | 'not-comparable';

/** grown / shrunk need at least this relative change in the rate per request of the endpoint. */
export const CHANGE_THRESHOLD = 0.25;
/** One endpoint (or one error) with at least this share of failures: concentrated. */
export const CONCENTRATED_SHARE = 0.6;
/** Failures on at least this share of the endpoints with requests: spread. */
export const SPREAD_SHARE = 0.5;
/** Below this many failures no pattern is claimed. */
export const MIN_FAILURES_FOR_PATTERN = 5;

const SINGLE_ARG_REPR_RE = /^[A-Za-z_][\w.]*\((['"])([\s\S]*)\1\)$/;
const STATUS_RES = [
  /\b([1-5]\d\d) (?:Server|Client) Error\b/, // requests' HTTPError text
  /\bgot (?:an? )?\(?([1-5]\d\d)\)?(?!\d)/i, // "Expected a (200) but got a (502)"
  /\bstatus(?:[ _-]?code)?\s*(?:[:=]|was|of|is)?\s*\(?([1-5]\d\d)(?!\d)/i,
  /\b(?:response|http) code\s*[:=]?\s*\(?([1-5]\d\d)(?!\d)/i,
  /\bcode=([1-5]\d\d)(?!\d)/, // geventhttpclient BadStatusCode('url', code=500)
  /\bHTTP(?:\/\d(?:\.\d)?)?\s+([1-5]\d\d)(?!\d)/,
  /^\(?([45]\d\d)\)?(?=[\s:,.-]|$)/, // a leading 4xx/5xx: "403 Forbidden"
];
/**
 * A status at the very end of a CatchResponseError/AssertionError message, as locustfiles write
 * `response.failure(f"login failed: {response.status_code}")`: ": 500", "status 503", "HTTP 502".
 * Only for those exceptions (a trailing ": 500" elsewhere may be a size or a count). Linear: one
 * optional quantifier per position, anchored at the end.
 */
const TRAILING_STATUS_RE = /(?::|\bstatus(?:[ _-]?code)?|\bHTTP)\s*\(?([1-5]\d\d)\)?[.!]?$/i;
const CHECK_EXCEPTION_RE = /^(?:[\w.]*\.)?(?:CatchResponseError|AssertionError)\(/;
const CSRF_WORDED_RE = /\bcsrf\b.{0,30}?(verification|validation|failed|failure|missing|invalid|incorrect|mismatch|expired|rejected)/i;
const TIMEOUT_RE = /timeout|timed out|deadline exceeded/i;
const CONNECTION_RE =
  /connection ?(refused|reset|aborted|error)|RemoteDisconnected|NewConnectionError|MaxRetryError|ProtocolError|broken ?pipe|gaierror|name or service not known|nodename nor servname|getaddrinfo|SSLError|ECONN|IncompleteRead|ChunkedEncodingError|Remote end closed/i;
const ASSERTION_RE = /CatchResponseError|AssertionError|\b(un)?expected\b|\bcheck failed\b/i;

/** The message inside a single-string exception repr (`HTTPError('x')` -> `x`, i.e. the str form); else the text. */
function strForm(text: string): string {
  const m = SINGLE_ARG_REPR_RE.exec(text);
  if (!m) return text;
  const inner = m[2] as string;
  const q = m[1] as string;
  // An unescaped quote of the same kind means several arguments, e.g. `E('a', 'b')`.
  if (new RegExp(`(^|[^\\\\])${q}`).test(inner)) return text;
  return inner.replace(/\\(['"\\])/g, '$1');
}

/** Category and HTTP status (null when the text names none) of one Locust failure text, str or repr form. */
export function classifyFailure(error: string): { category: FailureCategory; statusCode: number | null } {
  const text = unwrapDoubleRepr(error.trim());
  const inner = strForm(text);
  let statusCode: number | null = null;
  for (const re of STATUS_RES) {
    const m = re.exec(inner) ?? re.exec(text);
    if (m) {
      statusCode = Number(m[1]);
      break;
    }
  }
  if (statusCode === null && CHECK_EXCEPTION_RE.test(text)) {
    const m = TRAILING_STATUS_RE.exec(inner.trim());
    if (m) statusCode = Number(m[1]);
  }
  const is4xx = statusCode !== null && statusCode >= 400 && statusCode < 500;
  if ((statusCode === 403 && /csrf/i.test(text)) || (CSRF_WORDED_RE.test(text) && (statusCode === null || is4xx))) return { category: 'csrf', statusCode };
  if (statusCode !== null && statusCode >= 500) return { category: 'http-5xx', statusCode };
  if (is4xx) return { category: 'http-4xx', statusCode };
  if (TIMEOUT_RE.test(text)) return { category: 'timeout', statusCode };
  if (CONNECTION_RE.test(text)) return { category: 'connection', statusCode };
  if (ASSERTION_RE.test(text) || statusCode !== null) return { category: 'assertion', statusCode };
  return { category: 'other', statusCode };
}

const PATH_TOKEN_RE = /[a-z][a-z0-9+.-]*:\/\/[^\s'",)]*|(?<![\w.\]])\/[^\s'",)]*/gi;
const TOKEN_RE = /[A-Za-z0-9+_=.-]{16,}/g;

/** An error text made comparable across runs: str form, paths folded, random tokens, long numbers and addresses replaced. */
export function normalizeError(error: string): string {
  return strForm(unwrapDoubleRepr(error.trim()))
    .replace(/(?<!\w)0x[0-9a-f.]{4,}/gi, '0x…')
    .replace(PATH_TOKEN_RE, (p) => foldPath(p))
    .replace(TOKEN_RE, (t) => (/\d/.test(t) && /[A-Za-z]/.test(t) && (t.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g) ?? []).length >= 2 ? '[token]' : t))
    .replace(/(?<![\w.[])\d{4,}(?![\w\]])/g, ID)
    .replace(/\s+/g, ' ');
}

export interface FailureDiff {
  method: string | null;
  /** Request name with ids folded (foldPath), so `/jobs/<uuid>` rows of two runs meet. */
  name: string;
  /** The normalized error text: what is compared between runs. */
  error: string;
  /** One error text as written (double repr removed): the target's if present, else the baseline's, else the first run's. */
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

const failureKey = (method: string | null, name: string, error: string) => `${method ?? ''}\u0001${foldPath(name)}\u0001${normalizeError(error)}`;

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
function diffStatus(b: number | null, t: number | null, rb: number | null, rt: number | null): FailureDiffStatus | null {
  if (b === null && t === null) return null;
  if (rb === null || rt === null) return 'not-comparable';
  if (rb === 0 && rt > 0) return 'new';
  if (rb > 0 && rt === 0) return 'resolved';
  return rt >= rb * (1 + CHANGE_THRESHOLD) ? 'grown' : rt <= rb * (1 - CHANGE_THRESHOLD) ? 'shrunk' : 'same';
}

/** Error messages diffed between runs, keyed by (method, folded name, normalized error); compared by rate per request. */
export function diffFailures(runs: ParsedRun[], baseline: number, target: number): FailureDiff[] {
  const rows = new Map<string, { method: string | null; name: string; error: string; examples: (string | null)[]; occurrences: (number | null)[] }>();
  runs.forEach((run, i) => {
    for (const f of run.failures) {
      const key = failureKey(f.method, f.name, f.error);
      const row = rows.get(key) ?? { method: f.method, name: foldPath(f.name), error: normalizeError(f.error), examples: runs.map(() => null), occurrences: runs.map(() => null) };
      rows.set(key, row);
      row.occurrences[i] = (row.occurrences[i] ?? 0) + f.occurrences;
      row.examples[i] ??= unwrapDoubleRepr(f.error);
    }
  });
  const requests = runs.map(requestsByEndpoint);
  const rank: Record<FailureDiffStatus, number> = { new: 0, grown: 1, resolved: 2, shrunk: 3, 'not-comparable': 4, same: 5 };
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
      return { method, name, error, example, ...classifyFailure(example), occurrences, rates, change, status: diffStatus(b, t, rb, rt) };
    })
    .sort((x, y) => (x.status === null ? 9 : rank[x.status]) - (y.status === null ? 9 : rank[y.status]) || (y.occurrences[target] ?? 0) - (x.occurrences[target] ?? 0));
}

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
  const top = run.endpoints.reduce<ParsedRun['endpoints'][number] | null>((best, e) => (e.failures > (best?.failures ?? 0) ? e : best), null);
  const topEndpoint = top && failures > 0 ? { method: top.method, name: top.name, failures: top.failures, share: top.failures / failures } : null;
  const errors = new Map<string, { method: string | null; name: string; error: string; occurrences: number }>();
  for (const f of run.failures) {
    const key = failureKey(f.method, f.name, f.error);
    const row = errors.get(key) ?? { method: f.method, name: foldPath(f.name), error: normalizeError(f.error), occurrences: 0 };
    row.occurrences += f.occurrences;
    errors.set(key, row);
  }
  const tableTotal = [...errors.values()].reduce((s, e) => s + e.occurrences, 0);
  const best = [...errors.values()].reduce<{ method: string | null; name: string; error: string; occurrences: number } | null>((b, e) => (e.occurrences > (b?.occurrences ?? 0) ? e : b), null);
  const topError = best && tableTotal > 0 ? { ...best, share: best.occurrences / tableTotal } : null;
  const base = { failures, topEndpoint, topError, endpointsWithFailures, endpointsWithRequests: withRequests.length };
  const where = `${endpointsWithFailures} of ${withRequests.length} endpoints with requests had failures`;
  const label = (e: { method: string | null; name: string }) => `${e.method ? `${e.method} ` : ''}${e.name}`;
  if (failures === 0) return { ...base, verdict: 'none', evidence: 'No endpoint recorded a failure.' };
  if (failures < MIN_FAILURES_FOR_PATTERN) return { ...base, verdict: 'too-few', evidence: `Only ${formatCount(failures)} failure${failures === 1 ? '' : 's'}, too few to show a pattern; ${where}.` };
  const te = topEndpoint as NonNullable<typeof topEndpoint>;
  const share = `${formatCount(te.failures)} of ${formatCount(failures)} failures (${formatPercent(te.share, 0)})`;
  if (te.share >= CONCENTRATED_SHARE || (topError?.share ?? 0) >= CONCENTRATED_SHARE) {
    const sameEndpoint = topError !== null && topError.method === te.method && topError.name === foldPath(te.name);
    const n = topError?.occurrences ?? 0;
    const err = !topError || topError.share < CONCENTRATED_SHARE ? ''
      : sameEndpoint ? `, ${n === te.failures ? 'all' : `${formatCount(n)} of them`} with one error (${clip(topError.error)})`
      : `, and ${formatPercent(topError.share, 0)} of the failures table is one error on ${label(topError)} (${clip(topError.error)})`;
    return { ...base, verdict: 'concentrated', evidence: `${share} are on ${label(te)}${err}; ${where}.` };
  }
  if (withRequests.length > 0 && endpointsWithFailures / withRequests.length >= SPREAD_SHARE) {
    return { ...base, verdict: 'spread', evidence: `${where} (${formatPercent(endpointsWithFailures / withRequests.length, 0)}), and the most on one endpoint is ${share}, on ${label(te)}.` };
  }
  return { ...base, verdict: 'mixed', evidence: `${where}, and the most on one endpoint is ${share}, on ${label(te)}: failures are neither in one place nor on half of the endpoints.` };
}

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);
