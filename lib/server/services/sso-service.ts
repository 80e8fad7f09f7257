// Single sign-on: which Swarmlens account an OpenID Connect identity signs in to (README "Single sign-on").
// In order: the account bound to the identity ("<issuer> <subject>"); the account with its e-mail, when the
// provider verified it (the identity is bound to it then); an open invitation for that e-mail (accepted:
// the account is made from it); a new account when the e-mail's domain is allowed or a group maps to a
// role. An unverified e-mail never matches nor makes an account. When SWARMLENS_OIDC_ROLE_GROUPS maps a
// group of the person, the account's role follows the groups at every sign-in (the highest wins). A
// disabled account is refused. Every outcome goes to the audit log.
import 'server-only';
import type { AccountRole } from '../../domain/shapes/auth';
import type { SsoErrorCode } from '../../domain/shapes/sso';
import { oidcSettings, roleFromGroups, type OidcSettings } from '../auth/oidc-settings';
import type { OidcIdentity } from '../auth/oidc/identity';
import { database } from '../db/stores';
import type { UserRow } from '../db/user-store';
import { writeErrorKind } from '../db/write-errors';
import { recordAudit } from './audit-service';
import { startSession } from './auth-service';
import type { SignedIn } from './sign-in-service';
import { SsoRefusal } from './sso-refusal';

type Found = { user: UserRow; how: string; bind: boolean } | { refused: SsoErrorCode; message: string };

const refused = (code: SsoErrorCode, message: string): Found => ({ refused: code, message });

export async function signInWithIdentity(identity: OidcIdentity, address: string): Promise<SignedIn> {
  const settings = oidcSettings();
  if (!settings) throw new SsoRefusal('sso_off', 'single sign-on is not configured');
  const subject = `${identity.issuer} ${identity.subject}`;
  const email = identity.email?.trim().toLowerCase() || null;
  const event = { actor: email ?? subject, via: 'oidc', address, target: null };
  const groupRole = roleFromGroups(settings.roleGroups, identity.groups);
  // Two first sign-ins of one person at once: the loser of the race finds the winner's account.
  let found = await findOrMake(identity, settings, subject, email, groupRole);
  if ('retry' in found) found = await findOrMake(identity, settings, subject, email, groupRole);
  if ('retry' in found) throw new Error(`single sign-on: the account of ${subject} changed twice during sign-in`);
  const user = 'user' in found ? found.user : null;
  if (user?.disabledAt) found = refused('account_disabled', `the account of ${user.email} is disabled`);
  if ('refused' in found) {
    const detail = `single sign-on (${settings.displayName}): ${found.refused}: ${found.message}`;
    await recordAudit({ ...event, userId: user?.id ?? null, action: 'sign-in.refused', status: 403, detail });
    throw new SsoRefusal(found.refused, found.message, email);
  }
  const db = await database();
  const { how } = found;
  const account = found.user;
  if (found.bind) await db.users.updateUser(account.id, { oidcSubject: subject });
  let role: AccountRole = account.role;
  let roleChange = '';
  if (groupRole !== null && groupRole !== account.role) {
    await db.users.updateUser(account.id, { role: groupRole });
    roleChange = `; role ${groupRole} from the groups (was ${account.role})`;
    role = groupRole;
  }
  const session = await startSession({ userId: account.id, name: account.name, role, method: 'oidc' });
  const detail = `single sign-on (${settings.displayName}): ${how}${roleChange}`;
  await recordAudit({ ...event, userId: account.id, action: 'sign-in', status: 200, detail });
  return { ...session, name: account.name };
}

async function findOrMake(
  identity: OidcIdentity,
  settings: OidcSettings,
  subject: string,
  email: string | null,
  groupRole: AccountRole | null,
): Promise<Found | { retry: true }> {
  const db = await database();
  const bound = await db.users.findUserByOidcSubject(subject);
  if (bound) return { user: bound, how: 'the account bound to this identity', bind: false };
  if (!email) return refused('no_email', `the provider sent no e-mail address for ${subject}`);
  if (!identity.emailVerified)
    return refused('email_unverified', `the provider has not verified ${email}: it matches no account`);
  const byEmail = await db.users.findUserByEmail(email);
  if (byEmail) {
    // Bound to an identity of this issuer: another person, or the provider's account was made anew.
    // Bound to another issuer (the provider was replaced): that identity can sign in no more.
    if (byEmail.oidcSubject?.startsWith(`${identity.issuer} `))
      return refused(
        'identity_mismatch',
        `the account of ${email} is bound to another identity (${byEmail.oidcSubject})`,
      );
    return { user: byEmail, how: 'the account with this verified e-mail, now bound to the identity', bind: true };
  }
  const now = new Date();
  const name = identity.name?.slice(0, 200) || email;
  const invitation = await db.invitations.findOpenInvitationByEmail(email, now);
  if (invitation) {
    const newUser = { email, name, role: invitation.role, passwordHash: null, oidcSubject: subject };
    const id = await db.invitations.acceptInvitation(invitation, { ...newUser, createdBy: invitation.createdBy }, now);
    const user = id === null ? null : await db.users.findUserById(id);
    return user ? { user, how: `a new account from invitation ${invitation.id}`, bind: false } : { retry: true };
  }
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const allowed = settings.allowedDomains.includes(domain);
  if (!allowed && groupRole === null)
    return refused('not_invited', `no Swarmlens account for ${email}; ask an admin for an invitation`);
  const role = groupRole ?? settings.defaultRole;
  try {
    const id = await db.users.createUser({
      email,
      name,
      role,
      passwordHash: null,
      oidcSubject: subject,
      createdBy: null,
    });
    const user = await db.users.findUserById(id);
    const why = allowed ? `its domain ${domain} is allowed` : 'a group of it maps to a role';
    return user ? { user, how: `a new account (${why})`, bind: false } : { retry: true };
  } catch (e) {
    if (writeErrorKind(e) === 'duplicate') return { retry: true };
    throw e;
  }
}
