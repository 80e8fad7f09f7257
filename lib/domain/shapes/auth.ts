// Roles, accounts, API tokens, invitations and audit events as the pages and the API show them.

/** How a session was signed in: an account's password, single sign-on, or the admin secret. */
export type SignInMethod = 'password' | 'oidc' | 'secret';

/** What an API token or a project membership may do: read, or read and change. */
export type Role = 'viewer' | 'editor';
/** An account's role: admins also manage accounts, invitations and the audit log. */
export type AccountRole = Role | 'admin';

const RANK: Record<AccountRole, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether `role` may do what `needed` may. */
export const atLeast = (role: AccountRole, needed: AccountRole) => RANK[role] >= RANK[needed];

/** The lower of two roles (a token acts with the lower of its own and its owner's). */
export const lowerRole = (a: AccountRole, b: AccountRole): AccountRole => (RANK[a] <= RANK[b] ? a : b);

export interface ApiTokenInfo {
  id: string;
  name: string;
  role: Role;
  createdBy: string;
  /** The owning account (null: made with the admin secret). */
  userId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ProjectRoleInfo {
  projectId: string;
  projectName: string;
  role: Role;
}

export interface UserInfo {
  id: string;
  email: string;
  name: string;
  role: AccountRole;
  /** How the account signs in. */
  password: boolean;
  singleSignOn: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  disabledAt: string | null;
  projectRoles: ProjectRoleInfo[];
}

export interface InvitationInfo {
  id: string;
  email: string;
  role: AccountRole;
  projectId: string | null;
  projectRole: Role | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEventInfo {
  id: string;
  at: string;
  userId: string | null;
  actor: string;
  via: string;
  address: string;
  action: string;
  target: string | null;
  status: number;
  detail: string | null;
}
