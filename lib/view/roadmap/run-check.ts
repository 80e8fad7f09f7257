// "Check against run X" in words: each linked criterion's result on the chosen run (or why its set does
// not judge that run), and what the run says on its own. Pure.
import { countWords } from './labels';
import { criterionResultText, criterionText, resultMark, type ResultLine } from './criterion-text';
import type { ItemRunCheck, LinkedCriterion } from '../../domain/roadmap/types';

export interface RunCheckView {
  /** "series-retest-100u meets every linked criterion." */
  outcome: string;
  tone: 'ok' | 'bad' | 'neutral';
  lines: ResultLine[];
}

export function runCheckView(check: ItemRunCheck, linked: Readonly<Record<string, LinkedCriterion>>): RunCheckView {
  const lines = check.criteria.map((c): ResultLine => {
    const criterion = linked[c.criterionId];
    if (c.result === null) {
      return { text: criterion ? criterionText(criterion) : c.criterionId, mark: 'unknown', reason: c.outOfScope };
    }
    const tooFew = c.result.judged === false ? (c.result.reason ?? 'too few requests: not judged') : null;
    const mark = tooFew ? 'unknown' : resultMark(c.result);
    return { text: criterionResultText(c.result, criterion), mark, reason: tooFew ?? c.result.reason ?? null };
  });
  const run = check.run.label;
  const failed = check.criteria.filter((c) => c.result !== null && c.result.met !== true).length;
  switch (check.outcome) {
    case 'meets-all':
      return { outcome: `${run} meets every linked criterion.`, tone: 'ok', lines };
    case 'fails': {
      const total = countWords(check.criteria.length, 'linked criterion', 'linked criteria');
      return { outcome: `${run} misses ${failed} of ${total}.`, tone: 'bad', lines };
    }
    case 'not-judged':
      return {
        outcome: `${run} does not count for this item: not every linked criterion judges it.`,
        tone: 'neutral',
        lines,
      };
  }
}
