// OpenID Connect settings from the environment (README "Single sign-on"). Configured when the issuer,
// the client id and the client secret are all set; a setting that is set but wrong stops the sign-in
// with a message naming it, never a silent default.
import type { AccountRole } from '../../domain/shapes/auth';

export interface OidcSettings {
  /** The issuer URL; its /.well-known/openid-configuration is read once per process. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the provider's button says ("Sign in with Keycloak"). */
  displayName: string;
  /** Lower-cased domains whose verified e-mails get an account at their first sign-in; empty: only
   *  accounts that exist or were invited may sign in. */
  allowedDomains: string[];
  /** The ID-token claim that lists the user's groups. */
  groupsClaim: string;
  /** group -> role, applied at every sign-in when any of the user's groups is listed (highest role wins). */
  roleGroups: Map<string, AccountRole>;
  /** Role of an account made at its first sign-in when no group maps. */
  defaultRole: AccountRole;
  /** Extra scopes besides "openid email profile". */
  extraScopes: string[];
}

const ROLES: readonly AccountRole[] = ['viewer', 'editor', 'admin'];

const env = (name: string) => {
  const v = process.env[name]?.trim();
  return v ? v : null;
};

export const oidcConfigured = () =>
  env('SWARMLENS_OIDC_ISSUER') !== null &&
  env('SWARMLENS_OIDC_CLIENT_ID') !== null &&
  env('SWARMLENS_OIDC_CLIENT_SECRET') !== null;

const list = (v: string | null) =>
  (v ?? '')
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);

function role(name: string, value: string): AccountRole {
  const found = ROLES.find((r) => r === value.trim().toLowerCase());
  if (!found) throw new Error(`${name}: "${value}" is not a role (viewer, editor, admin)`);
  return found;
}

/** "admin=platform-leads, editor=perf-team;qa" → group -> role. Pairs are separated by commas (or new
 *  lines), a role's groups by semicolons; group names may hold spaces ("Perf Team"). A group listed
 *  under two roles gets the higher. */
export function parseRoleGroups(value: string | null): Map<string, AccountRole> {
  const map = new Map<string, AccountRole>();
  for (const pair of (value ?? '').split(/[,\n]/)) {
    if (!pair.trim()) continue;
    const eq = pair.indexOf('=');
    const groups = pair
      .slice(eq + 1)
      .split(';')
      .map((g) => g.trim())
      .filter(Boolean);
    if (eq <= 0 || groups.length === 0)
      throw new Error(`SWARMLENS_OIDC_ROLE_GROUPS: "${pair.trim()}" is not role=group`);
    const r = role('SWARMLENS_OIDC_ROLE_GROUPS', pair.slice(0, eq));
    for (const g of groups) {
      const before = map.get(g);
      map.set(g, before && ROLES.indexOf(before) > ROLES.indexOf(r) ? before : r);
    }
  }
  return map;
}

/** The highest role `groups` map to; null when none maps. */
export function roleFromGroups(roleGroups: Map<string, AccountRole>, groups: readonly string[]): AccountRole | null {
  let best: AccountRole | null = null;
  for (const g of groups) {
    const r = roleGroups.get(g);
    if (r && (best === null || ROLES.indexOf(r) > ROLES.indexOf(best))) best = r;
  }
  return best;
}

/** The issuer as given; it must be an https URL (http only on this machine: localhost, 127.0.0.1, [::1]). */
export function parseIssuer(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SWARMLENS_OIDC_ISSUER: "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url)))
    throw new Error(`SWARMLENS_OIDC_ISSUER: "${value}" must be an https:// URL`);
  return value;
}

/** A host on this machine: the one place plain http is allowed for the provider (tests, a local IdP). */
export const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** What the sign-in button says; null when single sign-on is not configured. Never throws. */
export const oidcDisplayName = (): string | null =>
  oidcConfigured() ? (env('SWARMLENS_OIDC_NAME') ?? 'single sign-on') : null;

/** null when single sign-on is not configured; throws, naming the setting, when one is set but wrong. */
export function oidcSettings(): OidcSettings | null {
  if (!oidcConfigured()) return null;
  return {
    issuer: parseIssuer(env('SWARMLENS_OIDC_ISSUER')!),
    clientId: env('SWARMLENS_OIDC_CLIENT_ID')!,
    clientSecret: env('SWARMLENS_OIDC_CLIENT_SECRET')!,
    displayName: oidcDisplayName()!,
    allowedDomains: list(env('SWARMLENS_OIDC_ALLOWED_DOMAINS')).map((d) => d.toLowerCase().replace(/^@/, '')),
    groupsClaim: env('SWARMLENS_OIDC_GROUPS_CLAIM') ?? 'groups',
    roleGroups: parseRoleGroups(env('SWARMLENS_OIDC_ROLE_GROUPS')),
    defaultRole: role('SWARMLENS_OIDC_DEFAULT_ROLE', env('SWARMLENS_OIDC_DEFAULT_ROLE') ?? 'viewer'),
    extraScopes: list(env('SWARMLENS_OIDC_SCOPES')),
  };
}
