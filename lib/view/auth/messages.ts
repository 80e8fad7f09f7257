// Words the sign-in and API-token screens show, as pure functions of what the API answered.
import type { ApiTokenInfo } from '../../domain/shapes/auth';

/** Why signing in failed, from the status and `{ error: { code, message } }` body of POST /api/auth/sign-in. */
export function signInErrorText(status: number, body: unknown): string {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (status === 401) return 'That is not the admin secret.';
  if (error?.code === 'auth_off') return 'Access control is off on this instance: there is nothing to sign in to.';
  if (typeof error?.message === 'string' && error.message) return `Could not sign in: ${error.message}.`;
  return `Could not sign in: the server answered ${status}.`;
}

export type TokenState = 'active' | 'revoked';

export const tokenState = (token: Pick<ApiTokenInfo, 'revokedAt'>): TokenState =>
  token.revokedAt ? 'revoked' : 'active';

/** The CLI line a CI job runs with a token; the placeholder stands in for the token itself. */
export function uploadCommand(server: string, token = '$SWARMLENS_TOKEN'): string {
  return `swarmlens upload RUN --server ${server} --token ${token}`;
}
