// The audit log's request hook: withErrors (respond.ts) calls it once when a mutating request ends, the
// route's answer in hand, whatever its status (a change done, or refused by the route: 4xx/5xx). The
// gate's own refusals (proxy.ts, gateApiRoute) never reach a route and are not recorded here.
//
// Recorded: who (the caller: requestCaller), from where (clientAddress), what (audit-actions.ts), on what
// (the id in the path, else the `id` of a JSON 2xx answer), the status, and for a refusal its error code and
// message. With access control on, a request whose caller is unknown is recorded only when its route is
// public (`byAnyone`): the only other ones are sign-outs without a session, which change nothing.
//
// The write happens after asMutation has ended (respond.ts), so it raises no data revision: no cached view
// is outdated by it. A failed write is logged (console.error, with the action) and the answer goes out as
// it was: the change it reports has happened, and failing it now would make the client retry a change that
// is already done. The log then misses that one event; the server log says which.
import 'server-only';
import type { CallerIdentity } from '../auth/access';
import type { NewAuditEvent } from '../db/audit-store';
import { recordAudit } from '../services/audit-service';
import { authEnabled } from '../services/auth-service';
import { auditActionOf } from './audit-actions';
import { requestCaller } from './caller';
import { clientAddress } from './client-address';

/** Characters kept of a target (an id, or a project name from the path). */
const TARGET_MAX = 300;
export const OPEN_INSTANCE_ACTOR = 'anyone (open instance)';
export const UNKNOWN_ACTOR = 'anonymous';

/** Records `request`'s outcome (`response`) in the audit log when its route is audited; never throws. */
export async function auditRequest(request: Request, response: Response): Promise<void> {
  let event: NewAuditEvent | null = null;
  try {
    event = await auditEventOf(request, response);
    if (event !== null) await recordAudit(event);
  } catch (e) {
    const what = event ? `${event.action} (${event.status})` : `${request.method} ${new URL(request.url).pathname}`;
    console.error(`swarmlens: could not record the audit event ${what}; the request itself went through:`, e);
  }
}

/** The event `request` and its `response` make, or null when they make none. */
export async function auditEventOf(request: Request, response: Response): Promise<NewAuditEvent | null> {
  const pathname = new URL(request.url).pathname;
  const matched = auditActionOf(request.method, pathname);
  if (matched !== null && matched.entry.action === null) return null;
  const caller = requestCaller(request);
  const on = authEnabled();
  if (on && caller === null && matched?.entry.byAnyone !== true) return null;
  const answer = await jsonAnswer(response);
  const pathTarget = matched && matched.params.length > 0 ? matched.params.map(decoded).join('/') : null;
  const answerId = response.ok ? stringField(answer, 'id') : null;
  return {
    ...who(caller, on, response.ok ? stringField(answer, 'name') : null),
    address: clientAddress(request.headers),
    // A route missing from the table (audit-actions.test.ts fails then) is still recorded, by its path.
    action: matched?.entry.action ?? `${request.method} ${pathname}`.slice(0, 200),
    target: (pathTarget ?? answerId)?.slice(0, TARGET_MAX) ?? null,
    status: response.status,
    detail: response.ok ? made(pathTarget, answerId) : refusal(answer),
  };
}

/** The caller; without one, on a public route that signs someone in (invitation.accept: `201 { name }`),
 *  the name its answer gives. */
function who(
  caller: CallerIdentity | null,
  on: boolean,
  answerName: string | null,
): Pick<NewAuditEvent, 'userId' | 'actor' | 'via'> {
  if (caller === null && on && answerName) return { userId: null, actor: answerName, via: 'anonymous' };
  if (caller === null) return { userId: null, actor: on ? UNKNOWN_ACTOR : OPEN_INSTANCE_ACTOR, via: 'anonymous' };
  return { userId: caller.userId, actor: caller.name, via: caller.via };
}

/** A 2xx answer's new id when the target came from the path (a criteria set made in a project). */
const made = (pathTarget: string | null, answerId: string | null) =>
  pathTarget !== null && answerId !== null && answerId !== pathTarget ? `made ${answerId}` : null;

/** "code: message" of an error envelope ({ error: { code, message } }). */
function refusal(answer: unknown): string | null {
  const error = answer !== null && typeof answer === 'object' ? (answer as { error?: unknown }).error : undefined;
  const code = stringField(error, 'code');
  const message = stringField(error, 'message');
  return code === null ? null : message === null ? code : `${code}: ${message}`;
}

/** The JSON body of `response` (read from a copy: the client still gets the original), else null. */
async function jsonAnswer(response: Response): Promise<unknown> {
  if (!(response.headers.get('content-type') ?? '').includes('application/json') || response.body === null) return null;
  try {
    return await response.clone().json();
  } catch {
    return null;
  }
}

function stringField(value: unknown, key: string): string | null {
  if (value === null || typeof value !== 'object') return null;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : null;
}

/** A path segment as the route saw it (Next.js decodes params once); as sent when it is not valid. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
