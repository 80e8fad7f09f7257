// Request names folded into their endpoint: id-like path segments become `[id]`, query values `[…]`
// (`/api/items/12345?lang=en` -> `/api/items/[id]?lang=[…]`), and the automatic group of a name
// (`auth`, `exports`, `/api/<second segment>`, `/<first segment>`, `other`). Pure (memoised by name).

/** What an id-like path segment becomes. */
export const ID = '[id]';
/** What a query-string value becomes. */
export const QUERY_VALUE = '[…]';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_RE = /^[0-9a-f]{8,}$/i;
const TEMPLATED_RE = /^(\[[^\]]*\]|\{[^}]*\}|<[^>]*>|:\w+|\*)$/;
const EXT_RE = /^(.+)(\.[A-Za-z][A-Za-z0-9]{0,4})$/;
const SCHEME_HOST_RE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** True when one path segment is an identifier: digits, a UUID, long hex with a digit, or a random-looking token. */
export function isIdSegment(segment: string): boolean {
  if (/^\d+$/.test(segment) || UUID_RE.test(segment)) return true;
  if (HEX_RE.test(segment) && /\d/.test(segment)) return true;
  // Random-looking tokens (base62 ids, ULIDs, nanoids): at least 8 characters that switch between
  // letters and digits at least twice. Keeps v1, oauth2, block380, x86_64, page-2021.
  if (segment.length < 8 || !/^[A-Za-z0-9_-]+$/.test(segment)) return false;
  return (segment.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g) ?? []).length >= 2;
}

function foldSegment(segment: string): string {
  if (segment === '' || TEMPLATED_RE.test(segment)) return segment;
  if (isIdSegment(segment)) return ID;
  const ext = EXT_RE.exec(segment);
  return ext && isIdSegment(ext[1] as string) ? `${ID}${ext[2] as string}` : segment;
}

function foldQuery(query: string): string {
  return query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part;
      const value = part.slice(eq + 1);
      return TEMPLATED_RE.test(value) || value === QUERY_VALUE ? part : `${part.slice(0, eq)}=${QUERY_VALUE}`;
    })
    .join('&');
}

/** Splits a name into scheme+host, path and query; null when it is not a path or URL (e.g. `connect`). */
function splitName(name: string): { origin: string; path: string; query: string | null } | null {
  const origin = SCHEME_HOST_RE.exec(name)?.[0] ?? '';
  const rest = name.slice(origin.length);
  if (!rest.startsWith('/') && !(origin !== '' && (rest === '' || rest.startsWith('?')))) return null;
  const q = rest.indexOf('?');
  return q < 0 ? { origin, path: rest, query: null } : { origin, path: rest.slice(0, q), query: rest.slice(q + 1) };
}

/** foldPath's answers by name (folding is regex work, ~4 µs a name, and a big run repeats its 5,000
 *  names on every comparison, criteria evaluation and page view). Cleared when it holds this many. */
const FOLDED_MAX = 50_000;
const folded = new Map<string, string>();

/** A request name with id-like path segments replaced by `[id]` and query values by `[…]`; other names unchanged. */
export function foldPath(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    f = fold(name);
    folded.set(name, f);
  }
  return f;
}

function fold(name: string): string {
  const parts = splitName(name);
  if (parts === null) return name;
  // Each segment folded in place (split/map/join, minus an array entry per `/` of a long run of them).
  const path = parts.path.replace(/[^/]+/g, (segment) => foldSegment(segment));
  return `${parts.origin}${path}${parts.query === null ? '' : `?${foldQuery(parts.query)}`}`;
}

const AUTH_RE =
  /^(log-?in|log-?out|sign-?in|sign-?out|sign_in|sign_out|auth|oauth2?|authenticate|authorize|sso|saml)$/i;
const EXPORT_SEGMENT_RE = /^(export|exports|download|downloads)$/i;
const EXPORT_FORMAT_RE = /^(pdf|xlsx?|csv|docx?|zip)$/i;

/** Automatic group of a request name: `auth`, `exports`, `/api/<second segment>`, `/<first segment>`, or `other`. */
export function autoGroupOf(name: string): string {
  return autoGroupOfFolded(foldPath(name));
}

/** `autoGroupOf` of a name already folded by `foldPath`. */
export function autoGroupOfFolded(folded: string): string {
  const parts = splitName(folded);
  if (parts === null) return 'other';
  const segments = parts.path.split('/').filter((s) => s !== '');
  const stems = segments.map((s) => s.replace(/\.[A-Za-z0-9]{1,5}$/, ''));
  if (stems.some((s) => AUTH_RE.test(s))) return 'auth';
  const last = segments[segments.length - 1] ?? '';
  const lastExt = /\.([A-Za-z0-9]{1,5})$/.exec(last)?.[1] ?? '';
  if (segments.some((s) => EXPORT_SEGMENT_RE.test(s)) || EXPORT_FORMAT_RE.test(last) || EXPORT_FORMAT_RE.test(lastExt))
    return 'exports';
  const first = segments[0];
  if (first === undefined) return '/';
  if (first.toLowerCase() === 'api' && segments[1] !== undefined) return `/${first}/${segments[1]}`;
  return `/${first}`;
}
