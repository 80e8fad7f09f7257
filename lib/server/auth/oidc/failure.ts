// Which check of a single sign-on failed, from the error openid-client (oauth4webapi underneath) threw:
// the code /sign-in words for the person, and the library's own message for the audit log.
import * as oidc from 'openid-client';
import type { SsoErrorCode } from '../../../domain/shapes/sso';

export interface SsoFailure {
  code: SsoErrorCode;
  /** For the audit log and the server log: what the library or the provider said. */
  detail: string;
}

/** The error and its causes, outermost first (openid-client wraps oauth4webapi's errors). */
function chain(e: unknown): unknown[] {
  const out: unknown[] = [];
  for (let cur = e; cur !== undefined && cur !== null && out.length < 6; cur = (cur as { cause?: unknown }).cause)
    out.push(cur);
  return out;
}

const field = (e: unknown, name: string): unknown =>
  typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[name] : undefined;

/** The JWT claim a failed comparison or time check names ("aud", "exp", "nonce"...). */
const claimOf = (e: unknown) =>
  chain(e)
    .map((c) => field(c, 'claim'))
    .find((c) => typeof c === 'string');

const messages = (e: unknown) =>
  chain(e)
    .map((c) => field(c, 'message'))
    .filter((m): m is string => typeof m === 'string' && m.length > 0);

const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']);

function code(e: unknown): SsoErrorCode | null {
  if (e instanceof oidc.AuthorizationResponseError) return 'provider_refused';
  if (e instanceof oidc.ResponseBodyError) {
    if (e.error === 'invalid_grant') return 'code_rejected';
    return e.error === 'invalid_client' || e.error === 'unauthorized_client' ? 'misconfigured' : 'token_invalid';
  }
  if (e instanceof TypeError)
    return chain(e).some((c) => NETWORK.has(String(field(c, 'code')))) || e.message === 'fetch failed'
      ? 'provider_unreachable'
      : null;
  if (!(e instanceof oidc.ClientError)) return null;
  const text = messages(e).join(' | ');
  switch (e.code) {
    case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED': {
      const claim = claimOf(e);
      if (claim === 'aud' || claim === 'azp') return 'wrong_audience';
      if (claim === 'iss') return 'wrong_issuer';
      return claim === 'nonce' ? 'nonce_mismatch' : 'token_invalid';
    }
    case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
      return 'token_expired';
    case 'OAUTH_KEY_SELECTION_FAILED':
      return 'bad_signature';
    case 'OAUTH_INVALID_RESPONSE':
      if (text.includes('signature verification failed')) return 'bad_signature';
      if (text.includes('"state"')) return 'state_mismatch';
      return text.includes('"iss"') ? 'wrong_issuer' : 'token_invalid';
    case 'OAUTH_TIMEOUT':
    case 'OAUTH_ABORT':
    case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
    case 'OAUTH_RESPONSE_IS_NOT_JSON':
      return 'provider_unreachable';
    case 'OAUTH_HTTP_REQUEST_FORBIDDEN':
    case 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED':
    case 'OAUTH_INVALID_SERVER_METADATA':
    case 'OAUTH_MISSING_SERVER_METADATA':
      return 'misconfigured';
    default:
      return 'token_invalid';
  }
}

/** The failure `e` stands for; null when it is no OpenID Connect error (a database fault...). */
export function ssoFailure(e: unknown): SsoFailure | null {
  const found = code(e);
  if (found === null) return null;
  const said =
    e instanceof oidc.AuthorizationResponseError || e instanceof oidc.ResponseBodyError
      ? `${e.error}${e.error_description ? `: ${e.error_description}` : ''}`
      : messages(e).join(': ');
  return { code: found, detail: said };
}
