// Who may do what: the access rules as a pure function of the request and the caller.
// Off (no SWARMLENS_ADMIN_SECRET): everyone may do everything. On: share links, sign-in, the
// health check and the OpenAPI document are public; reading needs a viewer or editor; creating and
// revoking API tokens needs a signed-in session (a token never mints or revokes tokens); anything else
// needs an editor.
import type { Role } from '../../domain/shapes/auth';

export interface Caller {
  role: Role;
  /** How the caller proved who it is: a session cookie (a browser) or an API token (a script). */
  via: 'session' | 'token';
}

/** `session-only`: an editor token asked for what only a signed-in session may do. */
export type AccessDecision = 'allow' | 'sign-in' | 'forbidden' | 'session-only';

/** A share link's page, its deck (`/present`) and its Markdown report (`/report.md`): nothing else under /s/. */
const SHARE_PATH = /^\/s\/[^/]+(?:\/present|\/report\.md)?\/?$/;
const PUBLIC_PATHS = [
  SHARE_PATH,
  /^\/sign-in\/?$/,
  /^\/api\/health\/?$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/auth\/sign-in\/?$/,
  /^\/api\/auth\/sign-out\/?$/,
  /^\/_next\//,
  /^\/icon\.svg$/,
  /^\/favicon\.ico$/,
  /^\/robots\.txt$/,
];

/** Creating (POST /api/tokens) and revoking (DELETE /api/tokens/:id) API tokens. A leaked token that
 *  could mint tokens would outlive its own revocation; one that could revoke them could lock CI out. */
const SESSION_ONLY_WRITES = /^\/api\/tokens(?:\/[^/]+)?\/?$/;

export const isReadMethod = (method: string) => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

/** A share link's page: its token is looked up whether or not access control is on. */
export const isSharePath = (pathname: string) => SHARE_PATH.test(pathname);

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((re) => re.test(pathname));
}

export function decideAccess(input: {
  authEnabled: boolean;
  method: string;
  pathname: string;
  caller: Caller | null;
}): AccessDecision {
  if (!input.authEnabled || isPublicPath(input.pathname)) return 'allow';
  if (!input.caller) return 'sign-in';
  if (isReadMethod(input.method)) return 'allow';
  if (input.caller.role !== 'editor') return 'forbidden';
  if (input.caller.via !== 'session' && SESSION_ONLY_WRITES.test(input.pathname)) return 'session-only';
  return 'allow';
}

/**
 * Cross-site request check for browser mutations (cookies ride along on cross-site requests; bearer
 * tokens do not). A mutation is refused when the browser says it comes from another site: its
 * Origin names another host, or Sec-Fetch-Site is "cross-site". Requests without either (curl, CI)
 * carry no ambient credentials and pass.
 */
export function isCrossSiteMutation(input: {
  method: string;
  origin: string | null;
  host: string | null;
  secFetchSite: string | null;
}): boolean {
  if (isReadMethod(input.method)) return false;
  if (input.secFetchSite === 'cross-site') return true;
  if (input.origin === null || input.origin === 'null') return input.origin === 'null';
  try {
    return new URL(input.origin).host !== input.host;
  } catch {
    return true;
  }
}
