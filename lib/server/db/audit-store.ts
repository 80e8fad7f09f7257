// The audit log: one row per change, sign-in and token event, newest first when read.
import { newId } from '../../domain/ids';
import type { AuditEventInfo } from '../../domain/shapes/auth';
import type { Db } from './client';

export type NewAuditEvent = Omit<AuditEventInfo, 'id' | 'at'>;

export async function recordAuditEvent(db: Db, event: NewAuditEvent, at: Date = new Date()): Promise<void> {
  await db.auditEvent.create({ data: { id: newId('aud', at.getTime()), at, ...event } });
}

export interface AuditQuery {
  /** Events strictly older than this id (ids sort by time): the next page. */
  beforeId: string | null;
  limit: number;
  userId: string | null;
  action: string | null;
}

export async function listAuditEvents(db: Db, q: AuditQuery): Promise<AuditEventInfo[]> {
  const rows = await db.auditEvent.findMany({
    where: {
      ...(q.beforeId ? { id: { lt: q.beforeId } } : {}),
      ...(q.userId ? { userId: q.userId } : {}),
      ...(q.action ? { action: q.action } : {}),
    },
    orderBy: { id: 'desc' },
    take: q.limit,
  });
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

/** How many events since `since` (inclusive), of `actions` only when given. */
export async function countAuditEvents(db: Db, since: Date, actions: readonly string[] | null = null): Promise<number> {
  return db.auditEvent.count({ where: { at: { gte: since }, ...(actions ? { action: { in: [...actions] } } : {}) } });
}
