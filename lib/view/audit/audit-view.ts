// What the audit page (/settings/audit) shows of the audit log: its opening sentence, the tone of a
// status, the filters as a query string (the same for the page, GET /api/audit and GET /api/audit.csv).

export interface AuditCounts {
  /** Events in the last 7 days. */
  lastWeek: number;
  /** sign-in.refused and sign-in.throttled events in the last 24 h. */
  refusedSignInsLastDay: number;
}

export interface AuditFilterValues {
  /** A user id, or null: every account. */
  user: string | null;
  /** An action name, or null: every action. */
  action: string | null;
}

const count = (n: number, one: string, many: string) =>
  `${n === 0 ? 'No' : n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "312 events in the last 7 days" and "3 refused sign-ins in the last 24 h" (either may be "No ..."). */
export function auditSummaryParts(c: AuditCounts): { events: string; refused: string } {
  return {
    events: `${count(c.lastWeek, 'event', 'events')} in the last 7 days`,
    refused: `${count(c.refusedSignInsLastDay, 'refused sign-in', 'refused sign-ins')} in the last 24 h`,
  };
}

export type StatusTone = 'ok' | 'warn' | 'bad';

/** Done (2xx, 3xx), refused (4xx: the caller may not, or sent something wrong), failed (5xx). */
export const statusTone = (status: number): StatusTone => (status < 400 ? 'ok' : status < 500 ? 'warn' : 'bad');

/** How the caller proved who it was, as the table words it under the actor; null when the actor's name
 *  says it already ("Dina (admin secret)" signing in with the secret). */
export function viaText(via: string, actor: string): string | null {
  if (via === 'token') return 'API token';
  if (via === 'secret') return actor.endsWith('(admin secret)') ? null : 'admin secret';
  if (via === 'anonymous') return 'not signed in';
  return via;
}

/** `?user=..&action=..&before=..` with the empty ones left out; "" when none is set. */
export function auditQuery(filter: AuditFilterValues, before: string | null = null): string {
  const q = new URLSearchParams();
  if (filter.user) q.set('user', filter.user);
  if (filter.action) q.set('action', filter.action);
  if (before) q.set('before', before);
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}
