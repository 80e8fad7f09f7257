// The body of POST /api/shares for each shareable page, the expiry choices of the share dialog, and
// the way back from a share to the page it shows.
import { compareHref } from '../compare/query';

export type ShareRequest =
  | { kind: 'run'; runs: [string] }
  | { kind: 'comparison'; runs: string[]; baseline?: string; groups: string[]; steps?: true }
  | { kind: 'project'; runs: []; project: string };

export const runShare = (runId: string): ShareRequest => ({ kind: 'run', runs: [runId] });

export const projectShare = (projectId: string): ShareRequest => ({ kind: 'project', runs: [], project: projectId });

/** A comparison freezes its runs, baseline and groups; load steps freeze the one stored run
 *  (no baseline: step 1 is). */
export function comparisonShare(model: {
  ids: string[];
  baselineId: string;
  userGroups: string[];
  stepped: { runId: string } | null;
}): ShareRequest {
  if (model.stepped) return { kind: 'comparison', runs: [model.stepped.runId], groups: model.userGroups, steps: true };
  return { kind: 'comparison', runs: model.ids, baseline: model.baselineId, groups: model.userGroups };
}

export type ExpiryChoice = 'never' | '1d' | '7d' | '30d' | 'custom';

export const EXPIRY_CHOICES: { value: ExpiryChoice; label: string }[] = [
  { value: 'never', label: 'Never' },
  { value: '1d', label: '1 day' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
  { value: 'custom', label: 'On a date' },
];

const DAYS: Partial<Record<ExpiryChoice, number>> = { '1d': 1, '7d': 7, '30d': 30 };

export type ExpiryResult = { ok: true; expiresAt: string | null } | { ok: false; message: string };

/** The link's expiry as ISO-8601 (null: never). A custom date ("YYYY-MM-DD") lasts to the end of that day,
 *  local time. */
export function expiresAtFor(choice: ExpiryChoice, now: Date, customDate = ''): ExpiryResult {
  const days = DAYS[choice];
  if (days !== undefined) return { ok: true, expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString() };
  if (choice === 'never') return { ok: true, expiresAt: null };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(customDate);
  if (!m) return { ok: false, message: 'Pick the day the link stops working.' };
  const end = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999);
  if (Number.isNaN(end.getTime()) || end.getDate() !== Number(m[3]))
    return { ok: false, message: `${customDate} is not a date.` };
  if (end.getTime() <= now.getTime()) return { ok: false, message: 'That day is over: pick today or a later day.' };
  return { ok: true, expiresAt: end.toISOString() };
}

/** The signed-in page a share shows (for the /shares table); null when it names nothing. */
export function sharedPageHref(share: {
  kind: ShareRequest['kind'];
  runIds: readonly string[];
  baselineRunId: string | null;
  projectId: string | null;
  settings: { groups: readonly string[]; steps: boolean };
}): string | null {
  if (share.kind === 'project') return share.projectId ? `/projects/${encodeURIComponent(share.projectId)}` : null;
  if (share.kind === 'run') return share.runIds[0] ? `/runs/${encodeURIComponent(share.runIds[0])}` : null;
  return share.runIds.length > 0
    ? compareHref(share.runIds, share.baselineRunId ?? undefined, share.settings.steps, share.settings.groups)
    : null;
}
