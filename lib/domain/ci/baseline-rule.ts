// Baseline rules (issue 19): named, per project, used as `--baseline rule:NAME` and on the compare page.
//   pinned   always the same run
//   latest   a stored `latest:` spec body (baseline-spec.ts), resolved against each target as `latest:` is
//   median   of the last N runs (default 5) before the target in its era and history part, the real run whose
//            aggregate P95 is the median (lib/domain/history/median-baseline.ts)
// Pure: the rule's shapes and the words that say what a rule picks.
import { filtersText, parseFilters, type LatestFilters } from './baseline-spec';
import { filtersInWords, sameInWords } from './baseline-words';

export const RULE_KINDS = ['pinned', 'latest', 'median'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Runs a median rule looks at when it does not say (`lastN` null). */
export const DEFAULT_LAST_N = 5;
export const MAX_LAST_N = 100;

/** A stored rule as the API and the project page show it. */
export interface BaselineRuleView {
  id: string;
  projectId: string;
  name: string;
  kind: RuleKind;
  /** pinned: the run (it may have been deleted since: `runLabel` null). */
  runId: string | null;
  runLabel: string | null;
  /** latest: the spec's body, without `latest:` (keys in a fixed order). */
  spec: string | null;
  /** median: runs looked at. */
  lastN: number | null;
  createdBy: string;
  /** ISO-8601. */
  createdAt: string;
  /** What it picks, in words (ruleInWords). */
  description: string;
}

export type RuleFields = Pick<BaselineRuleView, 'kind' | 'runId' | 'runLabel' | 'spec' | 'lastN'>;

/** A stored latest: body read back (it was valid when stored: the grammar only grew since). */
export function ruleFilters(spec: string | null): LatestFilters {
  return parseFilters(spec ?? '');
}

/** The body as stored: `latest:` and spaces taken off, keys in their fixed order. Throws BaselineSpecError. */
export function normalRuleSpec(text: string): string {
  const body = text.trim().replace(/^latest(?::|$)/, '');
  return filtersText(parseFilters(body));
}

/** "the newest run before the target on branch main with the target's profile and user count". */
export function ruleInWords(rule: RuleFields): string {
  if (rule.kind === 'pinned') {
    if (rule.runLabel !== null) return `always run “${rule.runLabel}”`;
    return `always run ${rule.runId ?? '(none)'}, which has been deleted`;
  }
  if (rule.kind === 'median') {
    const n = rule.lastN ?? DEFAULT_LAST_N;
    return (
      `the run with the median P95 of the last ${n} run${n === 1 ? '' : 's'} before the target in its era ` +
      '(same user count, history branch)'
    );
  }
  const filters = ruleFilters(rule.spec);
  const words = [filtersInWords(filters), sameInWords(filters)].filter((w) => w !== '').join(' ');
  return `the newest run before the target${words ? ` ${words}` : ''}`;
}
