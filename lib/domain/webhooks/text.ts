// Text helpers shared by the chat formats: length limits and the facts every message lists.
import type { WebhookEventData } from './types';

/** `s` cut to at most `max` code points, ending in "…" when cut. */
export function clip(s: string, max: number): string {
  const points = [...s];
  return points.length <= max ? s : `${points.slice(0, max - 1).join('')}…`;
}

/** Whether the run link can be a button (chat services accept absolute http(s) URLs only). */
export const isAbsoluteHttpUrl = (url: string): boolean => /^https?:\/\/[^/]/i.test(url);

/** The facts a chat message lists, known ones only: [title, value]. */
export function eventFacts(data: WebhookEventData): [string, string][] {
  const { run } = data;
  const facts: [string, string | null][] = [
    ['Project', data.project.name],
    ['Run', run.label],
    ['Branch', run.branch],
    ['Commit', run.commit === null ? null : run.commit.slice(0, 12)],
    ['Environment', run.environment],
    ['Build', run.build],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== null && f[1] !== '');
}

/** The lines a chat message lists under its headline: the unmet criteria (verdict.nogo) or the regressions
 *  (regression.detected). */
export function detailLines(data: WebhookEventData): string[] {
  return data.regressions.length > 0 ? data.regressions.map((r) => r.sentence) : unmetLines(data);
}

/** "p95 of all requests < 3,000 ms: 4,120 ms": the unmet criteria of every NO-GO set (criterionText marks
 *  "should" ones), each prefixed with its set's name when there are several. */
export function unmetLines(data: WebhookEventData): string[] {
  const many = data.verdicts.length > 1;
  return data.verdicts.flatMap((v) => v.unmet.map((u) => `${many ? `${v.set}: ` : ''}${u.criterion}: ${u.current}`));
}
