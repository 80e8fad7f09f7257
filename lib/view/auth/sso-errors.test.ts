// The sentence /sign-in shows for each single sign-on failure.
import { expect, test } from 'vitest';
import { SSO_ERROR_CODES } from '../../domain/shapes/sso';
import { ssoErrorText } from './sso-errors';

test('no error: nothing to say', () => {
  expect(ssoErrorText(undefined, undefined, 'Keycloak')).toBeNull();
});

test('every code has its own sentence, starting with a capital and ending with a full stop', () => {
  const texts = SSO_ERROR_CODES.map((code) => ssoErrorText(code, 'erin@corp.example', 'Keycloak')!);
  expect(new Set(texts).size).toBe(SSO_ERROR_CODES.length);
  for (const t of texts) expect(t).toMatch(/^[A-Z].*\.$/);
});

test.each([
  ['not_invited', 'There is no Swarmlens account for erin@corp.example; ask an admin for an invitation.'],
  ['state_mismatch', 'Sign-in refused: the answer from the provider does not belong to the sign-in this browser'],
  ['code_rejected', 'Keycloak did not accept the sign-in code (it was already used, or has expired)'],
  ['wrong_audience', 'was issued for another application (wrong audience)'],
  ['token_expired', 'the ID token from Keycloak has expired'],
])('%s: %s', (code, words) => {
  expect(ssoErrorText(code, 'erin@corp.example', 'Keycloak')).toContain(words);
});

test('the e-mail is shown only when it looks like one: a crafted link cannot put other words there', () => {
  for (const email of ['click https://evil.example now', 'a@b@c', '@x', 'x@', ['a@b.c', 'd@e.f'], undefined])
    expect(ssoErrorText('not_invited', email, 'Keycloak')).toBe(
      'There is no Swarmlens account for your e-mail address; ask an admin for an invitation.',
    );
});

test('an unknown code gets a general sentence, never the code itself; no name: "your sign-on provider"', () => {
  expect(ssoErrorText('<b>pwned</b>', undefined, 'Keycloak')).toBe('Single sign-on did not sign you in: start again.');
  expect(ssoErrorText('provider_unreachable', undefined, null)).toMatch(/^Your sign-on provider could not be reached/);
  expect(ssoErrorText('provider_unreachable', undefined, 'single sign-on')).toMatch(/^Your sign-on provider/);
});
