// A real OpenID provider for the single sign-on tests: oidc-provider (panva, OpenID Certified) with its
// development login and consent pages, where any password signs in as one of `accounts` (login = the key).
// It listens on http://localhost:PORT, a site other than the app's 127.0.0.1, so the browser comes back
// cross-site as from a real provider. Its ID tokens carry the account's claims (e-mail, name, groups).
//
// `holdNextAnswer()` keeps the next redirect back to the client (with its code) from the browser and hands
// its URL to the test instead. `tamperNextIdToken(kind)` makes the token endpoint's next answer carry a bad
// ID token, as the OpenID Foundation's relying-party conformance tests do: 'audience' (issued for another
// registered client), 'expired' (expired five minutes ago: the provider's clock is wrong) — both signed with
// the provider's own key, so only that one check can fail — or 'signature' (signed with a key the provider
// never published).
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

/** The client id of the other application the 'audience' ID token is issued for. */
export const OTHER_CLIENT_ID = 'another-app';

function reSigned(idToken, kind, providerKey) {
  const [header, payload] = idToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const now = Math.floor(Date.now() / 1000);
  if (kind === 'audience') claims.aud = OTHER_CLIENT_ID;
  if (kind === 'expired') Object.assign(claims, { iat: now - 600, exp: now - 300, auth_time: now - 600 });
  const key = kind === 'signature' ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey : providerKey;
  const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  // RS256: RSASSA-PKCS1-v1_5 with SHA-256, node's default for an RSA key.
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** Listens on 127.0.0.1 and [::1] (where there is IPv6) at `port`; port 0: 127.0.0.1 only, at any free port. */
async function listen(port, handle) {
  const servers = [];
  for (const host of port === 0 ? ['127.0.0.1'] : ['127.0.0.1', '::1']) {
    const server = createServer((req, res) => handle(req, res));
    const listening = await new Promise((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, host, () => resolve(true));
    });
    if (listening) servers.push(server);
    else if (host === '127.0.0.1') throw new Error(`the OpenID provider could not listen on 127.0.0.1:${port}`);
  }
  return servers;
}

/**
 * @param {{ port: number, clients: object[], accounts: Record<string, Record<string, unknown>> }} options
 * `port` 0: any free port, the issuer http://127.0.0.1:PORT (for tests without a browser).
 */
export async function startOidcProvider({ port, clients, accounts }) {
  let callback = (_req, res) => res.writeHead(503).end();
  const servers = await listen(port, (req, res) => callback(req, res));
  const issuer = port === 0 ? `http://127.0.0.1:${servers[0].address().port}` : `http://localhost:${port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e-signing-key', alg: 'RS256', use: 'sig' };
  const provider = new Provider(issuer, {
    clients: [
      ...clients,
      { client_id: OTHER_CLIENT_ID, client_secret: 'another-secret', redirect_uris: ['http://127.0.0.1:9/cb'] },
    ],
    jwks: { keys: [jwk] },
    findAccount: (_ctx, id) =>
      accounts[id] ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    // The scopes' claims go in the ID token too (as Keycloak, Entra ID and Google put them there).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['e2e-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
  });
  let tamper = null;
  let hold = null;
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && tamper && typeof ctx.body?.id_token === 'string') {
      ctx.body = { ...ctx.body, id_token: reSigned(ctx.body.id_token, tamper, privateKey) };
      tamper = null;
    }
    const location = ctx.response.get('location');
    if (hold && ctx.status >= 300 && ctx.status < 400 && location.includes('code=')) {
      hold(location);
      hold = null;
      ctx.remove('location');
      ctx.status = 200;
      ctx.type = 'text/plain';
      ctx.body = 'The answer to the client is held by the test.';
    }
  });
  callback = provider.callback();
  return {
    issuer,
    /** The next answer with a code is not sent to the client: resolves with its URL (code and state). */
    holdNextAnswer() {
      return new Promise((resolve) => (hold = resolve));
    },
    /** @param {'audience' | 'expired' | 'signature'} kind */
    tamperNextIdToken(kind) {
      tamper = kind;
    },
    async close() {
      await Promise.all(
        servers.map((s) => new Promise((resolve) => (s.closeAllConnections(), s.close(() => resolve())))),
      );
    },
  };
}
