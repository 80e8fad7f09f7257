// Words and badge tones of roadmap priorities and statuses, as the checklist shows them.
import { ITEM_STATUSES, PRIORITIES, type ItemStatus, type Priority } from '../../domain/roadmap/types';

/** Tones of components/ui/badge. */
export type Tone = 'neutral' | 'ok' | 'warn' | 'bad';

export const PRIORITY_LABELS: Record<Priority, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Critical red, high amber, medium and low neutral. */
export const PRIORITY_TONES: Record<Priority, Tone> = {
  critical: 'bad',
  high: 'warn',
  medium: 'neutral',
  low: 'neutral',
};

export const STATUS_LABELS: Record<ItemStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  done: 'Done',
  verified: 'Verified',
};

/** Options of the status and priority selects, in their natural order. */
export const STATUS_OPTIONS = ITEM_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
export const PRIORITY_OPTIONS = PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }));

export function isItemStatus(value: string): value is ItemStatus {
  return (ITEM_STATUSES as readonly string[]).includes(value);
}

export function isPriority(value: string): value is Priority {
  return (PRIORITIES as readonly string[]).includes(value);
}

/** "1 item", "3 items". */
export function countWords(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How runs verify items (lib/domain/roadmap/verify.ts), in one sentence above the checklist. */
export const VERIFICATION_RULE =
  'Any run of this project can verify an item, whenever it was uploaded: runs count in the order the tests ' +
  'started, and an item is verified when the latest run its criteria judge meets them all, broken again when a ' +
  'later test misses one.';

/** "2 runs have no start time: they count at their upload time." */
export function startTimeNote(runs: number): string {
  const [have, count, their] = runs === 1 ? ['has', 'it counts', 'its'] : ['have', 'they count', 'their'];
  return `${countWords(runs, 'run')} ${have} no start time: ${count} at ${their} upload time.`;
}

/** What the panel says before a project has phases. */
export const EMPTY_ROADMAP_TEXT =
  'No roadmap yet: add a phase, import a Markdown task list, or plan a retest from a comparison.';
