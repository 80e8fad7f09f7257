// Who the OpenID provider says signed in, from the verified ID token's claims (and, for a claim the ID
// token lacks, the UserInfo answer: some providers, Okta for one, put little more than `sub` in the ID
// token). The ID token's claims win: they are the ones checked for signature, issuer and audience.

export interface OidcIdentity {
  /** The provider's issuer identifier (the ID token's `iss`). */
  issuer: string;
  /** The provider's stable id of the person (`sub`); unique within the issuer. */
  subject: string;
  /** Lower-cased; null when the provider sent none. */
  email: string | null;
  /** Whether the provider vouches that the person controls `email`. */
  emailVerified: boolean;
  /** Null when the provider sent none. */
  name: string | null;
  /** The values of the groups claim (SWARMLENS_OIDC_GROUPS_CLAIM); empty when absent. */
  groups: string[];
}

type Claims = Record<string, unknown>;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** `email_verified` is a boolean by the standard; some providers send "true". Microsoft Entra ID sends no
 *  `email_verified`: its optional claim `xms_edov` (the e-mail's domain is verified by its owner) counts. */
const truthy = (v: unknown) => v === true || v === 'true' || v === 1 || v === '1';

function groupsOf(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (!Array.isArray(v)) return [];
  return v.filter((g): g is string => typeof g === 'string' && g.length > 0);
}

/** The claim of `idToken`, else of `userInfo` (only for the same subject: openid-client checks that). */
const claim = (idToken: Claims, userInfo: Claims | null, name: string): unknown =>
  idToken[name] ?? userInfo?.[name] ?? undefined;

/** Whether the ID token alone lacks what a sign-in needs (then UserInfo is asked). */
export const needsUserInfo = (idToken: Claims, groupsClaim: string) =>
  text(idToken.email) === null || idToken[groupsClaim] === undefined;

export function identityFromClaims(idToken: Claims, userInfo: Claims | null, groupsClaim: string): OidcIdentity {
  const email = text(claim(idToken, userInfo, 'email'))?.toLowerCase() ?? null;
  // Verification is read from where the e-mail came from.
  const source = text(idToken.email) !== null ? idToken : (userInfo ?? {});
  const given = [text(claim(idToken, userInfo, 'given_name')), text(claim(idToken, userInfo, 'family_name'))];
  const fullName = given.filter(Boolean).join(' ') || null;
  return {
    issuer: String(idToken.iss),
    subject: String(idToken.sub),
    email,
    emailVerified: email !== null && (truthy(source.email_verified) || truthy(source.xms_edov)),
    name: text(claim(idToken, userInfo, 'name')) ?? fullName ?? text(claim(idToken, userInfo, 'preferred_username')),
    groups: groupsOf(claim(idToken, userInfo, groupsClaim)),
  };
}
