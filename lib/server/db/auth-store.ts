// Sessions and API tokens, looked up by the sha256 of their token (the token itself is never stored).
import { newId } from '../../domain/ids';
import type { AccountRole, Role, SignInMethod } from '../../domain/shapes/auth';
import type { Db } from './client';
import type { ApiTokenInfo } from '../../domain/shapes/auth';
import { readChoice } from './text-columns';

export interface TokenOwner {
  id: string;
  role: AccountRole;
  name: string;
  /** The named account (null: the admin secret's session, or a token made with it). */
  userId: string | null;
  /** The account, read in the same query (null without one). */
  account: { role: AccountRole; name: string; disabled: boolean } | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export interface SessionOwner extends TokenOwner {
  method: SignInMethod;
  /** Which of the hashes looked up matched. */
  tokenHash: string;
}

const WITH_ACCOUNT = { user: { select: { role: true, name: true, disabledAt: true } } } as const;

function accountOf(u: { role: string; name: string; disabledAt: Date | null } | null, userId: string | null) {
  return u && userId
    ? { role: readChoice('user_account.role', userId, u.role), name: u.name, disabled: u.disabledAt !== null }
    : null;
}

export interface NewSession {
  tokenHash: string;
  role: AccountRole;
  name: string;
  userId: string | null;
  method: SignInMethod;
  expiresAt: Date;
}

export async function createSession(db: Db, session: NewSession): Promise<string> {
  const id = newId('ses');
  await db.session.create({ data: { id, ...session } });
  return id;
}

/** The session stored under any of `tokenHashes` (an account's sha256 or the admin secret's HMAC), with its
 *  account: one query on the hot path of every request. */
export async function findSession(db: Db, tokenHashes: string[]): Promise<SessionOwner | null> {
  const s = await db.session.findFirst({ where: { tokenHash: { in: tokenHashes } }, include: WITH_ACCOUNT });
  return s
    ? {
        id: s.id,
        role: readChoice('session.role', s.id, s.role),
        name: s.name,
        userId: s.userId,
        account: accountOf(s.user, s.userId),
        tokenHash: s.tokenHash,
        method: readChoice('session.method', s.id, s.method),
        expiresAt: s.expiresAt,
        revokedAt: s.revokedAt,
      }
    : null;
}

export async function revokeSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.session.updateMany({ where: { tokenHash, revokedAt: null }, data: { revokedAt: now } });
}

export async function createApiToken(
  db: Db,
  tokenHash: string,
  name: string,
  role: Role,
  createdBy: string,
  userId: string | null,
): Promise<string> {
  const id = newId('tok');
  await db.apiToken.create({ data: { id, tokenHash, name, role, createdBy, userId } });
  return id;
}

export async function findApiToken(db: Db, tokenHash: string): Promise<TokenOwner | null> {
  const t = await db.apiToken.findUnique({ where: { tokenHash }, include: WITH_ACCOUNT });
  return t
    ? {
        id: t.id,
        role: readChoice('api_token.role', t.id, t.role),
        name: t.name,
        userId: t.userId,
        account: accountOf(t.user, t.userId),
        expiresAt: null,
        revokedAt: t.revokedAt,
      }
    : null;
}

/** Records use at most once a minute per token, so CI bursts do not write on every request. */
export async function touchApiToken(db: Db, id: string, now: Date): Promise<void> {
  await db.apiToken.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
    data: { lastUsedAt: now },
  });
}

/** Every token, or (`userId`) those of one account. */
export async function listApiTokens(db: Db, userId?: string): Promise<ApiTokenInfo[]> {
  const rows = await db.apiToken.findMany({
    where: userId === undefined ? {} : { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    role: readChoice('api_token.role', t.id, t.role),
    createdBy: t.createdBy,
    userId: t.userId,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}

/** false when there is no such token (revoking twice is fine). The share links the token made are
 *  revoked with it, in the same transaction. */
export async function tokenOwnerOf(db: Db, id: string): Promise<{ userId: string | null } | null> {
  return db.apiToken.findUnique({ where: { id }, select: { userId: true } });
}

export async function revokeApiToken(db: Db, id: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const found = await tx.apiToken.findUnique({ where: { id }, select: { revokedAt: true } });
    if (!found) return false;
    if (!found.revokedAt) await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
    await tx.share.updateMany({ where: { createdByTokenId: id, revokedAt: null }, data: { revokedAt: now } });
    return true;
  });
}
