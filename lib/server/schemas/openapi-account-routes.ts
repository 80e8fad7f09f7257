// The OpenAPI route table's accounts part: invitations, accounts and their project roles, signing out
// everywhere. Pure data (openapi-routes.ts appends it).
import type { RouteDoc } from './openapi-route-doc';

const ADMINS = '403: not an admin';

export const ACCOUNT_ROUTES: RouteDoc[] = [
  {
    path: '/api/auth/sign-out-everywhere',
    method: 'POST',
    summary: "End every session of the caller's account, this one included (not its API tokens)",
    responses: { 200: '{ ended }', 403: 'an API token: sign in' },
  },
  {
    path: '/api/users',
    method: 'GET',
    summary: 'Every account with its project roles (admins)',
    responses: { 200: '{ users: [UserInfo] }', 403: ADMINS },
  },
  {
    path: '/api/users/{id}',
    method: 'PATCH',
    summary: 'Rename, change the role of, disable or enable an account, or unbind its single sign-on (admins)',
    body: 'UserChange',
    responses: {
      200: '{ user }',
      403: ADMINS,
      404: 'no such account',
      409: 'last_admin: the last admin able to sign in',
    },
  },
  {
    path: '/api/users/{id}/projects/{projectId}',
    method: 'PUT',
    summary: "The account's role in one project instead of its account role; null removes it (admins)",
    body: 'ProjectRole',
    responses: { 204: 'set', 403: ADMINS, 404: 'no such account or project' },
  },
  {
    path: '/api/users/{id}/sign-out',
    method: 'POST',
    summary: 'End every session of the account (admins)',
    responses: { 200: '{ ended }', 403: ADMINS, 404: 'no such account' },
  },
  {
    path: '/api/invitations',
    method: 'GET',
    summary: 'Invitations, newest first (admins)',
    responses: { 200: '{ invitations: [InvitationInfo] }', 403: ADMINS },
  },
  {
    path: '/api/invitations',
    method: 'POST',
    summary: 'Invite an e-mail address with a role (and optionally a role in one project): the link is shown once',
    body: 'InvitationInput',
    responses: { 201: '{ id, token, path }', 403: ADMINS, 409: 'the e-mail has an account' },
  },
  {
    path: '/api/invitations/{id}',
    method: 'DELETE',
    summary: 'Revoke an invitation (admins)',
    responses: { 204: 'revoked', 403: ADMINS, 404: 'no such invitation' },
  },
  {
    path: '/api/invitations/accept',
    method: 'POST',
    summary: "Make the invited account with a name and a password, and sign it in (the link's token is the credential)",
    public: true,
    body: 'AcceptInvitation',
    responses: {
      201: '{ id, name } (the new account) and a session cookie',
      404: 'unknown invitation',
      409: 'the e-mail has an account',
      410: 'used, revoked or expired',
    },
  },
  {
    path: '/api/auth/oidc/start',
    method: 'GET',
    summary: 'Single sign-on (OpenID Connect): to the provider, to sign in there (a browser navigation)',
    public: true,
    query: { next: 'the local path to land on once signed in (default /)' },
    responses: {
      303: "to the provider's sign-in page, the sign-in's state in a 10-minute cookie; or to /sign-in?error=CODE",
    },
  },
  {
    path: '/api/auth/oidc/callback',
    method: 'GET',
    summary: 'Single sign-on (OpenID Connect): where the provider sends the browser back (the redirect URI)',
    public: true,
    query: { code: "the provider's authorization code", state: "this browser's sign-in, as the provider got it" },
    responses: {
      303: 'signed in: a session cookie, to the page the sign-in started from; refused: to /sign-in?error=CODE',
    },
  },
];
