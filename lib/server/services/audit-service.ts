// The audit log: who did what and when (lib/server/http/audit-actions.ts names the actions).
// Writing it changes no project data: cached views stay valid.
import 'server-only';
import type { AuditEventInfo } from '../../domain/shapes/auth';
import type { AuditQuery } from '../db/audit-store';
import type { NewAuditEvent } from '../db/audit-store';
import { database } from '../db/stores';

const DETAIL_MAX = 500;

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
