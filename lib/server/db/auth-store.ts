// Sessions and API tokens, looked up by the sha256 of their token (the token itself is never stored).
import { newId } from '../../domain/ids';
import type { Role } from '../../domain/shapes/auth';
import type { Db } from './client';
import type { ApiTokenInfo } from '../../domain/shapes/auth';
import { readChoice } from './text-columns';

export interface TokenOwner {
  id: string;
  role: Role;
  name: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export async function createSession(
  db: Db,
  tokenHash: string,
  role: Role,
  name: string,
  expiresAt: Date,
): Promise<string> {
  const id = newId('ses');
  await db.session.create({ data: { id, tokenHash, role, name, expiresAt } });
  return id;
}

export async function findSession(db: Db, tokenHash: string): Promise<TokenOwner | null> {
  const s = await db.session.findUnique({ where: { tokenHash } });
  return s
    ? {
        id: s.id,
        role: readChoice('session.role', s.id, s.role),
        name: s.name,
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
): Promise<string> {
  const id = newId('tok');
  await db.apiToken.create({ data: { id, tokenHash, name, role, createdBy } });
  return id;
}

export async function findApiToken(db: Db, tokenHash: string): Promise<TokenOwner | null> {
  const t = await db.apiToken.findUnique({ where: { tokenHash } });
  return t
    ? {
        id: t.id,
        role: readChoice('api_token.role', t.id, t.role),
        name: t.name,
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

export async function listApiTokens(db: Db): Promise<ApiTokenInfo[]> {
  const rows = await db.apiToken.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    role: readChoice('api_token.role', t.id, t.role),
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}

/** false when there is no such token (revoking twice is fine). The share links the token made are
 *  revoked with it, in the same transaction. */
export async function revokeApiToken(db: Db, id: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const found = await tx.apiToken.findUnique({ where: { id }, select: { revokedAt: true } });
    if (!found) return false;
    if (!found.revokedAt) await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
    await tx.share.updateMany({ where: { createdByTokenId: id, revokedAt: null }, data: { revokedAt: now } });
    return true;
  });
}
