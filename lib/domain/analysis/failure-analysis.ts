// Failures: classification of Locust error texts (locust-formats §4.2: str and repr forms, double repr,
// CatchResponseError, "for url: <name>") and the normalized key that matches them across runs
// (failure-diff.ts diffs them, failure-concentration.ts says where they are). Pure.
import { unescapeQuotes, unwrapDoubleRepr } from '../locust/error-text';
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
  // `\s*(?:X\s*)?`, not `\s*X?\s*`: two adjacent space runs backtrack quadratically on a long one.
  /\bstatus(?:[ _-]?code)?\s*(?:(?:[:=]|was|of|is)\s*)?\(?([1-5]\d\d)(?!\d)/i,
  /\b(?:response|http) code\s*(?:[:=]\s*)?\(?([1-5]\d\d)(?!\d)/i,
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
const CSRF_WORDED_RE =
  /\bcsrf\b.{0,30}?(verification|validation|failed|failure|missing|invalid|incorrect|mismatch|expired|rejected)/i;
const TIMEOUT_RE = /timeout|timed out|deadline exceeded/i;
const CONNECTION_RE = new RegExp(
  [
    'connection ?(refused|reset|aborted|error)',
    'RemoteDisconnected',
    'NewConnectionError',
    'MaxRetryError',
    'ProtocolError',
    'broken ?pipe',
    'gaierror',
    'name or service not known',
    'nodename nor servname',
    'getaddrinfo',
    'SSLError',
    'ECONN',
    'IncompleteRead',
    'ChunkedEncodingError',
    'Remote end closed',
  ].join('|'),
  'i',
);
const ASSERTION_RE = /CatchResponseError|AssertionError|\b(un)?expected\b|\bcheck failed\b/i;

/** The message inside a single-string exception repr (`HTTPError('x')` -> `x`, i.e. the str form); else the text. */
function strForm(text: string): string {
  const m = SINGLE_ARG_REPR_RE.exec(text);
  if (!m) return text;
  const inner = m[2] as string;
  const q = m[1] as string;
  // An unescaped quote of the same kind means several arguments, e.g. `E('a', 'b')`.
  if (new RegExp(`(^|[^\\\\])${q}`).test(inner)) return text;
  return unescapeQuotes(inner);
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
  if ((statusCode === 403 && /csrf/i.test(text)) || (CSRF_WORDED_RE.test(text) && (statusCode === null || is4xx)))
    return { category: 'csrf', statusCode };
  if (statusCode !== null && statusCode >= 500) return { category: 'http-5xx', statusCode };
  if (is4xx) return { category: 'http-4xx', statusCode };
  if (TIMEOUT_RE.test(text)) return { category: 'timeout', statusCode };
  if (CONNECTION_RE.test(text)) return { category: 'connection', statusCode };
  if (ASSERTION_RE.test(text) || statusCode !== null) return { category: 'assertion', statusCode };
  return { category: 'other', statusCode };
}

/**
 * URLs and absolute paths. A URL is matched from the start of its run of scheme characters, the part
 * before the run's first letter (`1+`) captured and kept as written: tried from each letter of a long
 * run without `://`, the scheme would rescan the rest of the run (quadratic).
 */
const PATH_TOKEN_RE = /(?<![a-z0-9+.-])([0-9+.-]*)([a-z][a-z0-9+.-]*:\/\/[^\s'",)]*)|(?<![\w.\]])\/[^\s'",)]*/gi;
const TOKEN_RE = /[A-Za-z0-9+_=.-]{16,}/g;

/** An error text made comparable across runs: str form, paths folded, random tokens,
 *  long numbers and addresses replaced. */
export function normalizeError(error: string): string {
  return strForm(unwrapDoubleRepr(error.trim()))
    .replace(/(?<!\w)0x[0-9a-f.]{4,}/gi, '0x…')
    .replace(PATH_TOKEN_RE, (p, lead?: string, url?: string) => (url ? lead + foldPath(url) : foldPath(p)))
    .replace(TOKEN_RE, (t) =>
      /\d/.test(t) && /[A-Za-z]/.test(t) && (t.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g) ?? []).length >= 2
        ? '[token]'
        : t,
    )
    .replace(/(?<![\w.[])\d{4,}(?![\w\]])/g, ID)
    .replace(/\s{2,}|[^\S ]/g, ' '); // \s+ -> ' ', matching no single space (a match costs ~80 ns)
}

/** The key a failure row is matched on across runs: method, folded name, normalized error. */
export const failureKey = (method: string | null, name: string, error: string) =>
  `${method ?? ''}\u0001${foldPath(name)}\u0001${normalizeError(error)}`;
