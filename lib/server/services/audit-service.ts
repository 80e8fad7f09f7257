// The audit log: who did what and when (lib/server/http/audit-actions.ts names the actions; the request
// hook lib/server/http/audit-request.ts and the sign-in service write it). Writing it changes no project
// data: cached views stay valid. Reading it is for admins (the paths: lib/server/auth/access.ts).
import 'server-only';
import type { AuditEventInfo } from '../../domain/shapes/auth';
import type { AuditQuery } from '../db/audit-store';
import type { NewAuditEvent } from '../db/audit-store';
import { database } from '../db/stores';

const DETAIL_MAX = 500;
/** Rows per read of a whole export (GET /api/audit.csv): memory stays bounded however long the log. */
export const AUDIT_EXPORT_PAGE = 1000;
/** Refused sign-ins: wrong credentials, and attempts while throttled (sign-in-service.ts). */
export const REFUSED_SIGN_INS = ['sign-in.refused', 'sign-in.throttled'] as const;

export async function recordAudit(event: NewAuditEvent): Promise<void> {
  const db = await database();
  const detail = event.detail === null ? null : event.detail.slice(0, DETAIL_MAX);
  await db.audit.recordAuditEvent({
    ...event,
    actor: event.actor.slice(0, 300),
    address: event.address.slice(0, 200),
    detail,
  });
}

export async function auditEvents(q: AuditQuery): Promise<AuditEventInfo[]> {
  const db = await database();
  return db.audit.listAuditEvents(q);
}

export interface AuditFilter {
  userId: string | null;
  action: string | null;
}

export interface AuditPage {
  /** Newest first. */
  events: AuditEventInfo[];
  /** The `before` of the next (older) page; null when this one is the last. */
  next: string | null;
}

/** Up to `limit` events older than `beforeId` (null: the newest) matching `filter`. */
export async function auditPage(filter: AuditFilter, beforeId: string | null, limit: number): Promise<AuditPage> {
  // One more than asked: whether an older page exists, without asking again.
  const rows = await auditEvents({ ...filter, beforeId, limit: limit + 1 });
  const events = rows.slice(0, limit);
  return { events, next: rows.length > limit ? events[events.length - 1]!.id : null };
}

/** Every event matching `filter`, newest first, AUDIT_EXPORT_PAGE at a time. */
export async function* everyAuditEvent(filter: AuditFilter): AsyncGenerator<AuditEventInfo[]> {
  let before: string | null = null;
  for (;;) {
    const page: AuditPage = await auditPage(filter, before, AUDIT_EXPORT_PAGE);
    if (page.events.length > 0) yield page.events;
    if (page.next === null) return;
    before = page.next;
  }
}

export interface AuditSummary {
  lastWeek: number;
  refusedSignInsLastDay: number;
}

/** What the audit page says first: events in the last 7 days, refused sign-ins in the last 24 h. */
export async function auditSummary(now: Date = new Date()): Promise<AuditSummary> {
  const db = await database();
  const [lastWeek, refusedSignInsLastDay] = await Promise.all([
    db.audit.countAuditEvents(new Date(now.getTime() - 7 * 86_400_000)),
    db.audit.countAuditEvents(new Date(now.getTime() - 86_400_000), REFUSED_SIGN_INS),
  ]);
  return { lastWeek, refusedSignInsLastDay };
}

/** The named accounts, for the page's filter by account. */
export async function auditAccounts(): Promise<{ id: string; name: string; email: string }[]> {
  const db = await database();
  return (await db.users.listUsers()).map(({ id, name, email }) => ({ id, name, email }));
}
