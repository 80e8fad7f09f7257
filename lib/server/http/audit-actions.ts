// What each change the HTTP API accepts is called in the audit log: one entry per method and path of every
// mutating route under app/api (audit-actions.test.ts walks app/api: a route without an entry fails there).
// `action: null` entries are not recorded by the request hook (lib/server/http/audit-request.ts), each with
// the reason. Paths are written as the contract writes them: `:name` is one path segment.

export interface AuditActionEntry {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** The name in the audit log, or null: not recorded by the hook (see `why`). */
  action: string | null;
  why?: string;
  /** Reachable without signing in (a public path): recorded even when the caller is unknown. */
  byAnyone?: true;
}

const READ_ONLY = 'reads only: nothing changes';

export const AUDIT_ACTIONS: readonly AuditActionEntry[] = [
  { method: 'POST', path: '/api/runs', action: 'run.upload' },
  { method: 'PATCH', path: '/api/runs/:id', action: 'run.edit' },
  { method: 'DELETE', path: '/api/runs/:id', action: 'run.delete' },
  { method: 'POST', path: '/api/runs/check-duplicates', action: null, why: READ_ONLY },
  { method: 'POST', path: '/api/runs/:id/check', action: null, why: READ_ONLY },
  { method: 'DELETE', path: '/api/projects/:id', action: 'project.delete' },
  { method: 'POST', path: '/api/projects/:id/criteria-sets', action: 'criteria-set.create' },
  { method: 'PUT', path: '/api/criteria-sets/:id', action: 'criteria-set.update' },
  { method: 'DELETE', path: '/api/criteria-sets/:id', action: 'criteria-set.delete' },
  { method: 'POST', path: '/api/criteria-sets/:id/sign-offs', action: 'sign-off.create' },
  { method: 'POST', path: '/api/projects/:id/retest-plans', action: 'retest-plan.create' },
  { method: 'POST', path: '/api/projects/:id/roadmap/import', action: 'roadmap.import' },
  { method: 'POST', path: '/api/projects/:id/roadmap/phases', action: 'roadmap.phase.create' },
  { method: 'PATCH', path: '/api/roadmap/phases/:id', action: 'roadmap.phase.update' },
  { method: 'DELETE', path: '/api/roadmap/phases/:id', action: 'roadmap.phase.delete' },
  { method: 'POST', path: '/api/roadmap/phases/:id/items', action: 'roadmap.item.create' },
  { method: 'PATCH', path: '/api/roadmap/items/:id', action: 'roadmap.item.update' },
  { method: 'DELETE', path: '/api/roadmap/items/:id', action: 'roadmap.item.delete' },
  { method: 'PUT', path: '/api/compare/notes', action: 'note.save' },
  { method: 'POST', path: '/api/examples', action: 'examples.load' },
  { method: 'POST', path: '/api/shares', action: 'share.create' },
  { method: 'DELETE', path: '/api/shares/:id', action: 'share.revoke' },
  { method: 'POST', path: '/api/tokens', action: 'token.create' },
  { method: 'DELETE', path: '/api/tokens/:id', action: 'token.revoke' },
  { method: 'POST', path: '/api/projects/:id/webhooks', action: 'webhook.create' },
  { method: 'PATCH', path: '/api/webhooks/:id', action: 'webhook.update' },
  { method: 'DELETE', path: '/api/webhooks/:id', action: 'webhook.delete' },
  { method: 'POST', path: '/api/webhooks/:id/deliveries/:deliveryId/redeliver', action: 'webhook.redeliver' },
  { method: 'POST', path: '/api/projects/:id/baseline-rules', action: 'baseline-rule.create' },
  { method: 'DELETE', path: '/api/baseline-rules/:id', action: 'baseline-rule.delete' },
  { method: 'PATCH', path: '/api/change-points/:id', action: 'change-point.decide' },
  { method: 'PATCH', path: '/api/projects/:id/history-settings', action: 'history-settings.update' },
  {
    method: 'POST',
    path: '/api/auth/sign-in',
    action: null,
    why:
      'sign-in-service.ts records every outcome itself (sign-in, sign-in.refused, sign-in.throttled) with ' +
      'the name signed in as, which the request does not carry yet: recording here too would count each twice',
  },
  { method: 'POST', path: '/api/auth/sign-out', action: 'sign-out' },
  { method: 'POST', path: '/api/auth/sign-out-everywhere', action: 'sign-out-everywhere' },
  { method: 'PATCH', path: '/api/users/:id', action: 'user.update' },
  { method: 'PUT', path: '/api/users/:id/projects/:projectId', action: 'user.project-role' },
  { method: 'POST', path: '/api/users/:id/sign-out', action: 'user.sign-out' },
  { method: 'POST', path: '/api/invitations', action: 'invitation.create' },
  { method: 'DELETE', path: '/api/invitations/:id', action: 'invitation.revoke' },
  { method: 'POST', path: '/api/invitations/accept', action: 'invitation.accept', byAnyone: true },
];

/** Every action the log may hold, the hook's and the sign-in service's: the audit page's filter. */
export const AUDIT_ACTION_NAMES: readonly string[] = [
  'sign-in',
  'sign-in.refused',
  'sign-in.throttled',
  ...AUDIT_ACTIONS.flatMap((e) => (e.action === null ? [] : [e.action])),
];

export interface MatchedAction {
  entry: AuditActionEntry;
  /** The values of the path's `:name` segments, in order (as sent: still percent-encoded). */
  params: string[];
}

const segments = (path: string) => path.split('/').filter((s) => s !== '');

/** The entry for `method` and `pathname`, or null when no entry names it. A literal segment wins over a
 *  `:name` one (`/api/invitations/accept` is not `/api/invitations/:id`). Linear in the path's length. */
export function auditActionOf(method: string, pathname: string): MatchedAction | null {
  const sent = segments(pathname);
  let best: MatchedAction | null = null;
  for (const entry of AUDIT_ACTIONS) {
    if (entry.method !== method) continue;
    const pattern = segments(entry.path);
    if (pattern.length !== sent.length) continue;
    const params: string[] = [];
    const fits = pattern.every((p, i) => (p.startsWith(':') ? params.push(sent[i]!) > 0 : p === sent[i]));
    if (fits && (best === null || params.length < best.params.length)) best = { entry, params };
  }
  return best;
}
