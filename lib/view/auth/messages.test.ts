import { expect, test } from 'vitest';
import { signInErrorText, tokenState, uploadCommand, waitText } from './messages';

test.each<[number, unknown, 'password' | 'secret', string]>([
  [401, { error: { code: 'unauthorized', message: 'wrong secret' } }, 'secret', 'That is not the admin secret.'],
  [401, null, 'secret', 'That is not the admin secret.'],
  [
    401,
    { error: { code: 'unauthorized', message: 'wrong e-mail or password' } },
    'password',
    'That e-mail and password do not match an account that may sign in.',
  ],
  [
    429,
    { error: { code: 'too_many_attempts', message: 'x', details: { retryAfterS: 45 } } },
    'password',
    'Too many failed sign-ins: wait 45 seconds, then try again.',
  ],
  [
    429,
    { error: { code: 'too_many_attempts', message: 'x', details: { retryAfterS: 301 } } },
    'secret',
    'Too many failed sign-ins: wait 6 minutes, then try again.',
  ],
  [429, null, 'secret', 'Too many failed sign-ins: wait a while, then try again.'],
  [
    400,
    { error: { code: 'auth_off', message: 'SWARMLENS_ADMIN_SECRET is not set' } },
    'secret',
    'No admin secret is set on this instance: sign in with your account.',
  ],
  [
    400,
    { error: { code: 'auth_off', message: 'access control is off' } },
    'password',
    'Access control is off on this instance: there is nothing to sign in to.',
  ],
  [
    400,
    { error: { code: 'invalid_body', message: 'secret: required' } },
    'secret',
    'Could not sign in: secret: required.',
  ],
  [500, '<html>', 'password', 'Could not sign in: the server answered 500.'],
  [502, { error: {} }, 'secret', 'Could not sign in: the server answered 502.'],
])('signInErrorText(%i, %j, %s)', (status, body, kind, text) => expect(signInErrorText(status, body, kind)).toBe(text));

test.each<[number, string]>([
  [0, '1 second'],
  [1, '1 second'],
  [1.2, '2 seconds'],
  [89, '89 seconds'],
  [90, '2 minutes'],
  [600, '10 minutes'],
])('waitText(%d) = %s', (s, text) => expect(waitText(s)).toBe(text));

test('tokenState', () => {
  expect(tokenState({ revokedAt: null })).toBe('active');
  expect(tokenState({ revokedAt: '2026-01-02T03:04:05.000Z' })).toBe('revoked');
});

test('uploadCommand', () => {
  expect(uploadCommand('https://swarmlens.example')).toBe(
    'swarmlens upload RUN --server https://swarmlens.example --token $SWARMLENS_TOKEN',
  );
  expect(uploadCommand('http://localhost:3000', 'sl_api_x')).toBe(
    'swarmlens upload RUN --server http://localhost:3000 --token sl_api_x',
  );
});
