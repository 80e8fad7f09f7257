// Who may do what: the access rules as a pure function of the request and the caller (README.md).
// Off (neither SWARMLENS_ADMIN_SECRET nor OpenID Connect): everyone may do everything. On: share links,
// sign-in, invitations, the health check and the OpenAPI document are public; accounts, invitations and
// the audit log need an admin; reading needs any caller; creating and revoking API tokens needs a
// signed-in session (a token never mints or revokes tokens); anything else needs an editor, of the
// project it changes (the route checks the project: lib/server/services/project-access.ts).
import { atLeast, type AccountRole } from '../../domain/shapes/auth';

export interface Caller {
  /** The account's role (a token: the lower of its own and its owner's). */
  role: AccountRole;
  /** How the caller proved who it is: a session cookie (a browser) or an API token (a script). */
  via: 'session' | 'token';
  /** A viewer whom some project makes an editor there: may send changes, which the route checks. */
  editsSomeProject?: boolean;
}

/** The caller as routes see it (lib/server/http/caller.ts). */
export interface CallerIdentity extends Caller {
  /** As records show it: the account's name; "NAME (token of OWNER)"; the admin secret's given name. */
  name: string;
  /** The named account; null for the admin secret and tokens made with it. */
  userId: string | null;
  tokenId: string | null;
  /** The most the credential allows whatever the account's roles: a token's own role; admin for sessions. */
  cap: AccountRole;
}

/** `session-only`: an editor token asked for what only a signed-in session may do. */
export type AccessDecision = 'allow' | 'sign-in' | 'forbidden' | 'session-only' | 'admin-only';

/** A share link's page, its deck (`/present`), its Markdown report (`/report.md`) and the rows its page fetches
 *  (`/rows.json`): nothing else under /s/. */
const SHARE_PATH = /^\/s\/[^/]+(?:\/present|\/report\.md|\/rows\.json)?\/?$/;
const PUBLIC_PATHS = [
  SHARE_PATH,
  /^\/sign-in\/?$/,
  /^\/api\/health\/?$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/auth\/sign-in\/?$/,
  /^\/api\/auth\/sign-out\/?$/,
  /^\/api\/auth\/oidc\/(?:start|callback)\/?$/,
  /^\/invite\/[^/]+\/?$/,
  /^\/api\/invitations\/accept\/?$/,
  /^\/_next\//,
  /^\/icon\.svg$/,
  /^\/favicon\.ico$/,
  /^\/robots\.txt$/,
];

/** Creating (POST /api/tokens) and revoking (DELETE /api/tokens/:id) API tokens. A leaked token that
 *  could mint tokens would outlive its own revocation; one that could revoke them could lock CI out. */
const SESSION_ONLY_WRITES = /^\/api\/tokens(?:\/[^/]+)?\/?$/;

/** Accounts, invitations and the audit log, their pages and their API: admins only, reading too. */
const ADMIN_PATHS = /^\/(?:api\/)?(?:users|invitations|audit)(?:[/.?]|$)|^\/settings\/(?:users|audit)(?:\/|$)/;

/** Signing out everywhere: any signed-in session. */
const ANY_SESSION_WRITES = /^\/api\/auth\/(?:sign-out-everywhere|me)\/?$/;

export const isReadMethod = (method: string) => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

const INVITATION_PATH = /^\/(?:invite\/[^/]+|api\/invitations\/accept)\/?$/;

/** Paths that present a token of their own (share links, invitations): an address that has guessed too
 *  many unknown ones waits before it may present another (lib/server/services/token-guesses.ts). */
export const presentsPathToken = (pathname: string) => SHARE_PATH.test(pathname) || INVITATION_PATH.test(pathname);

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
  const { caller, pathname } = input;
  if (!caller) return 'sign-in';
  if (ADMIN_PATHS.test(pathname)) return atLeast(caller.role, 'admin') ? 'allow' : 'admin-only';
  if (isReadMethod(input.method)) return 'allow';
  const sessionOnly = SESSION_ONLY_WRITES.test(pathname) || ANY_SESSION_WRITES.test(pathname);
  if (caller.via !== 'session' && sessionOnly) return 'session-only';
  // Any account may make viewer tokens and sign itself out; the token service checks the role asked for.
  if (sessionOnly) return 'allow';
  return atLeast(caller.role, 'editor') || caller.editsSomeProject === true ? 'allow' : 'forbidden';
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
