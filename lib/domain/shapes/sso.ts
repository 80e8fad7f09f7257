// Why a single sign-on (OpenID Connect) did not sign someone in: the code /api/auth/oidc/callback (or
// /start) sends to /sign-in?error=CODE, where lib/view/auth/sso-errors.ts words it.

export const SSO_ERROR_CODES = [
  /** Single sign-on is not configured on this instance. */
  'sso_off',
  /** A SWARMLENS_OIDC_* or SWARMLENS_PUBLIC_URL setting is wrong (the server log names it). */
  'misconfigured',
  /** The provider's discovery document, token or keys could not be fetched. */
  'provider_unreachable',
  /** The provider answered the sign-in with an error (the user cancelled, or it refused them). */
  'provider_refused',
  /** No sign-in in progress in this browser (none started, over 10 minutes old, or another browser). */
  'sign_in_expired',
  /** The answer's state is not the one this browser's sign-in sent (forged or mixed up). */
  'state_mismatch',
  /** The token endpoint refused the code: already used (replayed) or expired. */
  'code_rejected',
  /** The ID token was issued for another client. */
  'wrong_audience',
  /** The ID token names another issuer. */
  'wrong_issuer',
  /** The ID token has expired (or is not valid yet). */
  'token_expired',
  /** The ID token's signature does not verify with the provider's published keys. */
  'bad_signature',
  /** The ID token's nonce is not this sign-in's. */
  'nonce_mismatch',
  /** Any other failed check of the provider's answer (the audit log has it). */
  'token_invalid',
  /** The provider sent no e-mail address and no account is bound to the identity. */
  'no_email',
  /** The provider has not verified the e-mail address: it matches no account and makes none. */
  'email_unverified',
  /** Neither an account, an invitation, an allowed domain nor a mapped group: ask for an invitation. */
  'not_invited',
  /** The account is disabled. */
  'account_disabled',
  /** The account with this e-mail is bound to another identity of the same provider. */
  'identity_mismatch',
] as const;

export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];

export const isSsoErrorCode = (value: unknown): value is SsoErrorCode =>
  typeof value === 'string' && (SSO_ERROR_CODES as readonly string[]).includes(value);
