// What the baseline rule panel calls each kind of rule, and the text each kind's choice explains.
import type { RuleKind } from '@/lib/domain/ci/baseline-rule';

export const KIND_WORDS: Record<RuleKind, string> = {
  pinned: 'pinned run',
  latest: 'latest matching',
  median: 'median of last N',
};

/** The kind choice of the add form (short: three fit a phone's width). */
export const KIND_CHOICE: Record<RuleKind, string> = { pinned: 'Pinned run', latest: 'Latest', median: 'Median' };

export const KIND_HELP: Record<RuleKind, string> = {
  pinned: 'Always the same run: a release everyone agreed on.',
  latest: 'The newest run uploaded before the one compared that matches every condition.',
  median:
    'Of the last N runs before the one compared, in its era (same user count, on the history branch), the real ' +
    'run whose P95 is the median: one slow or fast run does not move the baseline.',
};
