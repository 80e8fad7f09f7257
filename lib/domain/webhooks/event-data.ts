// The data of a webhook event, built from a run as it is stored and (verdict.nogo) a set's verdict on it.
// Pure: the caller gives the time, the run's address and the verdict.
import { criterionText, currentText } from '../criteria/describe';
import type { Criterion, Verdict } from '../criteria/types';
import { formatMs, formatPercent, formatRate } from '../format/format';
import type { ParsedRun } from '../locust/types';
import type { UnmetCriterion, WebhookEventData, WebhookRun, WebhookVerdict } from './types';

export interface RunFacts {
  id: string;
  label: string;
  tags: readonly string[];
  run: ParsedRun;
}

/** `baseUrl`: the instance's external origin (no trailing slash), or null: the link is a path. */
export function webhookRun(facts: RunFacts, baseUrl: string | null): WebhookRun {
  const { meta, aggregated: a } = facts.run;
  return {
    id: facts.id,
    label: facts.label,
    url: `${baseUrl ?? ''}/runs/${encodeURIComponent(facts.id)}`,
    users: meta.userCount,
    durationS: meta.durationS,
    requests: a.requests,
    failures: a.failures,
    failureRate: a.requests > 0 ? a.failures / a.requests : null,
    rps: a.rps,
    p95Ms: a.percentiles['95'] ?? null,
    commit: meta.commit ?? null,
    branch: meta.branch ?? null,
    environment: meta.environment ?? null,
    build: meta.build ?? null,
    buildUrl: meta.buildUrl ?? null,
    tags: [...facts.tags],
  };
}

/** The criteria of the set the verdict did not find met, in the set's order. */
export function webhookVerdict(criteria: readonly Criterion[], verdict: Verdict): WebhookVerdict {
  const unmet: UnmetCriterion[] = [];
  verdict.results.forEach((r, i) => {
    const c = criteria[i];
    if (r.met === true || !c) return;
    unmet.push({
      criterion: criterionText(c),
      current: currentText(c, r.current),
      severity: c.severity ?? 'must',
      reason: r.reason ?? null,
    });
  });
  return { set: verdict.name, verdict: verdict.verdict, unmet };
}

const quoted = (s: string) => `“${s}”`;

/** "100 users · 1,234/s · p95 120 ms · 0.10% failed" (what is known). */
export function runFigures(run: WebhookRun): string {
  return [
    run.users !== null ? `${run.users.toLocaleString('en-US')} users` : null,
    run.rps !== null ? formatRate(run.rps) : null,
    run.p95Ms !== null ? `p95 ${formatMs(run.p95Ms)}` : null,
    run.failureRate !== null ? `${formatPercent(run.failureRate)} failed` : null,
  ]
    .filter((s): s is string => s !== null)
    .join(' · ');
}

export function runCreatedData(
  project: { id: string; name: string },
  run: WebhookRun,
  occurredAt: string,
): WebhookEventData {
  const figures = runFigures(run);
  const headline = `New run ${quoted(run.label)} in ${project.name}${figures ? `: ${figures}` : ''}`;
  return { event: 'run.created', occurredAt, project, run, verdict: null, verdicts: [], regressions: [], headline };
}

/** `verdicts`: every set that says NO-GO on the run (at least one), in the project's order. */
export function verdictNogoData(
  project: { id: string; name: string },
  run: WebhookRun,
  verdicts: WebhookVerdict[],
  occurredAt: string,
): WebhookEventData {
  const first = verdicts[0];
  if (!first) throw new Error('verdict.nogo needs a NO-GO verdict');
  const n = first.unmet.length;
  const sets =
    verdicts.length === 1
      ? `${first.set} failed ${n} ${n === 1 ? 'criterion' : 'criteria'}`
      : `${verdicts.length} criteria sets failed (${verdicts.map((v) => v.set).join(', ')})`;
  const headline = `NO-GO: ${sets} on ${quoted(run.label)} in ${project.name}`;
  return { event: 'verdict.nogo', occurredAt, project, run, verdict: first, verdicts, regressions: [], headline };
}
