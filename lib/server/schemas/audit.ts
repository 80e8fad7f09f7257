// Query shapes of the audit log: GET /api/audit and GET /api/audit.csv (the same filters; the CSV has
// no limit: every matching event). An empty value means "no filter" (the page's "all" choices send one).
import { z } from 'zod';

/** Events per page of GET /api/audit. */
export const AUDIT_LIMIT_MAX = 500;
export const AUDIT_LIMIT_DEFAULT = 100;

const optionalId = z
  .string()
  .max(200)
  .optional()
  .transform((v) => (v ? v : null));

export const auditFilterSchema = z.object({ user: optionalId, action: optionalId });

export const auditQuerySchema = auditFilterSchema.extend({
  before: optionalId,
  limit: z.coerce.number().int().min(1).max(AUDIT_LIMIT_MAX).default(AUDIT_LIMIT_DEFAULT),
});
