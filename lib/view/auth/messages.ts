// Words the sign-in and API-token screens show, as pure functions of what the API answered.
import type { ApiTokenInfo } from '../../domain/shapes/auth';

/** How the sign-in form proved who it is: an account's e-mail and password, or the admin secret. */
export type SignInKind = 'password' | 'secret';

/** "45 seconds", "1 minute", "5 minutes" (seconds rounded up to whole minutes from 90 s on). */
export function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return `${s} ${s === 1 ? 'second' : 'seconds'}`;
  const min = Math.ceil(s / 60);
  return `${min} minutes`;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

/** Why signing in failed, from the status and `{ error: { code, message, details } }` body of
 *  POST /api/auth/sign-in. */
export function signInErrorText(status: number, body: unknown, kind: SignInKind = 'secret'): string {
  const error = (body as ErrorBody | null)?.error;
  if (status === 401)
    return kind === 'secret'
      ? 'That is not the admin secret.'
      : 'That e-mail and password do not match an account that may sign in.';
  if (status === 429) {
    const wait = (error?.details as { retryAfterS?: unknown } | undefined)?.retryAfterS;
    const after = typeof wait === 'number' && wait > 0 ? `wait ${waitText(wait)}` : 'wait a while';
    return `Too many failed sign-ins: ${after}, then try again.`;
  }
  if (error?.code === 'auth_off')
    return kind === 'secret'
      ? 'No admin secret is set on this instance: sign in with your account.'
      : 'Access control is off on this instance: there is nothing to sign in to.';
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
