// The sealed sign-in state: opens only under its own key, unaltered, within 10 minutes.
import { expect, test } from 'vitest';
import { LOGIN_STATE_TTL_MS, openLoginState, sealLoginState, type LoginState } from './login-state';

const STATE: LoginState = {
  codeVerifier: 'v'.repeat(43),
  state: 's'.repeat(43),
  nonce: 'n'.repeat(43),
  redirectUri: 'https://lens.example.com/api/auth/oidc/callback',
  next: '/projects/Shop?tab=runs',
};
const KEY = { clientSecret: 'secret', issuer: 'https://id.example.com', clientId: 'swarmlens' };
const T0 = Date.UTC(2026, 11, 15, 9, 0, 0);

test('sealed and opened under the same key within the time: the same state; the text shows none of it', () => {
  const sealed = sealLoginState(STATE, KEY, T0);
  expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(sealed).not.toContain('ssss');
  expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('/projects');
  expect(openLoginState(sealed, KEY, T0 + LOGIN_STATE_TTL_MS - 1)).toEqual(STATE);
  expect(sealLoginState(STATE, KEY, T0)).not.toBe(sealed);
});

test('expired after 10 minutes', () => {
  expect(openLoginState(sealLoginState(STATE, KEY, T0), KEY, T0 + LOGIN_STATE_TTL_MS)).toBeNull();
  expect(LOGIN_STATE_TTL_MS).toBe(600_000);
});

test('another client secret, issuer or client id cannot open it', () => {
  const sealed = sealLoginState(STATE, KEY, T0);
  for (const other of [
    { ...KEY, clientSecret: 'secret2' },
    { ...KEY, issuer: 'https://other.example.com' },
    { ...KEY, clientId: 'other' },
  ])
    expect(openLoginState(sealed, other, T0)).toBeNull();
});

test('any altered byte, a truncation, a forgery or garbage is refused', () => {
  const sealed = sealLoginState(STATE, KEY, T0);
  const raw = Buffer.from(sealed, 'base64url');
  for (const i of [0, 11, 12, 20, raw.length - 17, raw.length - 1]) {
    const altered = Buffer.from(raw);
    altered[i]! ^= 1;
    expect(openLoginState(altered.toString('base64url'), KEY, T0)).toBeNull();
  }
  expect(openLoginState(raw.subarray(0, raw.length - 1).toString('base64url'), KEY, T0)).toBeNull();
  const forged = Buffer.from(JSON.stringify({ ...STATE, expiresAt: T0 + 60_000 })).toString('base64url');
  for (const bad of [forged, '', null, undefined, 'x', '%%%', 'A'.repeat(9000)])
    expect(openLoginState(bad, KEY, T0)).toBeNull();
});
