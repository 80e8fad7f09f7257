// Sign-in, accounts and invitations over the HTTP API (README "Accounts"): typed wrappers of apiSend.
import type { AccountRole, Role, UserInfo } from '@/lib/domain/shapes/auth';
import { apiSend } from './client';

const at = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

export type SignInInput =
  | { email: string; password: string; endOtherSessions: boolean }
  | { secret: string; name: string; endOtherSessions: boolean };

export const signIn = (input: SignInInput) =>
  apiSend<{ ok: true; name: string; expiresAt: string }>('POST', '/api/auth/sign-in', input);

export const signOut = () => apiSend('POST', '/api/auth/sign-out');

/** Ends every session of the caller's account, this one included. */
export const signOutEverywhere = () => apiSend<{ ended: number }>('POST', '/api/auth/sign-out-everywhere');

export interface UserChange {
  name?: string;
  role?: AccountRole;
  disabled?: boolean;
  /** false: unbind the single sign-on identity. */
  singleSignOn?: false;
}

/** 409 code `last_admin` when the change would leave no admin able to sign in. */
export const updateUser = (id: string, change: UserChange) =>
  apiSend<{ user: UserInfo }>('PATCH', `/api/users/${at(id)}`, change);

/** null removes the account's role in the project (its account role applies there again). */
export const setProjectRole = (userId: string, projectId: string, role: Role | null) =>
  apiSend('PUT', `/api/users/${at(userId, 'projects', projectId)}`, { role });

/** Ends every session of another account (an admin's action). */
export const endSessionsOf = (userId: string) =>
  apiSend<{ ended: number }>('POST', `/api/users/${at(userId, 'sign-out')}`);

export interface InvitationInput {
  email: string;
  role: AccountRole;
  projectId?: string;
  projectRole?: Role;
  /** 1..30 */
  expiresInDays: number;
}

/** `path` is "/invite/<token>": shown once, only the token's hash is kept. */
export const createInvitation = (input: InvitationInput) =>
  apiSend<{ id: string; token: string; path: string }>('POST', '/api/invitations', input);

export const revokeInvitation = (id: string) => apiSend('DELETE', `/api/invitations/${at(id)}`);

/** Makes the account and signs it in (a session cookie). */
export const acceptInvitation = (input: { token: string; name: string; password: string }) =>
  apiSend<{ name: string }>('POST', '/api/invitations/accept', input);
