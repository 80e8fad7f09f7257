// The OpenID Connect relying party, on openid-client: the authorization request (code flow, PKCE S256,
// random state and nonce) and the code exchange, whose answer openid-client checks: state, the code
// (the provider refuses a used one), and the ID token's signature (against the provider's published
// keys), issuer, audience, expiry and nonce. The only state kept in the process is the provider's
// discovery document (with its keys), fetched once and fetched again after a failure.
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { isLoopback, type OidcSettings } from '../oidc-settings';
import { identityFromClaims, needsUserInfo, type OidcIdentity } from './identity';
import type { LoginState } from './login-state';

/** Seconds an answer of the provider may take. */
const PROVIDER_TIMEOUT_S = 10;

const discovered = new Map<string, Promise<oidc.Configuration>>();

/** The client of `s`'s provider, discovered once per process (per issuer, client id and secret). */
function configuration(s: OidcSettings): Promise<oidc.Configuration> {
  const id = [s.issuer, s.clientId, createHash('sha256').update(s.clientSecret).digest('hex')].join('\n');
  let found = discovered.get(id);
  if (!found) {
    const issuer = new URL(s.issuer);
    // The ID token's signature is checked too, not only the TLS connection that brought it.
    const execute = [oidc.enableNonRepudiationChecks];
    if (issuer.protocol === 'http:' && isLoopback(issuer)) execute.push(oidc.allowInsecureRequests);
    found = oidc.discovery(issuer, s.clientId, s.clientSecret, undefined, { execute, timeout: PROVIDER_TIMEOUT_S });
    found.catch(() => discovered.delete(id));
    discovered.set(id, found);
  }
  return found;
}

/** Where to send the browser to sign in, and what the callback will need to check the answer. */
export async function authorizationRequest(
  s: OidcSettings,
  redirectUri: string,
  next: string,
): Promise<{ url: string; loginState: LoginState }> {
  const config = await configuration(s);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: [...new Set(['openid', 'email', 'profile', ...s.extraScopes])].join(' '),
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, loginState: { codeVerifier, state, nonce, redirectUri, next } };
}

/** Redeems the code of the provider's answer (`params`: the callback's query) and returns who signed in.
 *  Throws openid-client's errors (lib/server/auth/oidc/failure.ts names them). */
export async function redeemCode(s: OidcSettings, login: LoginState, params: URLSearchParams): Promise<OidcIdentity> {
  const config = await configuration(s);
  // The URL the provider was told to answer at: the token request repeats it as redirect_uri.
  const answer = new URL(login.redirectUri);
  answer.search = params.toString();
  const tokens = await oidc.authorizationCodeGrant(config, answer, {
    pkceCodeVerifier: login.codeVerifier,
    expectedState: login.state,
    expectedNonce: login.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new oidc.ClientError('the provider sent no ID token');
  const userInfo =
    needsUserInfo(claims, s.groupsClaim) && config.serverMetadata().userinfo_endpoint
      ? await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
      : null;
  return identityFromClaims(claims, userInfo, s.groupsClaim);
}
