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

/** "admin=platform-leads,editor=perf-team;qa" → group -> role */
export function parseRoleGroups(value: string | null): Map<string, AccountRole> {
  const map = new Map<string, AccountRole>();
  for (const pair of list(value)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`SWARMLENS_OIDC_ROLE_GROUPS: "${pair}" is not role=group`);
    map.set(pair.slice(eq + 1), role('SWARMLENS_OIDC_ROLE_GROUPS', pair.slice(0, eq)));
  }
  return map;
}

/** null when single sign-on is not configured. */
export function oidcSettings(): OidcSettings | null {
  if (!oidcConfigured()) return null;
  return {
    issuer: env('SWARMLENS_OIDC_ISSUER')!,
    clientId: env('SWARMLENS_OIDC_CLIENT_ID')!,
    clientSecret: env('SWARMLENS_OIDC_CLIENT_SECRET')!,
    displayName: env('SWARMLENS_OIDC_NAME') ?? 'single sign-on',
    allowedDomains: list(env('SWARMLENS_OIDC_ALLOWED_DOMAINS')).map((d) => d.toLowerCase().replace(/^@/, '')),
    groupsClaim: env('SWARMLENS_OIDC_GROUPS_CLAIM') ?? 'groups',
    roleGroups: parseRoleGroups(env('SWARMLENS_OIDC_ROLE_GROUPS')),
    defaultRole: role('SWARMLENS_OIDC_DEFAULT_ROLE', env('SWARMLENS_OIDC_DEFAULT_ROLE') ?? 'viewer'),
    extraScopes: list(env('SWARMLENS_OIDC_SCOPES')),
  };
}
