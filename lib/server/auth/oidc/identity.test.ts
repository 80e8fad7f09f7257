// Who signed in, from the ID token's claims, filled in from UserInfo where the ID token is thin.
import { expect, test } from 'vitest';
import { identityFromClaims, needsUserInfo } from './identity';

const BASE = { iss: 'https://id.example.com', sub: 'u-1', aud: 'swarmlens', exp: 2, iat: 1 };

test('the ID token alone: e-mail lower-cased, verified, name and groups', () => {
  const claims = { ...BASE, email: 'Erin@Corp.Example', email_verified: true, name: 'Erin E', groups: ['a', 'b'] };
  expect(needsUserInfo(claims, 'groups')).toBe(false);
  expect(identityFromClaims(claims, null, 'groups')).toEqual({
    issuer: 'https://id.example.com',
    subject: 'u-1',
    email: 'erin@corp.example',
    emailVerified: true,
    name: 'Erin E',
    groups: ['a', 'b'],
  });
});

test('verified only when the provider says so: "true" counts, a missing or false flag does not', () => {
  const id = (extra: Record<string, unknown>) =>
    identityFromClaims({ ...BASE, email: 'a@b.c', ...extra }, null, 'groups');
  expect(id({ email_verified: 'true' }).emailVerified).toBe(true);
  expect(id({}).emailVerified).toBe(false);
  expect(id({ email_verified: false }).emailVerified).toBe(false);
  expect(id({ email_verified: 'yes' }).emailVerified).toBe(false);
  // Microsoft Entra ID: no email_verified; xms_edov says the e-mail's domain is verified by its owner.
  expect(id({ xms_edov: true }).emailVerified).toBe(true);
  expect(id({ xms_edov: false }).emailVerified).toBe(false);
});

test('a name from given and family names, else preferred_username; groups as one string or none', () => {
  const a = identityFromClaims({ ...BASE, given_name: 'Dana', family_name: 'Doe', groups: 'perf' }, null, 'groups');
  expect(a).toMatchObject({ name: 'Dana Doe', groups: ['perf'], email: null, emailVerified: false });
  const b = identityFromClaims({ ...BASE, preferred_username: 'dana', roles: [1, 'x', null] }, null, 'roles');
  expect(b).toMatchObject({ name: 'dana', groups: ['x'] });
  expect(identityFromClaims(BASE, null, 'groups')).toMatchObject({ name: null, groups: [] });
});

test('a thin ID token: e-mail, its verification, name and groups come from UserInfo; the ID token wins', () => {
  expect(needsUserInfo(BASE, 'groups')).toBe(true);
  expect(needsUserInfo({ ...BASE, email: 'a@b.c' }, 'groups')).toBe(true);
  const userInfo = { sub: 'u-1', email: 'Ivy@Corp.Example', email_verified: true, name: 'Ivy', groups: ['perf'] };
  expect(identityFromClaims({ ...BASE, name: 'Ivy I' }, userInfo, 'groups')).toEqual({
    issuer: 'https://id.example.com',
    subject: 'u-1',
    email: 'ivy@corp.example',
    emailVerified: true,
    name: 'Ivy I',
    groups: ['perf'],
  });
  // The ID token's e-mail is checked by the ID token's own flag only (there: none), not UserInfo's.
  const mixed = identityFromClaims({ ...BASE, email: 'ivy@corp.example' }, userInfo, 'groups');
  expect(mixed.emailVerified).toBe(false);
});
