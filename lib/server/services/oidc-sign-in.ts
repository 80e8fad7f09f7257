// Single sign-on through OpenID Connect, the two legs. Start: the provider's sign-in URL and the sealed
// state of this sign-in for the browser's cookie (lib/server/auth/oidc/login-state.ts): nothing is kept on
// the server, so any instance behind a load balancer finishes what another started. Callback: the sealed
// state opened, the state compared, the code redeemed and the ID token checked by openid-client
// (lib/server/auth/oidc/client.ts), then the account found or made (sso-service.ts). Every refused
// callback goes to the audit log with its reason.
import 'server-only';
import { authorizationRequest, redeemCode } from '../auth/oidc/client';
import { ssoFailure } from '../auth/oidc/failure';
import { openLoginState, sealLoginState, type SealKey } from '../auth/oidc/login-state';
import { oidcSettings, type OidcSettings } from '../auth/oidc-settings';
import { oidcRedirectUri } from '../auth/public-url';
import { recordAudit } from './audit-service';
import type { SignedIn } from './sign-in-service';
import { signInWithIdentity } from './sso-service';
import { SsoRefusal } from './sso-refusal';

/** The longest `next` carried through the provider (a cookie holds about 4 KB). */
const NEXT_MAX = 2000;

const sealKey = (s: OidcSettings): SealKey => ({
  clientSecret: s.clientSecret,
  issuer: s.issuer,
  clientId: s.clientId,
});

/** The settings, or a refusal: not configured, or a setting is wrong (the server log names it). */
function settingsOrRefusal(): OidcSettings {
  let settings: OidcSettings | null;
  try {
    settings = oidcSettings();
  } catch (e) {
    console.error(`swarmlens: single sign-on: ${(e as Error).message}`);
    throw new SsoRefusal('misconfigured', (e as Error).message);
  }
  if (!settings) throw new SsoRefusal('sso_off', 'single sign-on is not configured');
  return settings;
}

/** Where to send the browser, and the sealed state for its cookie. `next`: a local path (the route checks
 *  it with lib/view/auth/next-path.ts). Throws SsoRefusal. */
export async function beginOidcSignIn(request: Request, next: string): Promise<{ url: string; sealed: string }> {
  const settings = settingsOrRefusal();
  let redirectUri: string;
  try {
    redirectUri = oidcRedirectUri(request);
  } catch (e) {
    console.error(`swarmlens: single sign-on: ${(e as Error).message}`);
    throw new SsoRefusal('misconfigured', (e as Error).message);
  }
  const target = next.length > NEXT_MAX ? '/' : next;
  try {
    const { url, loginState } = await authorizationRequest(settings, redirectUri, target);
    return { url, sealed: sealLoginState(loginState, sealKey(settings)) };
  } catch (e) {
    const failure = ssoFailure(e);
    if (!failure) throw e;
    console.error(`swarmlens: single sign-on with ${settings.issuer}: ${failure.code}: ${failure.detail}`);
    throw new SsoRefusal(failure.code, failure.detail);
  }
}

export type OidcOutcome =
  | { signedIn: SignedIn; next: string; refusal: null }
  /** `next`: where the sign-in meant to go, when known (for the sign-in page's link). */
  | { signedIn: null; next: string; refusal: SsoRefusal };

/** Finishes the sign-in `sealed` (the cookie) started, from the provider's answer `params` (the query). */
export async function finishOidcSignIn(
  sealed: string | null,
  params: URLSearchParams,
  address: string,
): Promise<OidcOutcome> {
  let next = '/';
  try {
    const settings = settingsOrRefusal();
    const login = openLoginState(sealed, sealKey(settings));
    if (!login)
      throw await refusedCallback(settings, address, 'sign_in_expired', 'no sign-in in progress in this browser');
    next = login.next;
    if (params.get('state') !== login.state)
      throw await refusedCallback(
        settings,
        address,
        'state_mismatch',
        "the answer's state is not this browser's sign-in's",
      );
    let identity;
    try {
      identity = await redeemCode(settings, login, params);
    } catch (e) {
      const failure = ssoFailure(e);
      if (!failure) throw e;
      throw await refusedCallback(settings, address, failure.code, failure.detail);
    }
    return { signedIn: await signInWithIdentity(identity, address), next, refusal: null };
  } catch (e) {
    if (e instanceof SsoRefusal) return { signedIn: null, next, refusal: e };
    throw e;
  }
}

/** Records a callback refused before anyone was identified; the refusal to throw. */
async function refusedCallback(
  settings: OidcSettings,
  address: string,
  code: SsoRefusal['reason'],
  detail: string,
): Promise<SsoRefusal> {
  await recordAudit({
    userId: null,
    actor: 'single sign-on (not identified)',
    via: 'oidc',
    address,
    action: 'sign-in.refused',
    target: null,
    status: 403,
    detail: `single sign-on (${settings.displayName}): ${code}: ${detail}`,
  });
  return new SsoRefusal(code, detail);
}
