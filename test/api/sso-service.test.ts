// Single sign-on's account mapping (lib/server/services/sso-service.ts) on a real SQLite database: the bound
// identity, a verified e-mail, an open invitation, an allowed domain or a mapped group, else refused; roles
// from groups at every sign-in; disabled accounts refused; every outcome in the audit log.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'swarmlens-sso-')), 's.db')}`;
process.env.SWARMLENS_OIDC_ISSUER = 'https://id.example.com/realms/perf';
process.env.SWARMLENS_OIDC_CLIENT_ID = 'swarmlens';
process.env.SWARMLENS_OIDC_CLIENT_SECRET = 'client-secret';
process.env.SWARMLENS_OIDC_NAME = 'Keycloak';
process.env.SWARMLENS_OIDC_ALLOWED_DOMAINS = 'allowed.example';
process.env.SWARMLENS_OIDC_ROLE_GROUPS = 'editor=perf-team, admin=platform-leads';
const { signInWithIdentity } = await import('../../lib/server/services/sso-service');
const { callerOf } = await import('../../lib/server/services/auth-service');
const { database } = await import('../../lib/server/db/stores');
const { SsoRefusal } = await import('../../lib/server/services/sso-refusal');

const ISSUER = 'https://id.example.com/realms/perf';
const ADDRESS = '198.51.100.7';
const db = await database();

type Identity = Parameters<typeof signInWithIdentity>[0];
const identity = (sub: string, email: string | null, extra: Partial<Identity> = {}): Identity => {
  const base = { issuer: ISSUER, subject: sub, email, emailVerified: true, name: `Person ${sub}`, groups: [] };
  return { ...base, ...extra };
};

/** The SsoRefusal `p` fails with. */
async function refusal(p: Promise<unknown>): Promise<InstanceType<typeof SsoRefusal>> {
  const e: unknown = await p.catch((err: unknown) => err);
  expect(e).toBeInstanceOf(SsoRefusal);
  return e as InstanceType<typeof SsoRefusal>;
}

type NewUser = Parameters<typeof db.users.createUser>[0];
const newUser = (email: string, extra: Partial<NewUser> = {}) => {
  const base = { email, name: email, role: 'viewer', passwordHash: null, oidcSubject: null, createdBy: null } as const;
  return db.users.createUser({ ...base, ...extra });
};

const invite = (email: string, role: 'viewer' | 'editor' | 'admin', expiresInMs = 86_400_000) =>
  db.invitations.createInvitation({
    tokenHash: randomBytes(32).toString('hex'),
    email,
    role,
    projectId: null,
    projectRole: null,
    createdBy: 'usr_admin',
    expiresAt: new Date(Date.now() + expiresInMs),
  });

async function lastAudit(actor: string) {
  const events = await db.audit.listAuditEvents({ beforeId: null, limit: 200, userId: null, action: null });
  return events.find((e) => e.actor === actor);
}

