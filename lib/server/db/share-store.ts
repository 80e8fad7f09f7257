// Share links. Looked up by the sha256 of their token; views counted on every resolved visit.
import { newId } from '../../domain/ids';
import { jsonForColumn, readJson } from './json-columns';
import type { Db } from './client';
import type { ShareRecord } from '../../domain/shapes/share';
import { readChoice } from './text-columns';

export type NewShare = Omit<
  ShareRecord,
  'id' | 'createdAt' | 'revokedAt' | 'viewCount' | 'lastViewedAt' | 'expiresAt'
> & {
  tokenHash: string;
  expiresAt: Date | null;
  /** The API token that made the link, or null (a session, an open instance): revoked with the token. */
  createdByTokenId: string | null;
};

type Row = Awaited<ReturnType<Db['share']['findFirstOrThrow']>>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toRecord(r: Row): ShareRecord {
  return {
    id: r.id,
    kind: readChoice('share.kind', r.id, r.kind),
    runIds: readJson('share.run_ids', r.id, r.runIds),
    baselineRunId: r.baselineRunId,
    projectId: r.projectId,
    settings: readJson('share.settings', r.id, r.settings),
    title: r.title,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    expiresAt: iso(r.expiresAt),
    revokedAt: iso(r.revokedAt),
    viewCount: r.viewCount,
    lastViewedAt: iso(r.lastViewedAt),
  };
}

export async function createShare(db: Db, share: NewShare): Promise<ShareRecord> {
  const { tokenHash, settings, ...rest } = share;
  const row = await db.share.create({
    data: { id: newId('shr'), tokenHash, ...rest, settings: jsonForColumn('share.settings', settings) },
  });
  return toRecord(row);
}

/** The share of a token hash if it is active at `now` (not revoked, not expired), counting the view. */
export async function openShare(db: Db, tokenHash: string, now: Date): Promise<ShareRecord | null> {
  const where = { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  const { count } = await db.share.updateMany({ where, data: { viewCount: { increment: 1 }, lastViewedAt: now } });
  if (count === 0) return null;
  const row = await db.share.findUnique({ where: { tokenHash } });
  return row ? toRecord(row) : null;
}

/** The share of a token hash if it is active at `now`, without counting a view: what a shared page fetches once it
 *  has been opened (its rows). */
export async function findActiveShare(db: Db, tokenHash: string, now: Date): Promise<ShareRecord | null> {
  const where = { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  const row = await db.share.findFirst({ where });
  return row ? toRecord(row) : null;
}

/** Whether a link with this token hash was ever made (revoked and expired ones included). */
export async function shareExists(db: Db, tokenHash: string): Promise<boolean> {
  return (await db.share.count({ where: { tokenHash } })) > 0;
}

/** Active links first (newest first), then expired and revoked ones. */
export async function listShares(db: Db): Promise<ShareRecord[]> {
  const rows = await db.share.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1000 });
  return rows.map(toRecord);
}

export async function revokeShare(db: Db, id: string, now: Date): Promise<boolean> {
  const found = await db.share.findUnique({ where: { id }, select: { revokedAt: true } });
  if (!found) return false;
  if (!found.revokedAt) await db.share.update({ where: { id }, data: { revokedAt: now } });
  return true;
}
