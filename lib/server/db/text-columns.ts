// The text columns that hold one of a few words, and the words: every read of one goes through
// readChoice, so a stored value outside the list is an error naming the table, column and row,
// never a string typed as something it is not.
import type { AccountRole, Role, SignInMethod } from '../../domain/shapes/auth';
import type { ShareKind } from '../../domain/shapes/share';
import type { CriterionOp, VerdictName } from '../../domain/criteria/types';
import type { FileKind } from '../../domain/locust/types';
import { RUN_SOURCES } from '../../domain/locust/provenance';
import { ITEM_STATUSES, PRIORITIES } from '../../domain/roadmap/types';
import { TREND_METRICS } from '../../domain/history/run-figures';
import { CHANGE_POINT_STATUSES } from '../../domain/history/metric-change';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS, WEBHOOK_FORMATS } from '../../domain/webhooks/types';
import { RULE_KINDS } from '../../domain/ci/baseline-rule';

/** `words` as given; compiles only when they are every member of T. */
const every =
  <T extends string>() =>
  <const W extends readonly T[]>(words: W & ([Exclude<T, W[number]>] extends [never] ? unknown : never)): W =>
    words;

const roles = every<Role>()(['viewer', 'editor']);
const accountRoles = every<AccountRole>()(['viewer', 'editor', 'admin']);
const verdicts = every<VerdictName>()(['GO', 'CONDITIONAL', 'NO-GO']);

/** "table.column" -> the words it may hold. */
const COLUMNS = {
  'session.role': accountRoles,
  'user_account.role': accountRoles,
  'project_member.role': roles,
  'invitation.role': accountRoles,
  'invitation.project_role': roles,
  'session.method': every<SignInMethod>()(['password', 'oidc', 'secret']),
  'api_token.role': roles,
  'share.kind': every<ShareKind>()(['run', 'comparison', 'project']),
  'criterion.op': every<CriterionOp>()(['<', '<=', '>', '>=', '==']),
  'run_file.kind': every<FileKind>()([
    'stats',
    'requests',
    'distribution',
    'history',
    'failures',
    'exceptions',
    'html',
    'json',
    'stats-requests-json',
    'transactions-summary',
  ]),
  'run.source': RUN_SOURCES,
  'sign_off.verdict': verdicts,
  'sign_off.decision': verdicts,
  'roadmap_item.priority': PRIORITIES,
  'roadmap_item.status': ITEM_STATUSES,
  'webhook.format': WEBHOOK_FORMATS,
  'webhook_delivery.event': WEBHOOK_EVENTS,
  'webhook_delivery.status': DELIVERY_STATUSES,
  'baseline_rule.kind': RULE_KINDS,
  'history_series.metric': TREND_METRICS,
  'change_point.metric': TREND_METRICS,
  'change_point.status': CHANGE_POINT_STATUSES,
} as const;

export type TextColumn = keyof typeof COLUMNS;
type Word<C extends TextColumn> = (typeof COLUMNS)[C][number];

export class StoredTextError extends Error {
  constructor(column: TextColumn, id: string, value: string) {
    const words = COLUMNS[column].join(', ');
    super(`stored value "${value}" in ${column} of row ${id} is not one of ${words}`);
    this.name = 'StoredTextError';
  }
}

/** The value of `column` in row `id`, checked against the column's words. */
export function readChoice<C extends TextColumn>(column: C, id: string, value: string): Word<C> {
  const words: readonly Word<C>[] = COLUMNS[column];
  const found = words.find((w) => w === value);
  if (found === undefined) throw new StoredTextError(column, id, value);
  return found;
}