describe('which account', () => {
  test('a verified e-mail matches its account and binds the identity; later the identity alone signs in', async () => {
    const id = await newUser('erin@corp.example', { name: 'Erin Editor', role: 'editor' });
    const signedIn = await signInWithIdentity(identity('erin-1', 'Erin@Corp.example'), ADDRESS);
    expect(signedIn.name).toBe('Erin Editor');
    expect((await db.users.findUserById(id))!.oidcSubject).toBe(`${ISSUER} erin-1`);
    const caller = await callerOf(signedIn.token, null, ADDRESS);
    expect(caller).toMatchObject({ userId: id, name: 'Erin Editor', role: 'editor', via: 'session' });
    // The provider's e-mail changed: the bound identity still finds the account.
    expect((await signInWithIdentity(identity('erin-1', 'erin.e@corp.example'), ADDRESS)).name).toBe('Erin Editor');
    expect(await lastAudit('erin@corp.example')).toMatchObject({
      userId: id,
      via: 'oidc',
      action: 'sign-in',
      status: 200,
      detail: expect.stringContaining('single sign-on (Keycloak): the account with this verified e-mail'),
    });
  });

  test('an unverified e-mail matches no account and makes none, even in an allowed domain', async () => {
    const id = await newUser('vic@corp.example');
    const r = await refusal(
      signInWithIdentity(identity('vic-1', 'vic@corp.example', { emailVerified: false }), ADDRESS),
    );
    expect(r).toMatchObject({ reason: 'email_unverified', email: 'vic@corp.example' });
    expect((await db.users.findUserById(id))!.oidcSubject).toBeNull();
    const u = identity('una-1', 'una@allowed.example', { emailVerified: false });
    expect((await refusal(signInWithIdentity(u, ADDRESS))).reason).toBe('email_unverified');
    expect(await db.users.findUserByEmail('una@allowed.example')).toBeNull();
    expect(await lastAudit('una@allowed.example')).toMatchObject({
      action: 'sign-in.refused',
      detail: expect.stringContaining('email_unverified'),
    });
  });

  test('no e-mail and no bound account: refused', async () => {
    expect((await refusal(signInWithIdentity(identity('nobody', null), ADDRESS))).reason).toBe('no_email');
  });

  test('an open invitation: the newest is accepted, the account made from it without a password', async () => {
    await invite('ivy@corp.example', 'editor');
    const newest = await invite('ivy@corp.example', 'admin');
    const expired = await invite('ivy@corp.example', 'viewer', -1000);
    const signedIn = await signInWithIdentity(identity('ivy-1', 'ivy@corp.example', { name: 'Ivy Invited' }), ADDRESS);
    const user = (await db.users.findUserByOidcSubject(`${ISSUER} ivy-1`))!;
    expect(user).toMatchObject({ email: 'ivy@corp.example', name: 'Ivy Invited', role: 'admin', passwordHash: null });
    expect(signedIn.name).toBe('Ivy Invited');
    const invitations = await db.invitations.listInvitations();
    expect(invitations.find((i) => i.id === newest)!.acceptedAt).not.toBeNull();
    expect(invitations.find((i) => i.id === expired)!.acceptedAt).toBeNull();
    expect(await lastAudit('ivy@corp.example')).toMatchObject({ detail: expect.stringContaining(newest) });
  });

  test('an allowed domain makes an account with the default role; a mapped group, with its role', async () => {
    await signInWithIdentity(identity('dana-1', 'dana@allowed.example', { name: 'Dana' }), ADDRESS);
    expect(await db.users.findUserByEmail('dana@allowed.example')).toMatchObject({ role: 'viewer', name: 'Dana' });
    await signInWithIdentity(identity('gus-1', 'gus@elsewhere.example', { groups: ['perf-team'] }), ADDRESS);
    expect(await db.users.findUserByEmail('gus@elsewhere.example')).toMatchObject({
      role: 'editor',
      oidcSubject: `${ISSUER} gus-1`,
    });
  });

  test('anyone else is refused: "no Swarmlens account for x@y; ask an admin for an invitation"', async () => {
    const r = await refusal(
      signInWithIdentity(identity('olly-1', 'olly@elsewhere.example', { groups: ['x'] }), ADDRESS),
    );
    expect(r).toMatchObject({
      reason: 'not_invited',
      email: 'olly@elsewhere.example',
      message: 'no Swarmlens account for olly@elsewhere.example; ask an admin for an invitation',
    });
    expect(await db.users.findUserByEmail('olly@elsewhere.example')).toBeNull();
    expect(await lastAudit('olly@elsewhere.example')).toMatchObject({
      userId: null,
      via: 'oidc',
      action: 'sign-in.refused',
      status: 403,
      detail: expect.stringContaining('not_invited: no Swarmlens account for olly@elsewhere.example'),
    });
  });

  test('bound to another identity of this provider: refused; of a replaced provider: bound anew', async () => {
    const taken = await newUser('tom@corp.example', { oidcSubject: `${ISSUER} tom-old` });
    expect((await refusal(signInWithIdentity(identity('tom-new', 'tom@corp.example'), ADDRESS))).reason).toBe(
      'identity_mismatch',
    );
    expect((await db.users.findUserById(taken))!.oidcSubject).toBe(`${ISSUER} tom-old`);
    const moved = await newUser('mo@corp.example', { oidcSubject: 'https://old-idp.example mo' });
    await signInWithIdentity(identity('mo-1', 'mo@corp.example'), ADDRESS);
    expect((await db.users.findUserById(moved))!.oidcSubject).toBe(`${ISSUER} mo-1`);
  });

  test('two first sign-ins of one person at once make one account', async () => {
    const who = identity('twin-1', 'twin@allowed.example');
    const both = await Promise.all([signInWithIdentity(who, ADDRESS), signInWithIdentity(who, ADDRESS)]);
    expect(both.map((s) => s.name)).toEqual(['Person twin-1', 'Person twin-1']);
    const users = (await db.users.listUsers()).filter((u) => u.email === 'twin@allowed.example');
    expect(users).toHaveLength(1);
  });
});

describe('roles and disabled accounts', () => {
  test('mapped groups set the role at every sign-in, the highest winning; unmapped groups keep it', async () => {
    const id = await newUser('rhea@corp.example', { role: 'viewer', oidcSubject: `${ISSUER} rhea-1` });
    const as = (groups: string[]) => signInWithIdentity(identity('rhea-1', 'rhea@corp.example', { groups }), ADDRESS);
    const admin = await as(['perf-team', 'platform-leads']);
    expect((await db.users.findUserById(id))!.role).toBe('admin');
    expect((await callerOf(admin.token, null, ADDRESS))!.role).toBe('admin');
    expect(await lastAudit('rhea@corp.example')).toMatchObject({
      detail: expect.stringContaining('role admin from the groups (was viewer)'),
    });
    await as(['perf-team']);
    expect((await db.users.findUserById(id))!.role).toBe('editor');
    await as(['unmapped']);
    expect((await db.users.findUserById(id))!.role).toBe('editor');
  });

  test('a disabled account is refused, whether found by its identity or its e-mail, and is not bound', async () => {
    const bound = await newUser('dis@corp.example', { oidcSubject: `${ISSUER} dis-1` });
    await db.users.setUserDisabled(bound, new Date());
    const r = await refusal(signInWithIdentity(identity('dis-1', 'dis@corp.example'), ADDRESS));
    expect(r).toMatchObject({ reason: 'account_disabled', email: 'dis@corp.example' });
    expect(await lastAudit('dis@corp.example')).toMatchObject({ userId: bound, action: 'sign-in.refused' });
    const byEmail = await newUser('dis2@corp.example');
    await db.users.setUserDisabled(byEmail, new Date());
    expect((await refusal(signInWithIdentity(identity('dis-2', 'dis2@corp.example'), ADDRESS))).reason).toBe(
      'account_disabled',
    );
    expect((await db.users.findUserById(byEmail))!.oidcSubject).toBeNull();
  });
});
