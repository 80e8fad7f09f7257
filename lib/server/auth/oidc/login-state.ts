// A single sign-on in progress, kept in the browser between /api/auth/oidc/start and /callback: the PKCE
// code verifier, state, nonce, redirect URI and where to go after. Sealed with AES-256-GCM under a key
// derived (HKDF-SHA256) from the client secret, so every instance behind a load balancer opens it and
// nobody else can read or forge one; it is valid LOGIN_STATE_TTL_MS after it was made.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export const LOGIN_STATE_TTL_MS = 10 * 60_000;

export interface LoginState {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** The redirect_uri the authorization request sent; the token request must send the same. */
  redirectUri: string;
  /** A local path (lib/view/auth/next-path.ts). */
  next: string;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** 32 bytes bound to the issuer and client: a new client secret ends the sign-ins in progress. */
function key(clientSecret: string, issuer: string, clientId: string): Buffer {
  const info = `swarmlens oidc login state\n${issuer}\n${clientId}`;
  return Buffer.from(hkdfSync('sha256', clientSecret, 'swarmlens', info, 32));
}

export interface SealKey {
  clientSecret: string;
  issuer: string;
  clientId: string;
}

/** base64url(iv | ciphertext | tag) of the state and its expiry (ms since the epoch). */
export function sealLoginState(s: LoginState, k: SealKey, now = Date.now()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key(k.clientSecret, k.issuer, k.clientId), iv);
  cipher.setAAD(Buffer.from(VERSION));
  const plain = Buffer.from(JSON.stringify({ ...s, expiresAt: now + LOGIN_STATE_TTL_MS }));
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]).toString('base64url');
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** The state sealed in `sealed`; null when it is missing, forged, altered, sealed under another key,
 *  or expired. */
export function openLoginState(sealed: string | null | undefined, k: SealKey, now = Date.now()): LoginState | null {
  if (!sealed || sealed.length > 8000) return null;
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES + 2) return null;
  let parsed: unknown;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      key(k.clientSecret, k.issuer, k.clientId),
      raw.subarray(0, IV_BYTES),
    );
    decipher.setAAD(Buffer.from(VERSION));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
    parsed = JSON.parse(plain.toString('utf8'));
  } catch {
    return null;
  }
  const p = parsed as Partial<Record<keyof LoginState | 'expiresAt', unknown>>;
  if (typeof p.expiresAt !== 'number' || !(now < p.expiresAt)) return null;
  if (!isText(p.codeVerifier, 200) || !isText(p.state, 200) || !isText(p.nonce, 200)) return null;
  if (!isText(p.redirectUri, 2000) || !isText(p.next, 4000)) return null;
  return { codeVerifier: p.codeVerifier, state: p.state, nonce: p.nonce, redirectUri: p.redirectUri, next: p.next };
}
