// The external base URL of this instance (SWARMLENS_PUBLIC_URL, README "Single sign-on"): what browsers
// and the OpenID provider use to reach it, e.g. https://swarmlens.example.com. Single sign-on builds its
// redirect URI from it. Unset: the request's own origin, from X-Forwarded-Host / X-Forwarded-Proto when
// present (as the gate and the API-token page read them), else the Host header and the URL's scheme.

/** The path the OpenID provider sends the browser back to; register `${base}${CALLBACK_PATH}` there. */
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/** "https://swarmlens.example.com/" → "https://swarmlens.example.com"; a value that is not an http(s)
 *  origin (a path, a query, user info) throws, naming the setting. null and "" → null. */
export function parsePublicUrl(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  const bad = (why: string) => new Error(`SWARMLENS_PUBLIC_URL: "${raw}" ${why}`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad('is not a URL (e.g. https://swarmlens.example.com)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw bad('must start with https:// or http://');
  if (url.username || url.password) throw bad('may not hold a user name or password');
  if (url.pathname !== '/' || url.search || url.hash || raw.endsWith('?') || raw.endsWith('#'))
    throw bad('must be an origin only: Swarmlens is served at the root of its host');
  return url.origin;
}

/** SWARMLENS_PUBLIC_URL, parsed (throws when it is set but wrong). */
export const publicUrl = (): string | null => parsePublicUrl(process.env.SWARMLENS_PUBLIC_URL);

const first = (value: string | null) => value?.split(',')[0]?.trim() || null;

/** The origin browsers use for this request: SWARMLENS_PUBLIC_URL when set, else the request's own. */
export function baseUrlOf(request: Request): string {
  const configured = publicUrl();
  if (configured) return configured;
  const url = new URL(request.url);
  const host = first(request.headers.get('x-forwarded-host')) ?? first(request.headers.get('host')) ?? url.host;
  const proto = first(request.headers.get('x-forwarded-proto')) ?? url.protocol.slice(0, -1);
  try {
    return new URL(`${proto === 'https' ? 'https' : 'http'}://${host}`).origin;
  } catch {
    return url.origin; // a Host header that is no host
  }
}

/** The redirect URI of this instance's OpenID Connect client. */
export const oidcRedirectUri = (request: Request): string => `${baseUrlOf(request)}${OIDC_CALLBACK_PATH}`;
