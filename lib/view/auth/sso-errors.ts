// What /sign-in says when single sign-on did not sign someone in (/sign-in?error=CODE&email=ADDRESS, sent
// by /api/auth/oidc/callback): one sentence per code, saying what happened and what to do.
import { isSsoErrorCode, type SsoErrorCode } from '../../domain/shapes/sso';

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** `email` only when it looks like an address (the link is anyone's to craft: no other text is shown). */
function address(v: string | string[] | undefined): string | null {
  const e = one(v)?.trim();
  if (!e || e.length > 254 || /\s/.test(e)) return null;
  const at = e.indexOf('@');
  return at > 0 && at === e.lastIndexOf('@') && at < e.length - 1 ? e : null;
}

const TEXTS: Record<SsoErrorCode, (provider: string, email: string) => string> = {
  sso_off: () => 'Single sign-on is not configured on this instance: sign in with your e-mail and password.',
  misconfigured: () =>
    'Single sign-on is misconfigured on this instance: an admin finds the setting at fault in the server log.',
  provider_unreachable: (p) => `${p} could not be reached: try again in a moment, or sign in with your password.`,
  provider_refused: (p) => `${p} did not sign you in (cancelled or refused there). Try again, or ask your admin.`,
  sign_in_expired: () =>
    'That sign-in had expired (it must finish within 10 minutes, in the browser that started it): start again.',
  state_mismatch: () =>
    'Sign-in refused: the answer from the provider does not belong to the sign-in this browser started ' +
    '(its state differs). Start again.',
  code_rejected: (p) =>
    `Sign-in refused: ${p} did not accept the sign-in code (it was already used, or has expired). Start again.`,
  wrong_audience: (p) =>
    `Sign-in refused: the ID token from ${p} was issued for another application (wrong audience). ` +
    'An admin should check SWARMLENS_OIDC_CLIENT_ID.',
  wrong_issuer: (p) =>
    `Sign-in refused: the ID token from ${p} names another issuer. An admin should check SWARMLENS_OIDC_ISSUER.`,
  token_expired: (p) =>
    `Sign-in refused: the ID token from ${p} has expired. Check the clocks of this server and the provider, ` +
    'then start again.',
  bad_signature: (p) =>
    `Sign-in refused: the ID token's signature does not match ${p}'s published keys. Tell your admin.`,
  nonce_mismatch: () => 'Sign-in refused: the ID token belongs to another sign-in (its nonce differs). Start again.',
  token_invalid: (p) => `Sign-in refused: the answer from ${p} failed a check. An admin finds why in the audit log.`,
  no_email: (p) => `${p} did not send your e-mail address: an admin should let it release the "email" scope.`,
  email_unverified: (p, e) =>
    `${p} has not verified the e-mail address ${e}, so it cannot be matched to a Swarmlens account. ` +
    'Verify it there, or ask an admin.',
  not_invited: (_, e) => `There is no Swarmlens account for ${e}; ask an admin for an invitation.`,
  account_disabled: (_, e) => `The Swarmlens account for ${e} is disabled; ask an admin.`,
  identity_mismatch: (p, e) => `The Swarmlens account for ${e} is bound to another ${p} identity; ask an admin.`,
};

/** The sentence for `/sign-in?error=…`; null without an error. `provider`: the name on the sign-in button
 *  (SWARMLENS_OIDC_NAME; null or the default "single sign-on": "your sign-on provider"). */
export function ssoErrorText(
  error: string | string[] | undefined,
  email: string | string[] | undefined,
  provider: string | null,
): string | null {
  const code = one(error);
  if (code === undefined) return null;
  if (!isSsoErrorCode(code)) return 'Single sign-on did not sign you in: start again.';
  const name = provider && provider !== 'single sign-on' ? provider : 'your sign-on provider';
  const text = TEXTS[code](name, address(email) ?? 'your e-mail address');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
