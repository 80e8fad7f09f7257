// The audit log's pages, as the audit page loads older ones (GET /api/audit).
import type { AuditEventInfo } from '@/lib/domain/shapes/auth';
import { auditQuery, type AuditFilterValues } from '@/lib/view/audit/audit-view';
import { apiGet } from './client';

export interface AuditPageAnswer {
  events: AuditEventInfo[];
  next: string | null;
}

/** The page of events older than `before` matching `filter` (100 of them, newest first). */
export function loadAuditPage(filter: AuditFilterValues, before: string): Promise<AuditPageAnswer> {
  return apiGet<AuditPageAnswer>(`/api/audit${auditQuery(filter, before)}`);
}
