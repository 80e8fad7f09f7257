import { expect, test } from 'vitest';
import { signInErrorText, tokenState, uploadCommand } from './messages';

test.each<[number, unknown, string]>([
  [401, { error: { code: 'unauthorized', message: 'wrong secret' } }, 'That is not the admin secret.'],
  [401, null, 'That is not the admin secret.'],
  [
    400,
    { error: { code: 'auth_off', message: 'access control is off' } },
    'Access control is off on this instance: there is nothing to sign in to.',
  ],
  [400, { error: { code: 'invalid_body', message: 'secret: required' } }, 'Could not sign in: secret: required.'],
  [500, '<html>', 'Could not sign in: the server answered 500.'],
  [502, { error: {} }, 'Could not sign in: the server answered 502.'],
])('signInErrorText(%i, %j)', (status, body, text) => expect(signInErrorText(status, body)).toBe(text));

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
