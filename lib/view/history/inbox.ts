// The Regressions inbox (issue 19): the answer first (how many regressions are open), then each change
// point as a sentence with its evidence: the runs around it, what changed in their metadata, its p-value,
// and the team's decision. Pure.
import type { ChangePointView } from '../../domain/history/change-point-view';
import type { MetadataChange } from '../../domain/history/metadata-changes';
import { changeSentence, isRegression } from '../../domain/history/regression';

export type InboxTone = 'bad' | 'ok' | 'neutral';

export interface InboxItem {
  id: string;
  /** "P95 of POST /login: 1,200 ms → 1,680 ms, +40% (+32% to +48%)". */
  sentence: string;
  kind: 'regression' | 'improvement';
  tone: InboxTone;
  /** "p < 0.001" or "p = 0.0004". */
  evidence: string;
  /** "Between “nightly 11” and “nightly 12”" (run labels where known). */
  runs: string;
  runId: string;
  previousRunId: string;
  /** "commit 1a2b3c4d5e6f → 9f8e7d6c5b4a", "Locust 2.12.1 → 2.15.0"... */
  changes: string[];
  /** "at 50 users", or "runs without a user count". */
  users: string;
  status: ChangePointView['status'];
  note: string | null;
  /** "Acknowledged by Ana on 2026-12-06"; null while open. */
  decision: string | null;
  /** The trend page on this metric, scope and user count. */
  trendHref: string;
}

export interface InboxView {
  headline: string;
  tone: InboxTone;
  items: InboxItem[];
}

const FIELD_WORDS: Record<MetadataChange['field'], string> = {
  commit: 'commit',
  build: 'build',
  branch: 'branch',
  environment: 'environment',
  host: 'host',
  userCount: 'users',
  profile: 'Locust profile',
  locustfileSha256: 'locustfile sha256',
  locustVersion: 'Locust',
};

const shortened = (c: MetadataChange) =>
  c.field === 'commit' || c.field === 'locustfileSha256' ? (s: string) => s.slice(0, 12) : (s: string) => s;

export function metadataLine(c: MetadataChange): string {
  const cut = shortened(c);
  return `${FIELD_WORDS[c.field]} ${cut(c.before)} → ${cut(c.after)}`;
}

export function pValueWords(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toPrecision(2)}`;
}

const quoted = (s: string) => `“${s}”`;

function decisionWords(c: ChangePointView): string {
  const what = c.status === 'acknowledged' ? 'Acknowledged' : 'Dismissed';
  const on = c.decidedAt ? ` on ${c.decidedAt.slice(0, 10)}` : '';
  return `${what} by ${c.decidedBy ?? 'someone'}${on}`;
}

export function inboxItem(c: ChangePointView, projectId: string, labels: ReadonlyMap<string, string>): InboxItem {
  const regression = isRegression(c.metric, c.magnitude);
  const label = (id: string) => (labels.has(id) ? quoted(labels.get(id)!) : `run ${id} (deleted)`);
  const query = new URLSearchParams({ metric: c.metric, scope: c.scope });
  if (c.users !== 'none') query.set('users', c.users);
  return {
    id: c.id,
    sentence: changeSentence(c),
    kind: regression ? 'regression' : 'improvement',
    tone: c.status !== 'open' ? 'neutral' : regression ? 'bad' : 'ok',
    evidence: pValueWords(c.pValue),
    runs: `Between ${label(c.previousRunId)} and ${label(c.runId)}`,
    runId: c.runId,
    previousRunId: c.previousRunId,
    changes: c.metadataChanges.map(metadataLine),
    users: c.users === 'none' ? 'runs without a user count' : `at ${Number(c.users).toLocaleString('en-US')} users`,
    status: c.status,
    note: c.note,
    decision: c.status === 'open' ? null : decisionWords(c),
    trendHref: `/projects/${encodeURIComponent(projectId)}/trends?${query}`,
  };
}

/** `all`: every status was asked for; the headline counts open regressions among them. */
export function inboxView(
  points: readonly ChangePointView[],
  projectId: string,
  labels: ReadonlyMap<string, string>,
): InboxView {
  const items = points.map((c) => inboxItem(c, projectId, labels));
  // Open regressions first, then open improvements, then decided ones; newest first inside each (as given).
  const rank = (i: InboxItem) => (i.status === 'open' ? (i.kind === 'regression' ? 0 : 1) : 2);
  items.sort((a, b) => rank(a) - rank(b));
  const open = items.filter((i) => i.status === 'open');
  const regressions = open.filter((i) => i.kind === 'regression').length;
  const improvements = open.length - regressions;
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const headline =
    regressions > 0
      ? `${plural(regressions, 'open regression', 'open regressions')}; the newest: ${open[0]!.sentence}`
      : improvements > 0
        ? `No open regression; ${plural(improvements, 'improvement', 'improvements')} to acknowledge`
        : 'No open regression';
  return { headline, tone: regressions > 0 ? 'bad' : improvements > 0 ? 'ok' : 'neutral', items };
}
